import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-JZW5XUZF.js";
import "./chunk-YNEDVMUS.js";
import "./chunk-IZQ4U67Q.js";
import "./chunk-2O7OJOZS.js";
import "./chunk-NITZMOTU.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-ODJKJJLQ.js";
import "./chunk-JRZJ7GSG.js";
import "./chunk-IFFA4KKD.js";
import "./chunk-3DLLLQ7E.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
