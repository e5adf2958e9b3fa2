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
} from "./chunk-AVSB2YGJ.js";
import "./chunk-RYI7GGYR.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-DELKLYUI.js";
import "./chunk-XCGJ74WC.js";
import "./chunk-QNQHO6HF.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-5LBIDD26.js";
import "./chunk-PS4S24AJ.js";
import "./chunk-5YVOR44Q.js";
import "./chunk-RB5DY2LD.js";
import "./chunk-AUIH2O5L.js";
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
