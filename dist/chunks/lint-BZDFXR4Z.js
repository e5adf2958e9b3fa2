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
} from "./chunk-CZ4RPJ4N.js";
import "./chunk-SFQ3YJEJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-53TQ4KNA.js";
import "./chunk-NRP5STFT.js";
import "./chunk-OZY36YPL.js";
import "./chunk-D3RJQIGS.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-NULBEGS2.js";
import "./chunk-THVXY2ZR.js";
import "./chunk-3LRRJMHD.js";
import "./chunk-DSQNRIQB.js";
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
