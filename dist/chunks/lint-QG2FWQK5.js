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
} from "./chunk-KN44D7M6.js";
import "./chunk-USWC4LFK.js";
import "./chunk-4WDFZSOU.js";
import "./chunk-KDIVE5I6.js";
import "./chunk-CISWT7YH.js";
import "./chunk-J67YWW4C.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-4NUY2V4E.js";
import "./chunk-KVE2Y4QW.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-LPMMXHRQ.js";
import "./chunk-Z7OBHCH5.js";
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
