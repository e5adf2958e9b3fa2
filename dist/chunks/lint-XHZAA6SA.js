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
} from "./chunk-EESDGE7H.js";
import "./chunk-RLJALHEL.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-RQI4VBXR.js";
import "./chunk-LCCJY3NB.js";
import "./chunk-KV5C4IEO.js";
import "./chunk-Q6R2MDIX.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-WJMV5ABM.js";
import "./chunk-FFTNZ6NJ.js";
import "./chunk-VPJEMK2E.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-AA2TJ3JR.js";
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
