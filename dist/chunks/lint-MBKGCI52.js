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
} from "./chunk-OHWTL7DY.js";
import "./chunk-HD3S6NBI.js";
import "./chunk-M2T3NYO3.js";
import "./chunk-KPDZMGRJ.js";
import "./chunk-4Y2JJ7FB.js";
import "./chunk-IHKVASDM.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-H5SGMAEI.js";
import "./chunk-KDE2RQF2.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-4O2AGN3N.js";
import "./chunk-ZUDFFNF7.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-6Z5TW3QQ.js";
import "./chunk-NC24FO7P.js";
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
