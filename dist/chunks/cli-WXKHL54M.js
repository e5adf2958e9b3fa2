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
} from "./chunk-HSBK2OCO.js";
import "./chunk-JJPOGYNP.js";
import "./chunk-IHXAWBJH.js";
import "./chunk-T3R5UMP6.js";
import "./chunk-KZLY3UEB.js";
import "./chunk-ZZY3PCYA.js";
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
