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
} from "./chunk-G6R7Q2A4.js";
import "./chunk-WVXGLZL3.js";
import "./chunk-RWAUYWY5.js";
import "./chunk-XBFB77EH.js";
import "./chunk-A3EBGXGJ.js";
import "./chunk-PVA3TDRC.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-N2LCYRCB.js";
import "./chunk-UITJ2FDE.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-OZW2AKW2.js";
import "./chunk-3PV6BM5G.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-SD3QPKIO.js";
import "./chunk-TPFN3F2I.js";
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
