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
} from "./chunk-5MAIE4LP.js";
import "./chunk-UKZMQPIU.js";
import "./chunk-JWOEZRRB.js";
import "./chunk-QU6HVZSA.js";
import "./chunk-7QHVWHIY.js";
import "./chunk-BQIHXTUM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-FUOHZRKX.js";
import "./chunk-TB53J5KO.js";
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
