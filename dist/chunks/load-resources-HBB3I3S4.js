import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-7ESQJMCS.js";
import "./chunk-CISWT7YH.js";
import "./chunk-GIERYF4N.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-P6OEUOJK.js";
import "./chunk-KVE2Y4QW.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-EE6HQMNT.js";
import "./chunk-U4LQXTRO.js";
import "./chunk-YSLIAV2Q.js";
import "./chunk-ZJNPUHOF.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
