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
} from "./chunk-P3QZLG7W.js";
import "./chunk-5NVS2NUS.js";
import "./chunk-RRAIL5PI.js";
import "./chunk-A4EYWGC3.js";
import "./chunk-5PXSOBOZ.js";
import "./chunk-A3RY7UJ5.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-RNJ66BFU.js";
import "./chunk-DHJD67KQ.js";
import "./chunk-2QEOQM5G.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-FQ5BTK5B.js";
import "./chunk-D6M6637M.js";
import "./chunk-SKAMYMH6.js";
import "./chunk-NFQ33OOL.js";
import "./chunk-TOOO5HT6.js";
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
