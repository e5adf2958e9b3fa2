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
} from "./chunk-NDNIBGPW.js";
import "./chunk-U7ASJUA5.js";
import "./chunk-IVQGOVQ7.js";
import "./chunk-5UMG4GWA.js";
import "./chunk-SJICIM4C.js";
import "./chunk-WBF6HKUS.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-QCH2LRTF.js";
import "./chunk-RDMMORF3.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-MIQ5T2ID.js";
import "./chunk-RWTEODWY.js";
import "./chunk-QR5QNZTA.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-OXFV3EZY.js";
import "./chunk-UVMVSI5T.js";
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
