import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-MAZ4TX53.js";
import "./chunk-UG4PVMOD.js";
import "./chunk-W377ZIJI.js";
import "./chunk-YLK336RF.js";
import "./chunk-OWPWSC36.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-D6M6637M.js";
import "./chunk-PZDPHQFA.js";
import "./chunk-UHFUV4OE.js";
import "./chunk-2SRX75SC.js";
import "./chunk-VDN5AHPT.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
