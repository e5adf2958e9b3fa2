import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-RJWIUS5G.js";
import "./chunk-UHELAT2C.js";
import "./chunk-TDSMHFPS.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-WSLGVLFG.js";
import "./chunk-LYDA4MLH.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-L2CKWKWZ.js";
import "./chunk-4SCBDQUR.js";
import "./chunk-L7Y77A75.js";
import "./chunk-AX637AIL.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
