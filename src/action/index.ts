/** The Action's entry (`dist/action.js`): builds the real dependencies and runs. */
import { tuneV8ForThisProcess } from '../io/v8-tuning.js';
import { run } from './main.js';
import { realDeps } from './real-deps.js';

tuneV8ForThisProcess();

await run(realDeps());
