import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-OJZ7HW6F.js";
import "./chunk-S6TUXBSG.js";
import "./chunk-UXBIKFCT.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-RWNYDMYS.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
