import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
} from "./chunk-RRAIL5PI.js";
import "./chunk-A4EYWGC3.js";
import "./chunk-2QEOQM5G.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-NFQ33OOL.js";
import "./chunk-TOOO5HT6.js";
import "./chunk-KSTQWAIF.js";
export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
