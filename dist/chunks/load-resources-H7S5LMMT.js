import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-LYF5P3NT.js";
import "./chunk-FHHP3LSE.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-KZLY3UEB.js";
import "./chunk-BBDCFGHM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-73FYBQDO.js";
import "./chunk-ZZY3PCYA.js";
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
