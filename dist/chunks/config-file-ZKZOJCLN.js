import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-WRNNBIGG.js";
import "./chunk-LZ6I2SA6.js";
import "./chunk-PZXMZMDJ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-WFOEE6PX.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
