import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-IGHS36CP.js";
import "./chunk-RW3KWLXZ.js";
import "./chunk-RGEPHXAA.js";
import "./chunk-GB7TUNMO.js";
import "./chunk-ZB7UHVA4.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-D6M6637M.js";
import "./chunk-WNHFI2U6.js";
import "./chunk-U7XE2FZN.js";
import "./chunk-WJBBV4H4.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
