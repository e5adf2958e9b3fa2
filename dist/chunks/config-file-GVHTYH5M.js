import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-HPTZ4FOX.js";
import "./chunk-H364K374.js";
import "./chunk-7H4D4F2L.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-PZ3XBU6Z.js";
import "./chunk-5MYYGNG7.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
