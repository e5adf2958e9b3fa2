import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-P6BWCMU4.js";
import "./chunk-JEZP5DBF.js";
import "./chunk-6FZPUCT3.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-CCN3FX73.js";
import "./chunk-T7SWTU5R.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-OHGPKDDC.js";
import "./chunk-GRVECOP5.js";
import "./chunk-IJVK6L3E.js";
import "./chunk-7BZBTLTC.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
