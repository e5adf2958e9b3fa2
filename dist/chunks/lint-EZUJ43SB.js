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
} from "./chunk-MS7IXMMT.js";
import "./chunk-H6GGKW37.js";
import "./chunk-V64SLLFN.js";
import "./chunk-HPTZ4FOX.js";
import "./chunk-H364K374.js";
import "./chunk-VHY745QD.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-7BOEJMOU.js";
import "./chunk-7H4D4F2L.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-HBA6DKYM.js";
import "./chunk-OAP7DXWM.js";
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
