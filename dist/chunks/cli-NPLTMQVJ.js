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
} from "./chunk-REWPH2FB.js";
import "./chunk-UKZMQPIU.js";
import "./chunk-ALJX32RQ.js";
import "./chunk-M4XKWZEA.js";
import "./chunk-R24ANQNJ.js";
import "./chunk-BWQNHVPN.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-VLBXOQRN.js";
import "./chunk-B7WX6HPH.js";
import "./chunk-APDDPF7Q.js";
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
