import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-NBWAGUBE.js";
import "./chunk-Y54POTXM.js";
import "./chunk-6QI5EHAY.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-NYIHSVG4.js";
import "./chunk-FTRMGOIZ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-O3ELECAI.js";
import "./chunk-QLTODJJN.js";
import "./chunk-GRC6ZNDY.js";
import "./chunk-APDDPF7Q.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
