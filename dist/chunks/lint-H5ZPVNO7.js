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
} from "./chunk-4UWCIBBD.js";
import "./chunk-R24ANQNJ.js";
import "./chunk-CBSSYC2G.js";
import "./chunk-QEUUR2R6.js";
import "./chunk-XMCPVDTZ.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-WSNM2EOG.js";
import "./chunk-FTRMGOIZ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-CW5LFM2N.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-VLBXOQRN.js";
import "./chunk-QLTODJJN.js";
import "./chunk-OJB44GQ3.js";
import "./chunk-APDDPF7Q.js";
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
