import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-JUAJUA5I.js";
import "./chunk-GNXCXQZO.js";
import "./chunk-TRVJZNF6.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-AV7F23CU.js";
import "./chunk-HAI7F6TR.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-5FPWNLNG.js";
import "./chunk-VCDEJ5AI.js";
import "./chunk-WHW6J6WA.js";
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
