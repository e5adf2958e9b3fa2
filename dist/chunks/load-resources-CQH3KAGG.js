import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-SLLDXVHW.js";
import "./chunk-YHKE2KEE.js";
import "./chunk-TMUZYLGF.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-CHBK5L5O.js";
import "./chunk-BZ3SNEQY.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-SZPDPPGN.js";
import "./chunk-EVDBLZGL.js";
import "./chunk-LXTO2FXQ.js";
import "./chunk-ZESIROR2.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
