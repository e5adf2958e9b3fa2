import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-W6Q4JMKL.js";
import "./chunk-I3IZOAXE.js";
import "./chunk-DEJYAYR7.js";
import "./chunk-2HQIPVPP.js";
import "./chunk-AKI6URKW.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-NL2FJB2Y.js";
import "./chunk-DP56E4VV.js";
import "./chunk-35FRX4DH.js";
import "./chunk-O4R7W6VJ.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
