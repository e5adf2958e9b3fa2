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
} from "./chunk-YNBHOEZR.js";
import "./chunk-5HBYWQVL.js";
import "./chunk-EQ2AAVQQ.js";
import "./chunk-DPFLNSAJ.js";
import "./chunk-DAGEWCOW.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-4IICFMXG.js";
import "./chunk-QVRN5BL5.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-TMQXF3SG.js";
import "./chunk-2CMAQE3H.js";
import "./chunk-23JFZEKY.js";
import "./chunk-IJVK6L3E.js";
import "./chunk-7BZBTLTC.js";
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
