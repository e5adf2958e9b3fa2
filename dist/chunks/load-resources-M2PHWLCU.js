import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-EZANY3VO.js";
import "./chunk-QWQPIDVC.js";
import "./chunk-XYDX3QLX.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-QCH2LRTF.js";
import "./chunk-PJ2336MH.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-RWTEODWY.js";
import "./chunk-QR5QNZTA.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-ZSNINHTM.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
