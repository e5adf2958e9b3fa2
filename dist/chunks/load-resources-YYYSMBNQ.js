import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-PDIIB347.js";
import "./chunk-HDNCI2XU.js";
import "./chunk-Y2EDSJ2E.js";
import "./chunk-L6BHVCQO.js";
import "./chunk-R7JESRF7.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-TAY33CQQ.js";
import "./chunk-INPKLRGZ.js";
import "./chunk-PAUMSVQU.js";
import "./chunk-KAB74NYU.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
