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
} from "./chunk-JPXAJSVL.js";
import "./chunk-TXUHRE3Q.js";
import "./chunk-ORSWASUO.js";
import "./chunk-Q67VOE3T.js";
import "./chunk-AAIOB4KG.js";
import "./chunk-SETWESYL.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-5T7EQXEY.js";
import "./chunk-SQWFMRJ2.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-TN52B6LX.js";
import "./chunk-FBWXJHVQ.js";
import "./chunk-L6GBLAPV.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-UIVXKAJZ.js";
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
