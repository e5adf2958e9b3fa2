import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-LPYSG5VR.js";
import "./chunk-I32NDQTH.js";
import "./chunk-6ZGZ7LZL.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-L5AMPRD4.js";
import "./chunk-FTRMGOIZ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-QTFMNFWM.js";
import "./chunk-QLTODJJN.js";
import "./chunk-QKJLL2XZ.js";
import "./chunk-APDDPF7Q.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
