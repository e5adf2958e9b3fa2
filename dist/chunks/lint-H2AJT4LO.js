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
} from "./chunk-PEBX6IZ7.js";
import "./chunk-EB6K53HG.js";
import "./chunk-LNE6BETR.js";
import "./chunk-GWLK2KZH.js";
import "./chunk-IA6LO75I.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-ZPG6235W.js";
import "./chunk-BCWYA5LE.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-RF7NEUPF.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-MQ73FINO.js";
import "./chunk-PD6VYZS3.js";
import "./chunk-N43PDTFQ.js";
import "./chunk-2IFAW5AW.js";
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
