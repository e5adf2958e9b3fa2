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
} from "./chunk-AUWYOQTE.js";
import "./chunk-MGRF6BYL.js";
import "./chunk-LKYMGE3R.js";
import "./chunk-L4OHLNUI.js";
import "./chunk-OBIS5VAA.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-X6EDCDUJ.js";
import "./chunk-G6A2W2CF.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-HXYRULUZ.js";
import "./chunk-VMMYMB5J.js";
import "./chunk-OYL2GOLL.js";
import "./chunk-QDVQVKN3.js";
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
