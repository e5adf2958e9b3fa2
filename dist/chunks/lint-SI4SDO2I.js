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
} from "./chunk-JPD55TS5.js";
import "./chunk-WGKXHC52.js";
import "./chunk-AMHDX43R.js";
import "./chunk-XDHSZFM3.js";
import "./chunk-LESCXIIE.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-AXHSZH2J.js";
import "./chunk-5HPP5HHK.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-IHMKQDJK.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-VQPUX7IT.js";
import "./chunk-JRZJ7GSG.js";
import "./chunk-IFFA4KKD.js";
import "./chunk-3DLLLQ7E.js";
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
