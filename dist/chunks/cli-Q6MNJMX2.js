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
} from "./chunk-FM4FQFVZ.js";
import "./chunk-UKZMQPIU.js";
import "./chunk-WUPHBIS2.js";
import "./chunk-W2ACEG4G.js";
import "./chunk-KWGPO7WT.js";
import "./chunk-DHJD67KQ.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-L5Z72M3P.js";
import "./chunk-KCGJMJ7T.js";
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
