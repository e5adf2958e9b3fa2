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
} from "./chunk-E22LM3KV.js";
import "./chunk-AZPRURFH.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-53TQ4KNA.js";
import "./chunk-NRP5STFT.js";
import "./chunk-5QJNYHRI.js";
import "./chunk-MNWQJGI2.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-JLICY3R5.js";
import "./chunk-THVXY2ZR.js";
import "./chunk-3LRRJMHD.js";
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
