import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-JXARORSF.js";
import "./chunk-GEJZGGV4.js";
import "./chunk-M52A2553.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-VCDEJ5AI.js";
import "./chunk-RUZUJFI3.js";
import "./chunk-B635NA7X.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
