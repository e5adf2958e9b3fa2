import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-5CIF7ZY3.js";
import "./chunk-EIUGLKX7.js";
import "./chunk-ZAI5XE6T.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-GNNPAIGF.js";
import "./chunk-ANPEK5HD.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-YBDEVVD4.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-7WARHDQX.js";
import "./chunk-X6BWP3AO.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
