import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-FQ4GGKGV.js";
import "./chunk-XDHSZFM3.js";
import "./chunk-LESCXIIE.js";
import "./chunk-AXHSZH2J.js";
import "./chunk-5HPP5HHK.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-VQPUX7IT.js";
import "./chunk-JRZJ7GSG.js";
import "./chunk-IFFA4KKD.js";
import "./chunk-3DLLLQ7E.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
