import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-3R7V7EFF.js";
import "./chunk-S6TUXBSG.js";
import "./chunk-WBVOTJO4.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-H3SVFY2Y.js";
import "./chunk-UXBIKFCT.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-K375S6W4.js";
import "./chunk-GFV5YE54.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-RWNYDMYS.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
