import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-LYAXRYU3.js";
import "./chunk-V76E2YG2.js";
import "./chunk-UUTVX7MA.js";
import "./chunk-ELMBY6LR.js";
import "./chunk-IXNIWJA7.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-XY3C43N3.js";
import "./chunk-62S3FW3T.js";
import "./chunk-TBRDYHNO.js";
import "./chunk-KBNMESCR.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
