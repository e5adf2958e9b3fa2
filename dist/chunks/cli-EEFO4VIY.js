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
} from "./chunk-73AH5PLJ.js";
import "./chunk-UKZMQPIU.js";
import "./chunk-KFWYZP4A.js";
import "./chunk-5NVS2NUS.js";
import "./chunk-RNJ66BFU.js";
import "./chunk-DHJD67KQ.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-SKAMYMH6.js";
import "./chunk-TOOO5HT6.js";
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
