import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-OHJ5QTIA.js";
import "./chunk-D54C6SFP.js";
import "./chunk-QSISRCC4.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-JCMRAFD5.js";
import "./chunk-L54BXNFI.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-76XEBV2N.js";
import "./chunk-OYL2GOLL.js";
import "./chunk-JCDGPCPV.js";
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
