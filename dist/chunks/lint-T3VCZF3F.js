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
} from "./chunk-3GQOQT55.js";
import "./chunk-A5W2DBJS.js";
import "./chunk-5IJSJHCU.js";
import "./chunk-FHYM37BZ.js";
import "./chunk-AT3FFHVV.js";
import "./chunk-VB2PW25D.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-6BRQV5NG.js";
import "./chunk-V43TP3CU.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-DKJI4QKH.js";
import "./chunk-RFKB2QZZ.js";
import "./chunk-I53LFHAR.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-2FL6I5PZ.js";
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
