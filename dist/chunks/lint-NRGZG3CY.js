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
} from "./chunk-FIE2PHUD.js";
import "./chunk-ULJGUPU5.js";
import "./chunk-6NHD2MFD.js";
import "./chunk-OJZ7HW6F.js";
import "./chunk-S6TUXBSG.js";
import "./chunk-WBVOTJO4.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-H3SVFY2Y.js";
import "./chunk-UXBIKFCT.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-GFFFETCJ.js";
import "./chunk-K375S6W4.js";
import "./chunk-GFV5YE54.js";
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
