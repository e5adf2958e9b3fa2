import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-KYMH2AOL.js";
import "./chunk-UYXL4EB2.js";
import "./chunk-BZWV7KZD.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-IA7ROGQU.js";
import "./chunk-IJVK6L3E.js";
import "./chunk-7BZBTLTC.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
