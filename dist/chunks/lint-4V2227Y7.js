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
} from "./chunk-RVLDG4DH.js";
import "./chunk-GNBJ2WEJ.js";
import "./chunk-KJXINWVV.js";
import "./chunk-T5C7YMIK.js";
import "./chunk-Y76TL5AJ.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-OBRVSUKW.js";
import "./chunk-6H5R6K2E.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-T2DPJVVD.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-SM4HOLDV.js";
import "./chunk-5QTJY35F.js";
import "./chunk-QUBX7Q4Z.js";
import "./chunk-ZFEOB2XR.js";
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
