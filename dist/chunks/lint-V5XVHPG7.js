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
} from "./chunk-EVY6O4B3.js";
import "./chunk-J747ZVA2.js";
import "./chunk-3TSAMSQO.js";
import "./chunk-JXARORSF.js";
import "./chunk-GEJZGGV4.js";
import "./chunk-EPVCFXVF.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-WGTLDDL2.js";
import "./chunk-M52A2553.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-FE3HRTI7.js";
import "./chunk-2HKMOOAH.js";
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
