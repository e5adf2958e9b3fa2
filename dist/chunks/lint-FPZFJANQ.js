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
} from "./chunk-XPJXRSDK.js";
import "./chunk-POGIFALG.js";
import "./chunk-PQNMJMZG.js";
import "./chunk-JNDYHDYY.js";
import "./chunk-TVOJQYLV.js";
import "./chunk-VWLKACGR.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-NM45ZWHK.js";
import "./chunk-BQIHXTUM.js";
import "./chunk-BCRDLWZU.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-IIEVJ4OY.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-JMV5NKFC.js";
import "./chunk-EZRGU4O2.js";
import "./chunk-5YX42G6Q.js";
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
