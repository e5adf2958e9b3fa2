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
} from "./chunk-DP5PR72S.js";
import "./chunk-PK26UN7S.js";
import "./chunk-BEG5KEDD.js";
import "./chunk-X76OMSHD.js";
import "./chunk-SIM2I2I5.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-75EFFB7Z.js";
import "./chunk-F32PD3IL.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-ZCMEXXN3.js";
import "./chunk-KBFFTA7E.js";
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
