import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-FRMC2U5J.js";
import "./chunk-GWLK2KZH.js";
import "./chunk-IA6LO75I.js";
import "./chunk-ZPG6235W.js";
import "./chunk-BCWYA5LE.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-MQ73FINO.js";
import "./chunk-PD6VYZS3.js";
import "./chunk-N43PDTFQ.js";
import "./chunk-2IFAW5AW.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
