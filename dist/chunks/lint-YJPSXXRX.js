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
} from "./chunk-BJPYATNT.js";
import "./chunk-KS7Y5WVC.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-E44VNEF5.js";
import "./chunk-S2QCYFLQ.js";
import "./chunk-5QJNYHRI.js";
import "./chunk-MNWQJGI2.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-MVXOTKPA.js";
import "./chunk-3AS7ZWAZ.js";
import "./chunk-OOQILFLE.js";
import "./chunk-4T7BPGL5.js";
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
