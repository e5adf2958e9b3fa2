import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-3RPBC725.js";
import "./chunk-AT3FFHVV.js";
import "./chunk-2HAVQ7IO.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-JYZ4HOCB.js";
import "./chunk-V43TP3CU.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-R5HQU7UZ.js";
import "./chunk-EKOR6K5W.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-2FL6I5PZ.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
