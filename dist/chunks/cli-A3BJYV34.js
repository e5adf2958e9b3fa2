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
} from "./chunk-JQNYLCX5.js";
import "./chunk-UKZMQPIU.js";
import "./chunk-NYY4ZDK5.js";
import "./chunk-5YOCMT5Y.js";
import "./chunk-KDJKCH5U.js";
import "./chunk-DHJD67KQ.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-PAMRYML3.js";
import "./chunk-FLT7N64H.js";
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
