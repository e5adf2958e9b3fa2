import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-SWJX2OYK.js";
import "./chunk-7OYU2WZ4.js";
import "./chunk-IDJOVGPS.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-NAJ7WWNI.js";
import "./chunk-NNSWOF2K.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
