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
} from "./chunk-IWK3RR4F.js";
import "./chunk-UKZMQPIU.js";
import "./chunk-74CSVP6T.js";
import "./chunk-OSNOA27I.js";
import "./chunk-QC3BRJNN.js";
import "./chunk-BQIHXTUM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-GCYOLPWP.js";
import "./chunk-667KNK3D.js";
import "./chunk-Z3JVJDJR.js";
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
