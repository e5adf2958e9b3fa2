import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-B4CBL7FE.js";
import "./chunk-RLJALHEL.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-LCCJY3NB.js";
import "./chunk-Q6R2MDIX.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-FFTNZ6NJ.js";
import "./chunk-VPJEMK2E.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-AA2TJ3JR.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
