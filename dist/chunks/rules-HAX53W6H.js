import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  BUILTIN_RULES
} from "./chunk-YULJODXA.js";
import "./chunk-5LBIDD26.js";
import "./chunk-PS4S24AJ.js";
import "./chunk-5YVOR44Q.js";
import "./chunk-RB5DY2LD.js";
import "./chunk-AUIH2O5L.js";
import "./chunk-KSTQWAIF.js";
export {
  BUILTIN_RULES
};
