import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadResources
} from "./chunk-7FKVLHNS.js";
import "./chunk-PF43LS22.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-P4SORQMX.js";
import "./chunk-QNQHO6HF.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-4ZQRPXXM.js";
import "./chunk-YOJ3IDF6.js";
import "./chunk-RB5DY2LD.js";
import "./chunk-AUIH2O5L.js";
import "./chunk-KSTQWAIF.js";
export {
  loadResources
};
