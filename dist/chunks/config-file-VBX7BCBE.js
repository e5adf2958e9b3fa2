import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-BMEN5CT7.js";
import "./chunk-GNXCXQZO.js";
import "./chunk-HAI7F6TR.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-VCDEJ5AI.js";
import "./chunk-WHW6J6WA.js";
import "./chunk-B635NA7X.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
