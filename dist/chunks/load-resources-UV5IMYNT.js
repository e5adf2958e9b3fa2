import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-FPU3YMEW.js";
import "./chunk-2WWR5ZLM.js";
import "./chunk-NRW3V2X7.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-P62T67ZX.js";
import "./chunk-SAWBTUVQ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-UJDYSH6Y.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-NEW2WKOV.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
