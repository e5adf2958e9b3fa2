import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
} from "./chunk-77IJQGLK.js";
import "./chunk-QEUUR2R6.js";
import "./chunk-XMCPVDTZ.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-WSNM2EOG.js";
import "./chunk-FTRMGOIZ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-4TBZ4FGT.js";
import "./chunk-VLBXOQRN.js";
import "./chunk-QLTODJJN.js";
import "./chunk-OJB44GQ3.js";
import "./chunk-APDDPF7Q.js";
import "./chunk-KSTQWAIF.js";
export {
  InputError,
  describeProblem,
  loadInput,
  loadReadableResources,
  loadResources,
  skippedTemplatesNote
};
