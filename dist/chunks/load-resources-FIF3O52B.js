import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-UMRA3ITS.js";
import "./chunk-N4PC37V3.js";
import "./chunk-EOHJCTPM.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-OVIV3ULA.js";
import "./chunk-DDWWJP47.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-PDPAFSLO.js";
import "./chunk-UHEIIG7Z.js";
import "./chunk-2BUJTE7C.js";
import "./chunk-7BZBTLTC.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
