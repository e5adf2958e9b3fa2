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
} from "./chunk-RK7V2B6U.js";
import "./chunk-UKZMQPIU.js";
import "./chunk-AG2MPT4Q.js";
import "./chunk-UWDJVMQ7.js";
import "./chunk-4BQR3RZT.js";
import "./chunk-DHJD67KQ.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-QZ3KLK6G.js";
import "./chunk-NNSWOF2K.js";
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
