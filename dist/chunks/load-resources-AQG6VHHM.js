import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-E7E2TBLI.js";
import "./chunk-KEKCSZSU.js";
import "./chunk-3CANFWP6.js";
import "./chunk-LTI67VUT.js";
import "./chunk-4F6ZLGJE.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-QU7BBP3G.js";
import "./chunk-HYXHZVF7.js";
import "./chunk-BQ2CT3WP.js";
import "./chunk-O3VZX3PH.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
