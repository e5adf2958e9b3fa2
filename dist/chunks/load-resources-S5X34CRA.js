import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-35HD4OGQ.js";
import "./chunk-GVSUH7SJ.js";
import "./chunk-IZA2TMCD.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-4IICFMXG.js";
import "./chunk-7QOJFPZF.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-2CMAQE3H.js";
import "./chunk-UHEIIG7Z.js";
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
