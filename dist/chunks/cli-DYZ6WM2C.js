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
} from "./chunk-UEMCWNBW.js";
import "./chunk-UKZMQPIU.js";
import "./chunk-TXXEHMZ5.js";
import "./chunk-M4XKWZEA.js";
import "./chunk-GNBJ2WEJ.js";
import "./chunk-OBRVSUKW.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-SM4HOLDV.js";
import "./chunk-QUBX7Q4Z.js";
import "./chunk-ZFEOB2XR.js";
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
