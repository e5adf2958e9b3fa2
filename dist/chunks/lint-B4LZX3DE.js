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
} from "./chunk-FFFHPF6B.js";
import "./chunk-6HWHMOD6.js";
import "./chunk-VDS7TZ4C.js";
import "./chunk-55FDTGDJ.js";
import "./chunk-FX2NBYVJ.js";
import "./chunk-ABYHJCIN.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-6DBTYM2Q.js";
import "./chunk-S32ZQNWA.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-ALOGQ4ZX.js";
import "./chunk-OGA4PREM.js";
import "./chunk-STJWI3DJ.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-AKORUU3P.js";
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
