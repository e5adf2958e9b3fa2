import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  FAIL_ON_VALUES,
  lintCommand,
  lintResult,
  listOption,
  parseFailOn,
  reportContext,
  runLint,
  useColor
} from "./chunk-46SFGQRY.js";
import "./chunk-H2UAXGEN.js";
import "./chunk-KAUKOXF3.js";
import "./chunk-UZ3U6AHU.js";
import "./chunk-NK5BXKZO.js";
import "./chunk-QJMWYHH6.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-P6KRAVHN.js";
import "./chunk-XKIUQHNC.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-7BMERH6T.js";
import "./chunk-TAM2ANZM.js";
import "./chunk-YPK6SMTL.js";
import "./chunk-H63S3AS5.js";
import "./chunk-G5R74NVU.js";
import "./chunk-KSTQWAIF.js";
export {
  FAIL_ON_VALUES,
  lintCommand,
  lintResult,
  listOption,
  parseFailOn,
  reportContext,
  runLint,
  useColor
};
