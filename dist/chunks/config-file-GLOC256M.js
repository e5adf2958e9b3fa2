import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-Y74FQBWR.js";
import "./chunk-755H4I6M.js";
import "./chunk-KTL7DCMC.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-SYK2A2BY.js";
import "./chunk-WHW6J6WA.js";
import "./chunk-B635NA7X.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
