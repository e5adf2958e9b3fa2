import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  FAIL_ON_VALUES,
  lintCommand,
  lintResult,
  listOption,
  parseFailOn,
  reportContext,
  rulesWithPacks,
  runLint,
  useColor
} from "./chunk-EFTCHQHF.js";
import "./chunk-DWLKB7NS.js";
import "./chunk-6F5KRHJD.js";
import "./chunk-NL65XBLF.js";
import "./chunk-MYCCQJYL.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-IYRE262Y.js";
import "./chunk-QTYM6MBU.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-IWVK5C5V.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-623MPLSZ.js";
import "./chunk-W44NJBYS.js";
import "./chunk-VMUM75S6.js";
import "./chunk-CHTT4BCG.js";
import "./chunk-KSTQWAIF.js";
export {
  FAIL_ON_VALUES,
  lintCommand,
  lintResult,
  listOption,
  parseFailOn,
  reportContext,
  rulesWithPacks,
  runLint,
  useColor
};
