import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-76PTQHM7.js";
import "./chunk-GBJCHUKE.js";
import "./chunk-RW5EZI62.js";
import "./chunk-XXY4ODBF.js";
import "./chunk-MEBDVMJS.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-PWW4VBMV.js";
import "./chunk-ZNNJF7GI.js";
import "./chunk-3NF3FJHA.js";
import "./chunk-6SYOSWEO.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
