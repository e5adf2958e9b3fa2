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
} from "./chunk-LCMHE2VM.js";
import "./chunk-R6PFB5CZ.js";
import "./chunk-LRV3PFRI.js";
import "./chunk-HPTZ4FOX.js";
import "./chunk-H364K374.js";
import "./chunk-D7VTK5RD.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-XQYOUXCS.js";
import "./chunk-7H4D4F2L.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-XVLNMU77.js";
import "./chunk-5OE6MZ32.js";
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
