import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-6USAZVR3.js";
import "./chunk-AAIOB4KG.js";
import "./chunk-IXPT5YQ7.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-H3SVFY2Y.js";
import "./chunk-SQWFMRJ2.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-K375S6W4.js";
import "./chunk-GFV5YE54.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-UIVXKAJZ.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
