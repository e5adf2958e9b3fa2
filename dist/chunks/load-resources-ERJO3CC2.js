import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-XTZPLNBM.js";
import "./chunk-S6TUXBSG.js";
import "./chunk-Z7YPB45X.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-QM32CZYA.js";
import "./chunk-UXBIKFCT.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-5RKI7R67.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-RWNYDMYS.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
