import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-7CTUEOUE.js";
import "./chunk-H364K374.js";
import "./chunk-ZKSNMCX3.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-NDFQIIKT.js";
import "./chunk-7H4D4F2L.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LUS76JIY.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-PZ3XBU6Z.js";
import "./chunk-5MYYGNG7.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
