import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-Z54265PL.js";
import "./chunk-CISWT7YH.js";
import "./chunk-MN6XY3JC.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-TOX6MI3A.js";
import "./chunk-KVE2Y4QW.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-RJMUHCIF.js";
import "./chunk-U4LQXTRO.js";
import "./chunk-YSLIAV2Q.js";
import "./chunk-ZJNPUHOF.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
