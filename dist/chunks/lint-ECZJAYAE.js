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
} from "./chunk-AOX55BB5.js";
import "./chunk-5YOCMT5Y.js";
import "./chunk-FBAFMEQ6.js";
import "./chunk-6M2H53DI.js";
import "./chunk-SPFJJE2H.js";
import "./chunk-A3RY7UJ5.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-KDJKCH5U.js";
import "./chunk-DHJD67KQ.js";
import "./chunk-JDZRTBID.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-6ILBC5XV.js";
import "./chunk-D6M6637M.js";
import "./chunk-PAMRYML3.js";
import "./chunk-LXP24EPE.js";
import "./chunk-FLT7N64H.js";
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
