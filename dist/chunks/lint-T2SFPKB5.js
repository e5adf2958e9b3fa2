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
} from "./chunk-CV4UQG5Q.js";
import "./chunk-3DHQ6E7D.js";
import "./chunk-U3REJRFY.js";
import "./chunk-KDIVE5I6.js";
import "./chunk-CISWT7YH.js";
import "./chunk-KXDGLBKM.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-BJVOUH5E.js";
import "./chunk-KVE2Y4QW.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-YTIUOBIX.js";
import "./chunk-QYEEZIQ5.js";
import "./chunk-U4LQXTRO.js";
import "./chunk-YSLIAV2Q.js";
import "./chunk-ZJNPUHOF.js";
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
