import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-67KAUG4W.js";
import "./chunk-66CDIU2C.js";
import "./chunk-MKXHX6TT.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-I7D4TFJU.js";
import "./chunk-4HGRLO3K.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-TMKFJKIX.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-MUO4CABR.js";
import "./chunk-XTIPASDY.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
