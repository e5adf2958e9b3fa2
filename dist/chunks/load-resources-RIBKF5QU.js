import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-PFPSXE54.js";
import "./chunk-YXCTA6DU.js";
import "./chunk-I3LARDRM.js";
import "./chunk-3MJ4QMQ7.js";
import "./chunk-G7S4F2JK.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-LV3GLYUV.js";
import "./chunk-EYJPPESU.js";
import "./chunk-PKAUOOCU.js";
import "./chunk-ELDF5B2Y.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
