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
} from "./chunk-BIQEW4BC.js";
import "./chunk-ZCFIP56S.js";
import "./chunk-ZC35HRNA.js";
import "./chunk-67MGS24E.js";
import "./chunk-VMYNYTIF.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-DOT6INA7.js";
import "./chunk-YUD6G3XL.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-MIINJBDM.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-3FQGKSIM.js";
import "./chunk-JME3TXCY.js";
import "./chunk-T335ZV5C.js";
import "./chunk-AGE36S2B.js";
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
