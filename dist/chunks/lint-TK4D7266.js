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
} from "./chunk-6EJSLLMC.js";
import "./chunk-3GO35JKS.js";
import "./chunk-X5DD57WH.js";
import "./chunk-BOHZHQRB.js";
import "./chunk-VALIGBTO.js";
import "./chunk-A3RY7UJ5.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-LNUE5EMN.js";
import "./chunk-DHJD67KQ.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-QQLOQ2QA.js";
import "./chunk-D6M6637M.js";
import "./chunk-O2OHA4SU.js";
import "./chunk-2TB3XL2O.js";
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
