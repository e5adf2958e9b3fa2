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
} from "./chunk-3DWGMQPD.js";
import "./chunk-WDKIPCQ6.js";
import "./chunk-VYYSN67P.js";
import "./chunk-TRYHMINL.js";
import "./chunk-2WWR5ZLM.js";
import "./chunk-NRW3V2X7.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-P62T67ZX.js";
import "./chunk-SAWBTUVQ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-RNR6MNVL.js";
import "./chunk-UJDYSH6Y.js";
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
