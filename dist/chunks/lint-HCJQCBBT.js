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
} from "./chunk-Q5R5DU3Z.js";
import "./chunk-A4OYJDFV.js";
import "./chunk-7CXD7HVZ.js";
import "./chunk-N4PC37V3.js";
import "./chunk-AY6ZPBSX.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-U4VDFLZC.js";
import "./chunk-DDWWJP47.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-PHIBZ6N6.js";
import "./chunk-BGZ4IER5.js";
import "./chunk-UHEIIG7Z.js";
import "./chunk-2BUJTE7C.js";
import "./chunk-7BZBTLTC.js";
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
