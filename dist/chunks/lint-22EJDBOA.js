import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  FAIL_ON_VALUES,
  lintCommand,
  lintResult,
  listOption,
  parseFailOn,
  reportContext,
  runLint,
  useColor
} from "./chunk-YPSIPCEO.js";
import "./chunk-JEMKH6AB.js";
import "./chunk-6TYPXHCL.js";
import "./chunk-GBJCHUKE.js";
import "./chunk-RW5EZI62.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-XXY4ODBF.js";
import "./chunk-MEBDVMJS.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-CU3F42LQ.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-PWW4VBMV.js";
import "./chunk-ZNNJF7GI.js";
import "./chunk-3NF3FJHA.js";
import "./chunk-6SYOSWEO.js";
import "./chunk-KSTQWAIF.js";
export {
  FAIL_ON_VALUES,
  lintCommand,
  lintResult,
  listOption,
  parseFailOn,
  reportContext,
  runLint,
  useColor
};
