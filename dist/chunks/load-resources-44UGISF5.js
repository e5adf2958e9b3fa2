import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-V7DYGQEQ.js";
import "./chunk-AT3FFHVV.js";
import "./chunk-263XGIV3.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-FHR23EYI.js";
import "./chunk-V43TP3CU.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-2IOR2BTS.js";
import "./chunk-YNHI43LV.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-2FL6I5PZ.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
