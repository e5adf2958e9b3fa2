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
} from "./chunk-HQ6REOOG.js";
import "./chunk-Z4GGLUV2.js";
import "./chunk-PXNAJHPU.js";
import "./chunk-Y74FQBWR.js";
import "./chunk-755H4I6M.js";
import "./chunk-3CLVDOGV.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-SN3UQKMR.js";
import "./chunk-KTL7DCMC.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-YE2QU5AV.js";
import "./chunk-XSHVYLCD.js";
import "./chunk-SYK2A2BY.js";
import "./chunk-WHW6J6WA.js";
import "./chunk-B635NA7X.js";
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
