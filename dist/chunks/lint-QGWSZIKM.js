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
} from "./chunk-YZUKDQ55.js";
import "./chunk-H4J2J2WT.js";
import "./chunk-OGOLNUQM.js";
import "./chunk-WMETH5NS.js";
import "./chunk-LF54IMFC.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-AGKMGXM5.js";
import "./chunk-7EQC74WR.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-C3UXD52Q.js";
import "./chunk-DPOAEWCQ.js";
import "./chunk-GG6BDPUC.js";
import "./chunk-DNDVABMZ.js";
import "./chunk-RNEB55QZ.js";
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
