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
} from "./chunk-RPNJG375.js";
import "./chunk-2DGIN3NM.js";
import "./chunk-TZG5MCM5.js";
import "./chunk-PS5QTU7R.js";
import "./chunk-BZZJKAEK.js";
import "./chunk-A3RY7UJ5.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-VIZ7KK4K.js";
import "./chunk-DHJD67KQ.js";
import "./chunk-KLTUHGXA.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-6W7WKNNA.js";
import "./chunk-D6M6637M.js";
import "./chunk-A2ABIIKU.js";
import "./chunk-MEZELKYS.js";
import "./chunk-PLPIAHBG.js";
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
