import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-RRR6GQUD.js";
import "./chunk-AAZPTN73.js";
import "./chunk-QFHRE7IX.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-4XSVVEE3.js";
import "./chunk-UVMVSI5T.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
