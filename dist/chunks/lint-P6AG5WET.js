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
} from "./chunk-5YPIHC5B.js";
import "./chunk-KNNPYCTG.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-DELKLYUI.js";
import "./chunk-Q7NV6TTX.js";
import "./chunk-GFSGM5JA.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-4NSFFDXL.js";
import "./chunk-PS4S24AJ.js";
import "./chunk-5YVOR44Q.js";
import "./chunk-GVWEXEHE.js";
import "./chunk-AUIH2O5L.js";
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
