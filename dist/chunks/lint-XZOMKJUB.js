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
} from "./chunk-3C45WLXA.js";
import "./chunk-DC5BPZ23.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-47SX7POL.js";
import "./chunk-2LI3GAQL.js";
import "./chunk-RJGKMVSA.js";
import "./chunk-DT7I7GMM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-RFZA4F2U.js";
import "./chunk-RYRDUUMB.js";
import "./chunk-KNDNYPH3.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-FNMRGHN4.js";
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
