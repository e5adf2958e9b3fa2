import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-3MHQ2OGO.js";
import "./chunk-XAH2Z6SB.js";
import "./chunk-67XCKY67.js";
import "./chunk-UFX447PQ.js";
import "./chunk-XAUEPQBZ.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-D6M6637M.js";
import "./chunk-GOWJG6M2.js";
import "./chunk-XOEFJUAZ.js";
import "./chunk-JAJC7RKO.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
