import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  execaRunner,
  makeRealDeps
} from "./chunk-27W6TJ6O.js";
import "./chunk-LEVB2QWH.js";
import "./chunk-GFSGM5JA.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-73JBJGSY.js";
import "./chunk-GVWEXEHE.js";
import "./chunk-AUIH2O5L.js";
import "./chunk-KSTQWAIF.js";
export {
  execaRunner,
  makeRealDeps
};
