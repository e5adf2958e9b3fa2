import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-ITOEZQU5.js";
import "./chunk-66CDIU2C.js";
import "./chunk-BWBIRRLG.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-I56A3DRI.js";
import "./chunk-4HGRLO3K.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-VPODJXHR.js";
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
