import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-MMHJS7CC.js";
import "./chunk-LXJ4HQJP.js";
import "./chunk-PNEFCQLA.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-SBZVCI3Q.js";
import "./chunk-FTRMGOIZ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-EWAWBJGA.js";
import "./chunk-QLTODJJN.js";
import "./chunk-B7WX6HPH.js";
import "./chunk-APDDPF7Q.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
