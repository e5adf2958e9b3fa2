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
} from "./chunk-JC7JAGJK.js";
import "./chunk-HC6RM6UO.js";
import "./chunk-HQLAYDXD.js";
import "./chunk-KXQUO2H7.js";
import "./chunk-CQZTM7L2.js";
import "./chunk-VNN747QP.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-UCREHTXH.js";
import "./chunk-DNQK443Z.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-JWWTMJP3.js";
import "./chunk-KOAUMHRP.js";
import "./chunk-OYUWGWKA.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-HRGYRP25.js";
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
