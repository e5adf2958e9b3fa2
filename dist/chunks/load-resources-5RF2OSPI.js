import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-HPU3NACO.js";
import "./chunk-UAZB3Z2T.js";
import "./chunk-7ANYBVWC.js";
import "./chunk-KWGPO7WT.js";
import "./chunk-RW5RRYVV.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-D6M6637M.js";
import "./chunk-L5Z72M3P.js";
import "./chunk-WPY5LWXK.js";
import "./chunk-KCGJMJ7T.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
