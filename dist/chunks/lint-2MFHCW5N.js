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
} from "./chunk-3ZAGKGHS.js";
import "./chunk-YVV3WAK6.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-ZMU6SEUT.js";
import "./chunk-KOZ4K5ZZ.js";
import "./chunk-QLBB3CSA.js";
import "./chunk-BBDCFGHM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-5CSZD4J6.js";
import "./chunk-TPLDN7O7.js";
import "./chunk-SKBAHDTS.js";
import "./chunk-GVWEXEHE.js";
import "./chunk-RJHPGURN.js";
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
