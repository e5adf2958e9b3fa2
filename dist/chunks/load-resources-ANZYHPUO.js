import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-ACWLDAFD.js";
import "./chunk-AAIOB4KG.js";
import "./chunk-SETWESYL.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-5T7EQXEY.js";
import "./chunk-SQWFMRJ2.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-FBWXJHVQ.js";
import "./chunk-L6GBLAPV.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-UIVXKAJZ.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
