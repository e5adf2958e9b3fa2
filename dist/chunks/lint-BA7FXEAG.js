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
} from "./chunk-COVVO7UX.js";
import "./chunk-R6QBCZ3R.js";
import "./chunk-55GFDS3X.js";
import "./chunk-XAH2Z6SB.js";
import "./chunk-67XCKY67.js";
import "./chunk-A3RY7UJ5.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-UFX447PQ.js";
import "./chunk-DHJD67KQ.js";
import "./chunk-XAUEPQBZ.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-LPJ4BP2M.js";
import "./chunk-D6M6637M.js";
import "./chunk-GOWJG6M2.js";
import "./chunk-XOEFJUAZ.js";
import "./chunk-JAJC7RKO.js";
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
