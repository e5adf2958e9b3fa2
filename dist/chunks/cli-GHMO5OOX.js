import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  BUILTIN_SUITE,
  DEFAULT_POLICY_PROFILE,
  DEFAULT_RUN_OPTIONS,
  E2E_HELP,
  e2eMain,
  manifestsScenario,
  renderE2eJson,
  renderE2eJunit,
  renderE2eMarkdown,
  renderE2eText,
  runProfiles,
  selectSuite
} from "./chunk-AWCL23V3.js";
import "./chunk-UKZMQPIU.js";
import "./chunk-YQUPU2PY.js";
import "./chunk-F6L4XYBW.js";
import "./chunk-YLK336RF.js";
import "./chunk-BQIHXTUM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-PZDPHQFA.js";
import "./chunk-2SRX75SC.js";
import "./chunk-VDN5AHPT.js";
import "./chunk-KSTQWAIF.js";
export {
  BUILTIN_SUITE,
  DEFAULT_POLICY_PROFILE,
  DEFAULT_RUN_OPTIONS,
  E2E_HELP,
  e2eMain,
  manifestsScenario,
  renderE2eJson,
  renderE2eJunit,
  renderE2eMarkdown,
  renderE2eText,
  runProfiles,
  selectSuite
};
