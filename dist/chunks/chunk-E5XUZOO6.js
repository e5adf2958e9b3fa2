import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-KSTQWAIF.js";

// node-builtin:node:util
var require_node_util = __commonJS({
  "node-builtin:node:util"(exports, module) {
    module.exports = __require("node:util");
  }
});

export {
  require_node_util
};
