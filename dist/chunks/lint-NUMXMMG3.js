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
} from "./chunk-VJBB6A7R.js";
import "./chunk-MIPXE5UM.js";
import "./chunk-ZG2PE2NZ.js";
import "./chunk-YXD43OG3.js";
import "./chunk-32JVRE5P.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-NTBRFLUE.js";
import "./chunk-T465SN6W.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-7RH4YOR2.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-Q4VJHUV7.js";
import "./chunk-KJHKOTVJ.js";
import "./chunk-2X4DOEGU.js";
import "./chunk-3XXRJJ5M.js";
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
