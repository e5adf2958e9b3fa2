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
} from "./chunk-FUQNFK3Z.js";
import "./chunk-WLMNDAXR.js";
import "./chunk-WQA3UWV3.js";
import "./chunk-6IRJUN3E.js";
import "./chunk-LZND4QC5.js";
import "./chunk-VWLKACGR.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-WTZR4EEF.js";
import "./chunk-BQIHXTUM.js";
import "./chunk-OWPWSC36.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-75DYUGIL.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-ZXSUJZ4A.js";
import "./chunk-UHFUV4OE.js";
import "./chunk-D4N7P243.js";
import "./chunk-VDN5AHPT.js";
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
