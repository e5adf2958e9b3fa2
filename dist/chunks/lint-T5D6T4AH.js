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
} from "./chunk-WSFNDJD3.js";
import "./chunk-Z4GGLUV2.js";
import "./chunk-PXNAJHPU.js";
import "./chunk-BMEN5CT7.js";
import "./chunk-GNXCXQZO.js";
import "./chunk-RM7QVL2K.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-SN3UQKMR.js";
import "./chunk-HAI7F6TR.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-7UUHW53E.js";
import "./chunk-XSHVYLCD.js";
import "./chunk-VCDEJ5AI.js";
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
