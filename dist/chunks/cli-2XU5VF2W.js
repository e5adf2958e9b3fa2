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
} from "./chunk-CE43CFNK.js";
import "./chunk-UKZMQPIU.js";
import "./chunk-HL5Z3SKA.js";
import "./chunk-4LTKSLLC.js";
import "./chunk-VQ7CDH7E.js";
import "./chunk-BQIHXTUM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-J6JTB63L.js";
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
