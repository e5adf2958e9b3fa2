import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-TYCSXJVW.js";
import "./chunk-DYMAZBAS.js";
import "./chunk-7ISTFZBZ.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-YFFKJPOZ.js";
import "./chunk-KCCE7XNQ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-W3ZLADCG.js";
import "./chunk-B4LVQRQ6.js";
import "./chunk-XZFZQOY5.js";
import "./chunk-ZD3OMRIY.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
