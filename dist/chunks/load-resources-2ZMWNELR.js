import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-4AHMS5VB.js";
import "./chunk-X76OMSHD.js";
import "./chunk-SIM2I2I5.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-75EFFB7Z.js";
import "./chunk-F32PD3IL.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-KBFFTA7E.js";
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
