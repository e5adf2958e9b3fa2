import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-PYIPNUJ7.js";
import "./chunk-EHBO4J5N.js";
import "./chunk-LSAJXGWA.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-3SL4JO2P.js";
import "./chunk-QCAELOUI.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-3EY4GUAE.js";
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
