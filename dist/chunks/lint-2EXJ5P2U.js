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
} from "./chunk-PU2NKW57.js";
import "./chunk-QU6HVZSA.js";
import "./chunk-FTT3L7XY.js";
import "./chunk-6W5IALWO.js";
import "./chunk-QQF5JDBP.js";
import "./chunk-VWLKACGR.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-7QHVWHIY.js";
import "./chunk-BQIHXTUM.js";
import "./chunk-BT7TUJRK.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-37SPDQFD.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-FUOHZRKX.js";
import "./chunk-FIONO5MN.js";
import "./chunk-TB53J5KO.js";
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
