import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-HM22ELWD.js";
import "./chunk-POG6SRI6.js";
import "./chunk-L5LVGTPC.js";
import "./chunk-64PVDSZ4.js";
import "./chunk-OYEAEKCC.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-F23YOW7C.js";
import "./chunk-AO3IOIAW.js";
import "./chunk-ZHCEVHXU.js";
import "./chunk-6N5ZXTMK.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
