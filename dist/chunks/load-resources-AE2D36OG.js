import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-4V2RVPTA.js";
import "./chunk-BPPP52YT.js";
import "./chunk-FFCB6EKW.js";
import "./chunk-4BQR3RZT.js";
import "./chunk-IDJOVGPS.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-QZ3KLK6G.js";
import "./chunk-NAJ7WWNI.js";
import "./chunk-NNSWOF2K.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
