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
} from "./chunk-3EIOZTAK.js";
import "./chunk-P5JGDXVA.js";
import "./chunk-PO4EKWHB.js";
import "./chunk-S55UBY3E.js";
import "./chunk-66CDIU2C.js";
import "./chunk-BWBIRRLG.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-I56A3DRI.js";
import "./chunk-4HGRLO3K.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-VUVEFOLE.js";
import "./chunk-VPODJXHR.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-MUO4CABR.js";
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
