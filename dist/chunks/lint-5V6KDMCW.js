import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  FAIL_ON_VALUES,
  lintCommand,
  lintResult,
  listOption,
  parseFailOn,
  reportContext,
  runLint,
  useColor
} from "./chunk-UBBC75PM.js";
import "./chunk-TI5SM6DC.js";
import "./chunk-BEG5KEDD.js";
import "./chunk-X76OMSHD.js";
import "./chunk-Y663W3R5.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-2L5SS6LJ.js";
import "./chunk-F32PD3IL.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-7F2YLXBZ.js";
import "./chunk-WDL6W5JO.js";
import "./chunk-UHEIIG7Z.js";
import "./chunk-O6F6GMNC.js";
import "./chunk-7BZBTLTC.js";
import "./chunk-KSTQWAIF.js";
export {
  FAIL_ON_VALUES,
  lintCommand,
  lintResult,
  listOption,
  parseFailOn,
  reportContext,
  runLint,
  useColor
};
