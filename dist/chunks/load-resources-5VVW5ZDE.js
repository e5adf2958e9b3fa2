import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-JV54SW6S.js";
import "./chunk-AAZPTN73.js";
import "./chunk-GT4VX2O5.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-XT7XWV6K.js";
import "./chunk-QFHRE7IX.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-VAR3ON4E.js";
import "./chunk-FYTDD6AR.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-4XSVVEE3.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
