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
} from "./chunk-FAMFUCPG.js";
import "./chunk-GJDA2H6E.js";
import "./chunk-D3Q7XVYI.js";
import "./chunk-2K2LQN5R.js";
import "./chunk-MMN42TMK.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-2HQIPVPP.js";
import "./chunk-XK7C5MCV.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4WZC77WH.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-NL2FJB2Y.js";
import "./chunk-2IHMWUKE.js";
import "./chunk-35FRX4DH.js";
import "./chunk-O4R7W6VJ.js";
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
