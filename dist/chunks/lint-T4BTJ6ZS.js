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
} from "./chunk-LO3IV7XJ.js";
import "./chunk-3DAGCSJA.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-I2LXSAY2.js";
import "./chunk-OPEL2MID.js";
import "./chunk-5VAVI5HR.js";
import "./chunk-O4ZWSL6E.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-TST5J7PI.js";
import "./chunk-TG4CJGW7.js";
import "./chunk-DKCSHRCZ.js";
import "./chunk-GVWEXEHE.js";
import "./chunk-HS7ZTD4S.js";
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
