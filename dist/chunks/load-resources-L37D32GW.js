import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-WRRY6N5E.js";
import "./chunk-AT3FFHVV.js";
import "./chunk-VB2PW25D.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-6BRQV5NG.js";
import "./chunk-V43TP3CU.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-RFKB2QZZ.js";
import "./chunk-I53LFHAR.js";
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
