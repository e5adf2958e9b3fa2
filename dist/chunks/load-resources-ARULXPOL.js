import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-KJXIGA5I.js";
import "./chunk-LZ6I2SA6.js";
import "./chunk-IMSS62JY.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-UCREHTXH.js";
import "./chunk-PZXMZMDJ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-KOAUMHRP.js";
import "./chunk-OYUWGWKA.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-WFOEE6PX.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
