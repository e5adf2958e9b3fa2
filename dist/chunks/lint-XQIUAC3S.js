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
} from "./chunk-2FET3FVE.js";
import "./chunk-BMR7T434.js";
import "./chunk-GVPK5VTY.js";
import "./chunk-RRR6GQUD.js";
import "./chunk-AAZPTN73.js";
import "./chunk-GT4VX2O5.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-XT7XWV6K.js";
import "./chunk-QFHRE7IX.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-2U23KWUV.js";
import "./chunk-VAR3ON4E.js";
import "./chunk-FYTDD6AR.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-4XSVVEE3.js";
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
