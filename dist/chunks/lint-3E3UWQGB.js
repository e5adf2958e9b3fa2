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
} from "./chunk-WZBGT2AO.js";
import "./chunk-JNB43UK4.js";
import "./chunk-D5JED3KP.js";
import "./chunk-POG6SRI6.js";
import "./chunk-L5LVGTPC.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-64PVDSZ4.js";
import "./chunk-OYEAEKCC.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-O55YNYCR.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-F23YOW7C.js";
import "./chunk-AO3IOIAW.js";
import "./chunk-ZHCEVHXU.js";
import "./chunk-6N5ZXTMK.js";
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
