import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-I3F5EZIN.js";
import "./chunk-GD2AFFLZ.js";
import "./chunk-BOUPW6KT.js";
import "./chunk-QC3BRJNN.js";
import "./chunk-RUEAC7E5.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-GCYOLPWP.js";
import "./chunk-6NFVX76V.js";
import "./chunk-667KNK3D.js";
import "./chunk-Z3JVJDJR.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
