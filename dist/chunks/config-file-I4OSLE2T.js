import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-KPDZMGRJ.js";
import "./chunk-4Y2JJ7FB.js";
import "./chunk-KDE2RQF2.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-6Z5TW3QQ.js";
import "./chunk-NC24FO7P.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
