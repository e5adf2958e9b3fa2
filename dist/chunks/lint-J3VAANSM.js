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
} from "./chunk-OEJCLOFY.js";
import "./chunk-EWMWMF3Q.js";
import "./chunk-V2SX6ABM.js";
import "./chunk-RW3KWLXZ.js";
import "./chunk-RGEPHXAA.js";
import "./chunk-A3RY7UJ5.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-GB7TUNMO.js";
import "./chunk-DHJD67KQ.js";
import "./chunk-ZB7UHVA4.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-KBF4VG5I.js";
import "./chunk-D6M6637M.js";
import "./chunk-WNHFI2U6.js";
import "./chunk-U7XE2FZN.js";
import "./chunk-WJBBV4H4.js";
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
