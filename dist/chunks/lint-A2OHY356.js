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
} from "./chunk-EAHBCT47.js";
import "./chunk-SK2KKX6E.js";
import "./chunk-PQC5RSXZ.js";
import "./chunk-TDN53XBH.js";
import "./chunk-VMQIUCAO.js";
import "./chunk-C2YXSP37.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-BGE3GPOR.js";
import "./chunk-VKK2G7IO.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-NV5PUN5N.js";
import "./chunk-RTTH3ELO.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-UDFG6I4V.js";
import "./chunk-NC24FO7P.js";
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
