import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-HG4KPCDF.js";
import "./chunk-X76OMSHD.js";
import "./chunk-Y663W3R5.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-2L5SS6LJ.js";
import "./chunk-F32PD3IL.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-WDL6W5JO.js";
import "./chunk-UHEIIG7Z.js";
import "./chunk-O6F6GMNC.js";
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
