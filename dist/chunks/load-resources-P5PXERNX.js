import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-57N6C66M.js";
import "./chunk-DC5BPZ23.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-2LI3GAQL.js";
import "./chunk-DT7I7GMM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-RYRDUUMB.js";
import "./chunk-KNDNYPH3.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-FNMRGHN4.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
