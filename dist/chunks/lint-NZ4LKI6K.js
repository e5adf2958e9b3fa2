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
} from "./chunk-XQQYHXHP.js";
import "./chunk-JXQAWPZ6.js";
import "./chunk-NQODAZMG.js";
import "./chunk-HDNCI2XU.js";
import "./chunk-Y2EDSJ2E.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-L6BHVCQO.js";
import "./chunk-R7JESRF7.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-FKO5EXPD.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-TAY33CQQ.js";
import "./chunk-INPKLRGZ.js";
import "./chunk-PAUMSVQU.js";
import "./chunk-KAB74NYU.js";
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
