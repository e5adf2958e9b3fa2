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
} from "./chunk-YALY72JG.js";
import "./chunk-U7ASJUA5.js";
import "./chunk-IVQGOVQ7.js";
import "./chunk-T7LDCTXR.js";
import "./chunk-BFK74TSW.js";
import "./chunk-L6E2UGAT.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-QCH2LRTF.js";
import "./chunk-H6D4KUZM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-OHY7ECVH.js";
import "./chunk-RWTEODWY.js";
import "./chunk-QR5QNZTA.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-AJDEGUHG.js";
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
