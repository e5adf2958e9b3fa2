import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadResources
} from "./chunk-OYXJWQ2W.js";
import "./chunk-OSAGCMX4.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-6GEQIWPV.js";
import "./chunk-4XNLUYM6.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-IYR4N2YF.js";
import "./chunk-LXTQJA3R.js";
import "./chunk-GVWEXEHE.js";
import "./chunk-HS7ZTD4S.js";
import "./chunk-KSTQWAIF.js";
export {
  loadResources
};
