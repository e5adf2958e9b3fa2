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
} from "./chunk-OFCXKIM6.js";
import "./chunk-MOQBRMBZ.js";
import "./chunk-BYVULYZH.js";
import "./chunk-AKKNVQNU.js";
import "./chunk-CZMWIN2J.js";
import "./chunk-E6LRMQ2F.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-VGIGZZYS.js";
import "./chunk-VLF2QHUI.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-7IQJH5QT.js";
import "./chunk-3EY4GUAE.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-P5W25XHA.js";
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
