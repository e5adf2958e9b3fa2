import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-CNBT3QNA.js";
import "./chunk-N4PC37V3.js";
import "./chunk-AY6ZPBSX.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-U4VDFLZC.js";
import "./chunk-DDWWJP47.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-BGZ4IER5.js";
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
