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
} from "./chunk-5AW5AVSC.js";
import "./chunk-UKZMQPIU.js";
import "./chunk-RF4UV7LQ.js";
import "./chunk-2DGIN3NM.js";
import "./chunk-VIZ7KK4K.js";
import "./chunk-DHJD67KQ.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-A2ABIIKU.js";
import "./chunk-PLPIAHBG.js";
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
