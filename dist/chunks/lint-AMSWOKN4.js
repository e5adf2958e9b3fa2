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
} from "./chunk-GRRVOLJA.js";
import "./chunk-LL5KRPUS.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-E44VNEF5.js";
import "./chunk-S2QCYFLQ.js";
import "./chunk-QLBB3CSA.js";
import "./chunk-BBDCFGHM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LQEXZQCN.js";
import "./chunk-3AS7ZWAZ.js";
import "./chunk-OOQILFLE.js";
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
