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
} from "./chunk-KHSK7MWN.js";
import "./chunk-WLMNDAXR.js";
import "./chunk-YCMO6IHC.js";
import "./chunk-SICGVDEK.js";
import "./chunk-MIK4FWWB.js";
import "./chunk-VWLKACGR.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-HGL2UZWM.js";
import "./chunk-BQIHXTUM.js";
import "./chunk-OWPWSC36.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-6PKMK6IH.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-ZXSUJZ4A.js";
import "./chunk-UHFUV4OE.js";
import "./chunk-5J7GKD7D.js";
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
