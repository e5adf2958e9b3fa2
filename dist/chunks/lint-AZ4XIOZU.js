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
} from "./chunk-FZHM7PWS.js";
import "./chunk-FHHP3LSE.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-T3R5UMP6.js";
import "./chunk-KZLY3UEB.js";
import "./chunk-QLBB3CSA.js";
import "./chunk-BBDCFGHM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-32CV4KIF.js";
import "./chunk-73FYBQDO.js";
import "./chunk-ZZY3PCYA.js";
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
