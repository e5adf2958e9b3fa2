import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-RGOQ73PJ.js";
import "./chunk-NCQL66HN.js";
import "./chunk-ZQVRBHAU.js";
import "./chunk-NM45ZWHK.js";
import "./chunk-BCRDLWZU.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-JMV5NKFC.js";
import "./chunk-EZRGU4O2.js";
import "./chunk-CCEPJQPK.js";
import "./chunk-UBQER4KP.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
