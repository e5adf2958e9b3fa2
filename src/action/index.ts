/** The Action's entry (`dist/action.js`): builds the real dependencies and runs. */
import { newSpaceCapForThisProcess, tuneV8ForThisProcess } from '../io/v8-tuning.js';
import { listInput } from './inputs.js';
import { run } from './main.js';
import { realDeps } from './real-deps.js';

// The `mode` input as the runner passes it (INPUT_MODE, what core.getInput('mode') reads), before
// readInputs checks it: only the flags depend on it here, and a bad value still fails there.
const modes = listInput(process.env.INPUT_MODE || 'lint');
tuneV8ForThisProcess(modes);

await run(realDeps(newSpaceCapForThisProcess(modes)));
