import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-CCWPOEQQ.js";
import "./chunk-NL65XBLF.js";
import "./chunk-MYCCQJYL.js";
import "./chunk-IYRE262Y.js";
import "./chunk-QTYM6MBU.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-623MPLSZ.js";
import "./chunk-W44NJBYS.js";
import "./chunk-VMUM75S6.js";
import "./chunk-CHTT4BCG.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
