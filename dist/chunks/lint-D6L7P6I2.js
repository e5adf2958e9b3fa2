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
} from "./chunk-DILQOLQC.js";
import "./chunk-HY7QK2KF.js";
import "./chunk-BSDM6ZJE.js";
import "./chunk-YHKE2KEE.js";
import "./chunk-TMUZYLGF.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-CHBK5L5O.js";
import "./chunk-BZ3SNEQY.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-RAUGTYPH.js";
import "./chunk-SZPDPPGN.js";
import "./chunk-EVDBLZGL.js";
import "./chunk-LXTO2FXQ.js";
import "./chunk-ZESIROR2.js";
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
