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
} from "./chunk-AUCEB5GZ.js";
import "./chunk-POGIFALG.js";
import "./chunk-PKNDWEEG.js";
import "./chunk-NCQL66HN.js";
import "./chunk-ZQVRBHAU.js";
import "./chunk-VWLKACGR.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-NM45ZWHK.js";
import "./chunk-BQIHXTUM.js";
import "./chunk-BCRDLWZU.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-SPZ5CI4P.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-JMV5NKFC.js";
import "./chunk-EZRGU4O2.js";
import "./chunk-CCEPJQPK.js";
import "./chunk-UBQER4KP.js";
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
