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
} from "./chunk-42OKVGBD.js";
import "./chunk-RW4XI6CS.js";
import "./chunk-ZG2PE2NZ.js";
import "./chunk-YXD43OG3.js";
import "./chunk-UKKKWUJS.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-DKOT76C3.js";
import "./chunk-T465SN6W.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-NW6KML4J.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-URSJIF6H.js";
import "./chunk-KJHKOTVJ.js";
import "./chunk-2X4DOEGU.js";
import "./chunk-3XXRJJ5M.js";
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
