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
} from "./chunk-LKKVTPAM.js";
import "./chunk-UKZMQPIU.js";
import "./chunk-UYOGFVJW.js";
import "./chunk-MBHWRDAW.js";
import "./chunk-KAUKOXF3.js";
import "./chunk-P6KRAVHN.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-TAM2ANZM.js";
import "./chunk-H63S3AS5.js";
import "./chunk-G5R74NVU.js";
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
