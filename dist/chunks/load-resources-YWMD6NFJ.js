import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-C662TDST.js";
import "./chunk-BFK74TSW.js";
import "./chunk-L6E2UGAT.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-QCH2LRTF.js";
import "./chunk-H6D4KUZM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-RWTEODWY.js";
import "./chunk-QR5QNZTA.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-AJDEGUHG.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
