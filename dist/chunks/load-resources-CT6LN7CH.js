import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-KQ4WNEAN.js";
import "./chunk-L4OHLNUI.js";
import "./chunk-OSPVNSTW.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-VZRN5KMR.js";
import "./chunk-G6A2W2CF.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-B2PF76VK.js";
import "./chunk-OYL2GOLL.js";
import "./chunk-QDVQVKN3.js";
import "./chunk-PX524UAB.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
