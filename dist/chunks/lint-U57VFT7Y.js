import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  FAIL_ON_VALUES,
  emit,
  emitStream,
  lintCommand,
  lintResult,
  listOption,
  parseFailOn,
  reportContext,
  runLint,
  useColor
} from "./chunk-SWPLNR7A.js";
import "./chunk-GJOUIF6Q.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-X4JPMREO.js";
import "./chunk-PZRCGYUG.js";
import "./chunk-DMSJJHPX.js";
import "./chunk-FZC5AWAA.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-26KZFPHT.js";
import "./chunk-3IZEAZ3V.js";
import "./chunk-AANPWZNV.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-QNVGPE75.js";
import "./chunk-KSTQWAIF.js";
export {
  FAIL_ON_VALUES,
  emit,
  emitStream,
  lintCommand,
  lintResult,
  listOption,
  parseFailOn,
  reportContext,
  runLint,
  useColor
};
