import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-OCJNXER3.js";
import "./chunk-Y54POTXM.js";
import "./chunk-FTRMGOIZ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-QLTODJJN.js";
import "./chunk-GRC6ZNDY.js";
import "./chunk-APDDPF7Q.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
