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
} from "./chunk-LIZTSVXL.js";
import "./chunk-N4EGPRRB.js";
import "./chunk-XX5NGO75.js";
import "./chunk-XBFB77EH.js";
import "./chunk-A3EBGXGJ.js";
import "./chunk-WZOEPYBK.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-PJ3GHILL.js";
import "./chunk-UITJ2FDE.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LBNGXETJ.js";
import "./chunk-FRCNKYPJ.js";
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
