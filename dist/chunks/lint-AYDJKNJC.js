import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  FAIL_ON_VALUES,
  emit,
  lintCommand,
  listOption,
  parseFailOn,
  reportContext,
  runLint,
  useColor
} from "./chunk-MLBCXMCM.js";
import "./chunk-OSAGCMX4.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-QMM435RO.js";
import "./chunk-6GEQIWPV.js";
import "./chunk-PEW7ZN2S.js";
import "./chunk-4XNLUYM6.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-7MBJNI5F.js";
import "./chunk-IYR4N2YF.js";
import "./chunk-LXTQJA3R.js";
import "./chunk-GVWEXEHE.js";
import "./chunk-HS7ZTD4S.js";
import "./chunk-KSTQWAIF.js";
export {
  FAIL_ON_VALUES,
  emit,
  lintCommand,
  listOption,
  parseFailOn,
  reportContext,
  runLint,
  useColor
};
