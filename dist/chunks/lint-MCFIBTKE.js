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
} from "./chunk-Y56P4NQF.js";
import "./chunk-5T5J5AKH.js";
import "./chunk-VR4JZRY2.js";
import "./chunk-HPTZ4FOX.js";
import "./chunk-H364K374.js";
import "./chunk-ZKSNMCX3.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-NDFQIIKT.js";
import "./chunk-7H4D4F2L.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-J6FXM44Z.js";
import "./chunk-LUS76JIY.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-PZ3XBU6Z.js";
import "./chunk-5MYYGNG7.js";
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
