import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-5YGYZYAC.js";
import "./chunk-DYMAZBAS.js";
import "./chunk-WNSZF3RB.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-YC2GJDCO.js";
import "./chunk-KCCE7XNQ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-HZG7SN2Y.js";
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
