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
} from "./chunk-SLW7BWBR.js";
import "./chunk-JVTU3LG3.js";
import "./chunk-3EYX2NU6.js";
import "./chunk-OJZ7HW6F.js";
import "./chunk-S6TUXBSG.js";
import "./chunk-Z7YPB45X.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-QM32CZYA.js";
import "./chunk-UXBIKFCT.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-WN2GHSM3.js";
import "./chunk-5RKI7R67.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-RWNYDMYS.js";
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
