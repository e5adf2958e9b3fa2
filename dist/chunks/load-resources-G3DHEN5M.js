import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-UMAU23S7.js";
import "./chunk-NK5BXKZO.js";
import "./chunk-QJMWYHH6.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-P6KRAVHN.js";
import "./chunk-XKIUQHNC.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-TAM2ANZM.js";
import "./chunk-YPK6SMTL.js";
import "./chunk-H63S3AS5.js";
import "./chunk-G5R74NVU.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
