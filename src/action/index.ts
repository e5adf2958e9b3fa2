/** The Action's entry (`dist/action.js`): builds the real dependencies and runs. */
import v8 from 'node:v8';
import { tuneV8ForOneShotRun } from '../io/v8-tuning.js';
import { run } from './main.js';
import { realDeps } from './real-deps.js';

tuneV8ForOneShotRun({ setFlags: v8.setFlagsFromString, env: process.env, nodeVersion: process.versions.node });

await run(realDeps());
