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
} from "./chunk-WA4AILBK.js";
import "./chunk-YZJQJHKN.js";
import "./chunk-IHXAWBJH.js";
import "./chunk-ZMU6SEUT.js";
import "./chunk-KOZ4K5ZZ.js";
import "./chunk-SKBAHDTS.js";
import "./chunk-RJHPGURN.js";
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
