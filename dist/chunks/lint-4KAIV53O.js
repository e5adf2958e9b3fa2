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
} from "./chunk-3WVBCEB3.js";
import "./chunk-4DODCERK.js";
import "./chunk-5MDLEHP5.js";
import "./chunk-LXJ4HQJP.js";
import "./chunk-PNEFCQLA.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-SBZVCI3Q.js";
import "./chunk-FTRMGOIZ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-KQW7EPV3.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-EWAWBJGA.js";
import "./chunk-QLTODJJN.js";
import "./chunk-B7WX6HPH.js";
import "./chunk-APDDPF7Q.js";
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
