import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-LRRD335S.js";
import "./chunk-GEJZGGV4.js";
import "./chunk-RXMTHWSV.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-4UBURTG4.js";
import "./chunk-M52A2553.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-KDQJD57M.js";
import "./chunk-VCDEJ5AI.js";
import "./chunk-RUZUJFI3.js";
import "./chunk-B635NA7X.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
