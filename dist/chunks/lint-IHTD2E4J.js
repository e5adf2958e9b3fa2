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
} from "./chunk-MS3A77AF.js";
import "./chunk-L6EOSBLQ.js";
import "./chunk-2RLD77G5.js";
import "./chunk-74X7ONNT.js";
import "./chunk-EIUGLKX7.js";
import "./chunk-ZAI5XE6T.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-GNNPAIGF.js";
import "./chunk-ANPEK5HD.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-A2RVNZOX.js";
import "./chunk-YBDEVVD4.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-7WARHDQX.js";
import "./chunk-X6BWP3AO.js";
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
