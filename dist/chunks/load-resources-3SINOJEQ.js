import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-2XHHTCDH.js";
import "./chunk-YVV3WAK6.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-KOZ4K5ZZ.js";
import "./chunk-BBDCFGHM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-TPLDN7O7.js";
import "./chunk-SKBAHDTS.js";
import "./chunk-GVWEXEHE.js";
import "./chunk-RJHPGURN.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
