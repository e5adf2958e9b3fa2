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
} from "./chunk-AZ57HJO2.js";
import "./chunk-ZIO5AGVW.js";
import "./chunk-MBHWRDAW.js";
import "./chunk-6NHD2MFD.js";
import "./chunk-H3SVFY2Y.js";
import "./chunk-GFV5YE54.js";
import "./chunk-RWNYDMYS.js";
import "./chunk-UVMVSI5T.js";
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
