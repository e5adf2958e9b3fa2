import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-5BY5TZQH.js";
import "./chunk-VMQIUCAO.js";
import "./chunk-C2YXSP37.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-BGE3GPOR.js";
import "./chunk-VKK2G7IO.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-RTTH3ELO.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-UDFG6I4V.js";
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
