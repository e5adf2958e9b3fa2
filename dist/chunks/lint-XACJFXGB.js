import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  FAIL_ON_VALUES,
  lintCommand,
  lintResult,
  listOption,
  parseFailOn,
  reportContext,
  rulesWithPacks,
  runLint,
  useColor
} from "./chunk-MKXVB4CB.js";
import "./chunk-6WV3DZH3.js";
import "./chunk-NEP7SPZY.js";
import "./chunk-YNEDVMUS.js";
import "./chunk-IZQ4U67Q.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-2O7OJOZS.js";
import "./chunk-NITZMOTU.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-UXBOROHC.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-ODJKJJLQ.js";
import "./chunk-JRZJ7GSG.js";
import "./chunk-IFFA4KKD.js";
import "./chunk-3DLLLQ7E.js";
import "./chunk-KSTQWAIF.js";
export {
  FAIL_ON_VALUES,
  lintCommand,
  lintResult,
  listOption,
  parseFailOn,
  reportContext,
  rulesWithPacks,
  runLint,
  useColor
};
