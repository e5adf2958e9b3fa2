import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-DMSJJHPX.js";
import "./chunk-FZC5AWAA.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-QNVGPE75.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
