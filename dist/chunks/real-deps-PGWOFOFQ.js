import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  execaRunner,
  makeRealDeps
} from "./chunk-KRTMBTHT.js";
import "./chunk-LEVB2QWH.js";
import "./chunk-QNQHO6HF.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-73JBJGSY.js";
import "./chunk-RB5DY2LD.js";
import "./chunk-AUIH2O5L.js";
import "./chunk-KSTQWAIF.js";
export {
  execaRunner,
  makeRealDeps
};
