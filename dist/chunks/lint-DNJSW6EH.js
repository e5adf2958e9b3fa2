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
} from "./chunk-Z7BWNEA6.js";
import "./chunk-QZHEWF3K.js";
import "./chunk-IN7PHLGV.js";
import "./chunk-DYMAZBAS.js";
import "./chunk-WNSZF3RB.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-YC2GJDCO.js";
import "./chunk-KCCE7XNQ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-UFQFSYHD.js";
import "./chunk-HZG7SN2Y.js";
import "./chunk-B4LVQRQ6.js";
import "./chunk-XZFZQOY5.js";
import "./chunk-ZD3OMRIY.js";
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
