import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-TEUXMFCT.js";
import "./chunk-SFQ3YJEJ.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-NRP5STFT.js";
import "./chunk-D3RJQIGS.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-THVXY2ZR.js";
import "./chunk-3LRRJMHD.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-RJHPGURN.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
