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
} from "./chunk-KCWL3PJE.js";
import "./chunk-MOQBRMBZ.js";
import "./chunk-BYVULYZH.js";
import "./chunk-KI4RXTNG.js";
import "./chunk-Z3KDJ37D.js";
import "./chunk-Z4EKWKHL.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-VGIGZZYS.js";
import "./chunk-3MEJSM5I.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-TNA4SDEE.js";
import "./chunk-3EY4GUAE.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-TLG4PJEQ.js";
import "./chunk-XTIPASDY.js";
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
