import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-5SDYR6LO.js";
import "./chunk-PBP7OBRW.js";
import "./chunk-4PQETOOE.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-DOT6INA7.js";
import "./chunk-FI2T2PXQ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-3FQGKSIM.js";
import "./chunk-JME3TXCY.js";
import "./chunk-T335ZV5C.js";
import "./chunk-AGE36S2B.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
