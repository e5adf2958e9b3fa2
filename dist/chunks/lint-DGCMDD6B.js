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
} from "./chunk-P5HKNSOV.js";
import "./chunk-7ZFMETM7.js";
import "./chunk-2JQZP4S6.js";
import "./chunk-S55UBY3E.js";
import "./chunk-66CDIU2C.js";
import "./chunk-MKXHX6TT.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-I7D4TFJU.js";
import "./chunk-4HGRLO3K.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-CUGP33D2.js";
import "./chunk-TMKFJKIX.js";
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
