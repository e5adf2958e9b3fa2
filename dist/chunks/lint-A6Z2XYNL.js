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
} from "./chunk-S4IAE67B.js";
import "./chunk-IRDVX6MM.js";
import "./chunk-54C5E3UD.js";
import "./chunk-TRYHMINL.js";
import "./chunk-2WWR5ZLM.js";
import "./chunk-4GNS2APV.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-3HDLQUDC.js";
import "./chunk-SAWBTUVQ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-2E7NZCIE.js";
import "./chunk-NOLN323L.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-NEW2WKOV.js";
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
