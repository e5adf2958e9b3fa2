import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  BUILTIN_RULES
} from "./chunk-RXC4V3DW.js";
import "./chunk-QCFYSKNS.js";
import "./chunk-4ZQRPXXM.js";
import "./chunk-YOJ3IDF6.js";
import "./chunk-RB5DY2LD.js";
import "./chunk-AUIH2O5L.js";
import "./chunk-KSTQWAIF.js";
export {
  BUILTIN_RULES
};
