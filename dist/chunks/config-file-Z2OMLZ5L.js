import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-XBFB77EH.js";
import "./chunk-A3EBGXGJ.js";
import "./chunk-UITJ2FDE.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-SD3QPKIO.js";
import "./chunk-TPFN3F2I.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
