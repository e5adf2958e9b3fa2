import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-OPWV3EOU.js";
import "./chunk-EVSZASPO.js";
import "./chunk-5J63U3JN.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-H5SGMAEI.js";
import "./chunk-RVV7IBL3.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-ZUDFFNF7.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-CZN5P55Z.js";
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
