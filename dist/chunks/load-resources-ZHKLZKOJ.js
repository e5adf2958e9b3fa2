import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-AYKCE6JC.js";
import "./chunk-A4EYWGC3.js";
import "./chunk-5PXSOBOZ.js";
import "./chunk-RNJ66BFU.js";
import "./chunk-2QEOQM5G.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-D6M6637M.js";
import "./chunk-SKAMYMH6.js";
import "./chunk-NFQ33OOL.js";
import "./chunk-TOOO5HT6.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
