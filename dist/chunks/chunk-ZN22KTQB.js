import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-KSTQWAIF.js";

// node-builtin:node:fs
var require_node_fs = __commonJS({
  "node-builtin:node:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// node-builtin:node:events
var require_node_events = __commonJS({
  "node-builtin:node:events"(exports, module) {
    module.exports = __require("node:events");
  }
});

// node-builtin:node:os
var require_node_os = __commonJS({
  "node-builtin:node:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

export {
  require_node_fs,
  require_node_events,
  require_node_os
};
