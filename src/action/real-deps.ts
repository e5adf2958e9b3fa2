/** The real ActionDeps: `@actions/core`, `@actions/github`, node:fs and the process. */
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { realIo } from '../cli/real-io.js';
import { makeRealDeps } from '../../e2e/real-deps.js';
import type { ActionDeps } from './deps.js';
import { octokitApi } from './github-api.js';
import { DEFAULT_RETRY, makeRetry } from './retry.js';

/** `afterEachFile`: the process's heap checkpoint (index.ts: newSpaceCapForThisProcess), if any. */
export function realDeps(afterEachFile?: () => void): ActionDeps {
  return {
    core: {
      getInput: (name) => core.getInput(name),
      setOutput: (name, value) => core.setOutput(name, value),
      setFailed: (message) => core.setFailed(message),
      info: (message) => core.info(message),
      debug: (message) => core.debug(message),
      warning: (message, properties) => core.warning(message, properties),
      error: (message, properties) => core.error(message, properties),
      notice: (message, properties) => core.notice(message, properties),
      writeSummary: async (markdown) => {
        await core.summary.addRaw(markdown).write();
      },
    },
    io: realIo({ afterEachFile }),
    env: process.env,
    // NETLINT_API_TIMEOUT_MS shortens the per-request timeout (the tests' stand-in API hangs on
    // purpose), NETLINT_API_RETRY_BUDGET_MS the time all retries may wait together.
    github: (token, apiUrl) =>
      octokitApi(
        getOctokit(token, { baseUrl: apiUrl }),
        Number(process.env.NETLINT_API_TIMEOUT_MS) || undefined,
        makeRetry({
          ...DEFAULT_RETRY,
          budgetMs: Number(process.env.NETLINT_API_RETRY_BUDGET_MS) || DEFAULT_RETRY.budgetMs,
          now: () => Date.now(),
          sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        }),
      ),
    e2e: () => ({ deps: makeRealDeps(), options: { workDir: path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'netlint-e2e') } }),
  };
}
