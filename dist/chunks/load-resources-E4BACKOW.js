import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-F66X3SGD.js";
import "./chunk-755H4I6M.js";
import "./chunk-3CLVDOGV.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-SN3UQKMR.js";
import "./chunk-KTL7DCMC.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-XSHVYLCD.js";
import "./chunk-SYK2A2BY.js";
import "./chunk-WHW6J6WA.js";
import "./chunk-B635NA7X.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
