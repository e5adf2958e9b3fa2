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
} from "./chunk-3VDFPD2L.js";
import "./chunk-W2ACEG4G.js";
import "./chunk-UDIV5ZXL.js";
import "./chunk-UAZB3Z2T.js";
import "./chunk-7ANYBVWC.js";
import "./chunk-A3RY7UJ5.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-KWGPO7WT.js";
import "./chunk-DHJD67KQ.js";
import "./chunk-RW5RRYVV.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-XTKL76JW.js";
import "./chunk-D6M6637M.js";
import "./chunk-L5Z72M3P.js";
import "./chunk-WPY5LWXK.js";
import "./chunk-KCGJMJ7T.js";
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
