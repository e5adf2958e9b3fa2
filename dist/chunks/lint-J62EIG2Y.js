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
} from "./chunk-72ANW3RR.js";
import "./chunk-YBJE3X4E.js";
import "./chunk-LKYMGE3R.js";
import "./chunk-L4OHLNUI.js";
import "./chunk-OSPVNSTW.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-VZRN5KMR.js";
import "./chunk-G6A2W2CF.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-5YFXQNRE.js";
import "./chunk-B2PF76VK.js";
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
