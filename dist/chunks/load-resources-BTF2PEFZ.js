import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-THD7JOSU.js";
import "./chunk-WMETH5NS.js";
import "./chunk-LF54IMFC.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-AGKMGXM5.js";
import "./chunk-7EQC74WR.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-DPOAEWCQ.js";
import "./chunk-GG6BDPUC.js";
import "./chunk-DNDVABMZ.js";
import "./chunk-RNEB55QZ.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
