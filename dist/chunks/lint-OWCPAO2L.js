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
} from "./chunk-2LPHB6XB.js";
import "./chunk-BAGUHM46.js";
import "./chunk-RUVC7GRG.js";
import "./chunk-K32UXTOX.js";
import "./chunk-C6VIUT7O.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-JCMRAFD5.js";
import "./chunk-ZRQQ7CWM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-OSQYJ3K4.js";
import "./chunk-76XEBV2N.js";
import "./chunk-OYL2GOLL.js";
import "./chunk-D5UMBXI7.js";
import "./chunk-PX524UAB.js";
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
