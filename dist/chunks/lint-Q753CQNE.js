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
} from "./chunk-NTIS3I3B.js";
import "./chunk-X74LDEIW.js";
import "./chunk-IDGXOU62.js";
import "./chunk-YXCTA6DU.js";
import "./chunk-I3LARDRM.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-3MJ4QMQ7.js";
import "./chunk-G7S4F2JK.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-PQCXXMJJ.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-LV3GLYUV.js";
import "./chunk-EYJPPESU.js";
import "./chunk-PKAUOOCU.js";
import "./chunk-ELDF5B2Y.js";
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
