import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-DN5NMHN3.js";
import "./chunk-QWQPIDVC.js";
import "./chunk-PJ2336MH.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-ZSNINHTM.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
