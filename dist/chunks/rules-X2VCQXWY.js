import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  BUILTIN_RULES
} from "./chunk-6WPFLUZN.js";
import "./chunk-4NSFFDXL.js";
import "./chunk-PS4S24AJ.js";
import "./chunk-5YVOR44Q.js";
import "./chunk-GVWEXEHE.js";
import "./chunk-AUIH2O5L.js";
import "./chunk-KSTQWAIF.js";
export {
  BUILTIN_RULES
};
