import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-4FHNFYXA.js";
import "./chunk-EHBO4J5N.js";
import "./chunk-K2J5SXF7.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-I56A3DRI.js";
import "./chunk-QCAELOUI.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-VPODJXHR.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-IAQRFO5E.js";
import "./chunk-XTIPASDY.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
