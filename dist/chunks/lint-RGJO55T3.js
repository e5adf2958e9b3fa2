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
} from "./chunk-KR6WEBOL.js";
import "./chunk-YAAULQWV.js";
import "./chunk-526ETAQK.js";
import "./chunk-USMNSGVL.js";
import "./chunk-QXEV6HGI.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-XSQVXX4Q.js";
import "./chunk-DCXY263L.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-2IMA66TS.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-VSS4Y3BK.js";
import "./chunk-AV7YCMNH.js";
import "./chunk-MOPMG6GX.js";
import "./chunk-S44S6SGU.js";
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
