import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-5VAVI5HR.js";
import "./chunk-O4ZWSL6E.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-GVWEXEHE.js";
import "./chunk-HS7ZTD4S.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
