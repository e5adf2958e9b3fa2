import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-25VHAN4G.js";
import "./chunk-GNXCXQZO.js";
import "./chunk-RM7QVL2K.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-SN3UQKMR.js";
import "./chunk-HAI7F6TR.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-XSHVYLCD.js";
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
