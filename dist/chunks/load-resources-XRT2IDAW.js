import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-2PMUPT4Y.js";
import "./chunk-3DAGCSJA.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-OPEL2MID.js";
import "./chunk-O4ZWSL6E.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-TG4CJGW7.js";
import "./chunk-DKCSHRCZ.js";
import "./chunk-GVWEXEHE.js";
import "./chunk-HS7ZTD4S.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
