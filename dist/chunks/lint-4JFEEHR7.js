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
} from "./chunk-VTD2L3LE.js";
import "./chunk-47RMQDO2.js";
import "./chunk-LYZYTIU4.js";
import "./chunk-UHELAT2C.js";
import "./chunk-TDSMHFPS.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-WSLGVLFG.js";
import "./chunk-LYDA4MLH.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-R5TPSPL6.js";
import "./chunk-L2CKWKWZ.js";
import "./chunk-4SCBDQUR.js";
import "./chunk-L7Y77A75.js";
import "./chunk-AX637AIL.js";
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
