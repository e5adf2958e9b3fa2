import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-QRW3SR6P.js";
import "./chunk-GJOUIF6Q.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-PZRCGYUG.js";
import "./chunk-FZC5AWAA.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-3IZEAZ3V.js";
import "./chunk-AANPWZNV.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-QNVGPE75.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
