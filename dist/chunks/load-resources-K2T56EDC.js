import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-CJ7QNWP4.js";
import "./chunk-YXD43OG3.js";
import "./chunk-32JVRE5P.js";
import "./chunk-NTBRFLUE.js";
import "./chunk-T465SN6W.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-Q4VJHUV7.js";
import "./chunk-KJHKOTVJ.js";
import "./chunk-2X4DOEGU.js";
import "./chunk-3XXRJJ5M.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
