import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-U77X5BKX.js";
import "./chunk-Z3KDJ37D.js";
import "./chunk-Z4EKWKHL.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-VGIGZZYS.js";
import "./chunk-3MEJSM5I.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-3EY4GUAE.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-TLG4PJEQ.js";
import "./chunk-XTIPASDY.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
