import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-B6TFHW4M.js";
import "./chunk-EVSZASPO.js";
import "./chunk-RVV7IBL3.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-CZN5P55Z.js";
import "./chunk-NC24FO7P.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
