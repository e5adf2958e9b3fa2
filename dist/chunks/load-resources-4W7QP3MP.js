import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-UKH4W34E.js";
import "./chunk-CZMWIN2J.js";
import "./chunk-E6LRMQ2F.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-VGIGZZYS.js";
import "./chunk-VLF2QHUI.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-3EY4GUAE.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-P5W25XHA.js";
import "./chunk-XTIPASDY.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
