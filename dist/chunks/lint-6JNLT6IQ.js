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
} from "./chunk-FRNAY4Y2.js";
import "./chunk-HC6RM6UO.js";
import "./chunk-HQLAYDXD.js";
import "./chunk-IQJDVLDT.js";
import "./chunk-MHHBEN7Y.js";
import "./chunk-QE4ZBQLX.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-UCREHTXH.js";
import "./chunk-TO5KD533.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-XM7Z7NZL.js";
import "./chunk-KOAUMHRP.js";
import "./chunk-OYUWGWKA.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-6HNCQVVQ.js";
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
