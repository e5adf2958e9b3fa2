import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-KAF3SYB7.js";
import "./chunk-A3EBGXGJ.js";
import "./chunk-PVA3TDRC.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-N2LCYRCB.js";
import "./chunk-UITJ2FDE.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-3PV6BM5G.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-SD3QPKIO.js";
import "./chunk-TPFN3F2I.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
