import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-3SDI2OHF.js";
import "./chunk-K32UXTOX.js";
import "./chunk-C6VIUT7O.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-JCMRAFD5.js";
import "./chunk-ZRQQ7CWM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-76XEBV2N.js";
import "./chunk-OYL2GOLL.js";
import "./chunk-D5UMBXI7.js";
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
