import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-RKO3OCX2.js";
import "./chunk-4Y2JJ7FB.js";
import "./chunk-FMUHC666.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-BGE3GPOR.js";
import "./chunk-KDE2RQF2.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-RTTH3ELO.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-6Z5TW3QQ.js";
import "./chunk-NC24FO7P.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
