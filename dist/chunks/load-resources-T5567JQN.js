import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-B546KCHE.js";
import "./chunk-SJ3EFYC5.js";
import "./chunk-6ZHVVNUZ.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-JCMRAFD5.js";
import "./chunk-RKATAME6.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-76XEBV2N.js";
import "./chunk-OYL2GOLL.js";
import "./chunk-IT3GXKVX.js";
import "./chunk-PX524UAB.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
