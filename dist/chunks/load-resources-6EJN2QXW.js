import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-NLNHPZEK.js";
import "./chunk-6M2H53DI.js";
import "./chunk-SPFJJE2H.js";
import "./chunk-KDJKCH5U.js";
import "./chunk-JDZRTBID.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-D6M6637M.js";
import "./chunk-PAMRYML3.js";
import "./chunk-LXP24EPE.js";
import "./chunk-FLT7N64H.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
