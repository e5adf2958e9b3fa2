import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-BOGF6NMK.js";
import "./chunk-JNDYHDYY.js";
import "./chunk-TVOJQYLV.js";
import "./chunk-NM45ZWHK.js";
import "./chunk-BCRDLWZU.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-JMV5NKFC.js";
import "./chunk-EZRGU4O2.js";
import "./chunk-5YX42G6Q.js";
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
