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
} from "./chunk-2RLSQEAD.js";
import "./chunk-UWDJVMQ7.js";
import "./chunk-ANP6SLOH.js";
import "./chunk-BPPP52YT.js";
import "./chunk-FFCB6EKW.js";
import "./chunk-A3RY7UJ5.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4BQR3RZT.js";
import "./chunk-DHJD67KQ.js";
import "./chunk-IDJOVGPS.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-C6Z4J3YK.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-QZ3KLK6G.js";
import "./chunk-NAJ7WWNI.js";
import "./chunk-NNSWOF2K.js";
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
