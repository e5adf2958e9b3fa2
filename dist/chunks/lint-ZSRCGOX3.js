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
} from "./chunk-RM2ZDS6V.js";
import "./chunk-33KOENRC.js";
import "./chunk-OCJNXER3.js";
import "./chunk-Y54POTXM.js";
import "./chunk-6QI5EHAY.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-NYIHSVG4.js";
import "./chunk-FTRMGOIZ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-5JUM2WFL.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-O3ELECAI.js";
import "./chunk-QLTODJJN.js";
import "./chunk-GRC6ZNDY.js";
import "./chunk-APDDPF7Q.js";
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
