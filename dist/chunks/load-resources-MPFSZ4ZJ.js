import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-2KBZR4ZD.js";
import "./chunk-X76OMSHD.js";
import "./chunk-57VD2GQN.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-R6TT4N2W.js";
import "./chunk-F32PD3IL.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-ZNVSQIWR.js";
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
