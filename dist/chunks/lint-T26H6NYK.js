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
} from "./chunk-NBKWZDPF.js";
import "./chunk-XHMR74KY.js";
import "./chunk-D6VSD5NT.js";
import "./chunk-JXARORSF.js";
import "./chunk-GEJZGGV4.js";
import "./chunk-RXMTHWSV.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-4UBURTG4.js";
import "./chunk-M52A2553.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-AWAA3VQL.js";
import "./chunk-KDQJD57M.js";
import "./chunk-VCDEJ5AI.js";
import "./chunk-RUZUJFI3.js";
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
