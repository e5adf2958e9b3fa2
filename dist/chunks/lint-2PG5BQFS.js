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
} from "./chunk-25ASSMCY.js";
import "./chunk-L2S3FVOT.js";
import "./chunk-42CO67DX.js";
import "./chunk-KEKCSZSU.js";
import "./chunk-3CANFWP6.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-LTI67VUT.js";
import "./chunk-4F6ZLGJE.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-HBOQI2DL.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-QU7BBP3G.js";
import "./chunk-HYXHZVF7.js";
import "./chunk-BQ2CT3WP.js";
import "./chunk-O3VZX3PH.js";
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
