import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-4ANDUATS.js";
import "./chunk-6W5IALWO.js";
import "./chunk-QQF5JDBP.js";
import "./chunk-7QHVWHIY.js";
import "./chunk-BT7TUJRK.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-FUOHZRKX.js";
import "./chunk-FIONO5MN.js";
import "./chunk-TB53J5KO.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
