import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-TSD73XHP.js";
import "./chunk-PS5QTU7R.js";
import "./chunk-BZZJKAEK.js";
import "./chunk-VIZ7KK4K.js";
import "./chunk-KLTUHGXA.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-D6M6637M.js";
import "./chunk-A2ABIIKU.js";
import "./chunk-MEZELKYS.js";
import "./chunk-PLPIAHBG.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
