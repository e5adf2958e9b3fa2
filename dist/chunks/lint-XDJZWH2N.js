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
} from "./chunk-XFIY5U6U.js";
import "./chunk-OSNOA27I.js";
import "./chunk-42OVWEO6.js";
import "./chunk-GD2AFFLZ.js";
import "./chunk-BOUPW6KT.js";
import "./chunk-VWLKACGR.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-QC3BRJNN.js";
import "./chunk-BQIHXTUM.js";
import "./chunk-RUEAC7E5.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-OABFMLAR.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-GCYOLPWP.js";
import "./chunk-6NFVX76V.js";
import "./chunk-667KNK3D.js";
import "./chunk-Z3JVJDJR.js";
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
