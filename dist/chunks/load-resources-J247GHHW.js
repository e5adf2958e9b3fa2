import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
} from "./chunk-DVYVVTVX.js";
import "./chunk-AAZPTN73.js";
import "./chunk-J2MG2RMX.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-X2RZKEEG.js";
import "./chunk-QFHRE7IX.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-U37QIOE3.js";
import "./chunk-5ZNWRY6F.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-4XSVVEE3.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources
};
