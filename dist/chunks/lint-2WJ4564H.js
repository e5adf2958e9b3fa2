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
} from "./chunk-E2SJTC2X.js";
import "./chunk-P5JGDXVA.js";
import "./chunk-PO4EKWHB.js";
import "./chunk-4SX2QMPE.js";
import "./chunk-EHBO4J5N.js";
import "./chunk-K2J5SXF7.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-I56A3DRI.js";
import "./chunk-QCAELOUI.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-GGXGIXK7.js";
import "./chunk-VPODJXHR.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-IAQRFO5E.js";
import "./chunk-XTIPASDY.js";
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
