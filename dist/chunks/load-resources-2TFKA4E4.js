import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-GS6LI7WS.js";
import "./chunk-FX2NBYVJ.js";
import "./chunk-ABYHJCIN.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-6DBTYM2Q.js";
import "./chunk-S32ZQNWA.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-OGA4PREM.js";
import "./chunk-STJWI3DJ.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-AKORUU3P.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
