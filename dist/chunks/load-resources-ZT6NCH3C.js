import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-S7KSSCLG.js";
import "./chunk-KS7Y5WVC.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-S2QCYFLQ.js";
import "./chunk-MNWQJGI2.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-3AS7ZWAZ.js";
import "./chunk-OOQILFLE.js";
import "./chunk-4T7BPGL5.js";
import "./chunk-RJHPGURN.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
