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
} from "./chunk-4Q4CPS24.js";
import "./chunk-F6L4XYBW.js";
import "./chunk-ZL5V2UI6.js";
import "./chunk-UG4PVMOD.js";
import "./chunk-W377ZIJI.js";
import "./chunk-VWLKACGR.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-YLK336RF.js";
import "./chunk-BQIHXTUM.js";
import "./chunk-OWPWSC36.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-2LW3VKFT.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-PZDPHQFA.js";
import "./chunk-UHFUV4OE.js";
import "./chunk-2SRX75SC.js";
import "./chunk-VDN5AHPT.js";
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
