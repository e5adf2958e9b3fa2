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
} from "./chunk-METJG6US.js";
import "./chunk-BAGUHM46.js";
import "./chunk-HUYAXJQL.js";
import "./chunk-D54C6SFP.js";
import "./chunk-QSISRCC4.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-JCMRAFD5.js";
import "./chunk-L54BXNFI.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-N663AZLM.js";
import "./chunk-76XEBV2N.js";
import "./chunk-OYL2GOLL.js";
import "./chunk-JCDGPCPV.js";
import "./chunk-PX524UAB.js";
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
