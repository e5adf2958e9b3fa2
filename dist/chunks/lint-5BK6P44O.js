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
} from "./chunk-SZ4BM7IM.js";
import "./chunk-HD3S6NBI.js";
import "./chunk-M2T3NYO3.js";
import "./chunk-B6TFHW4M.js";
import "./chunk-EVSZASPO.js";
import "./chunk-5J63U3JN.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-H5SGMAEI.js";
import "./chunk-RVV7IBL3.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-TF5ZLPIV.js";
import "./chunk-ZUDFFNF7.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-CZN5P55Z.js";
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
