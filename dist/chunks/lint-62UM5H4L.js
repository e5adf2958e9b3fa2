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
} from "./chunk-7JVKD7GG.js";
import "./chunk-HC6RM6UO.js";
import "./chunk-HQLAYDXD.js";
import "./chunk-WRNNBIGG.js";
import "./chunk-LZ6I2SA6.js";
import "./chunk-IMSS62JY.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-UCREHTXH.js";
import "./chunk-PZXMZMDJ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-3GIYHVSX.js";
import "./chunk-KOAUMHRP.js";
import "./chunk-OYUWGWKA.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-WFOEE6PX.js";
import "./chunk-UVMVSI5T.js";
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
