/**
 * In-process ActionDeps for `run(deps)`: a recording core, the CLI's in-memory file system and an
 * in-memory GitHub. No module is mocked: the Action receives these as its dependencies.
 */
import { memoryIo, type MemoryIo } from '../../src/cli/testing/memory-io.js';
import type { ActionDeps, GithubApi, IssueComment } from '../../src/action/deps.js';

export interface FakeDeps extends ActionDeps {
  io: MemoryIo;
  outputs: Record<string, string>;
  failed: string[];
  logs: { level: string; message: string; file?: string }[];
  summary: string[];
  comments: (IssueComment & { issue: number })[];
}

/** `appendFile`: the file system can append, as the real one can (the Action then writes its large files a piece at a time). */
export function fakeDeps(options: { files?: Record<string, string>; inputs?: Record<string, string>; env?: Record<string, string>; event?: unknown; appendFile?: boolean }): FakeDeps {
  const io = memoryIo({ ...options.files, ...(options.event === undefined ? {} : { '/runner/event.json': JSON.stringify(options.event) }) }, { cwd: '/work', appendFile: options.appendFile });
  const inputs: Record<string, string> = { 'github-token': 'fake-token', ...options.inputs };
  const comments: FakeDeps['comments'] = [];
  let nextId = 1;
  const github: GithubApi = {
    async *issueComments(issue) {
      yield comments.filter((c) => c.issue === issue.number);
    },
    createIssueComment: async (issue, body) => {
      comments.push({ id: nextId, body, authorType: 'Bot', author: 'github-actions[bot]', issue: issue.number });
      return { id: nextId++ };
    },
    updateIssueComment: async (_repo, id, body) => {
      comments.find((c) => c.id === id)!.body = body;
    },
    async *pullRequestFiles() {
      yield [];
    },
    pullRequestHead: async () => ({ sha: '0'.repeat(40) }),
    identity: async () => null,
  };
  const deps: FakeDeps = {
    io,
    outputs: {},
    failed: [],
    logs: [],
    summary: [],
    comments,
    env: { ...(options.event === undefined ? {} : { GITHUB_EVENT_PATH: '/runner/event.json' }), RUNNER_TEMP: '/runner', ...options.env },
    core: {
      getInput: (name) => (inputs[name] ?? '').trim(),
      setOutput: (name, value) => void (deps.outputs[name] = String(value)),
      setFailed: (message) => void deps.failed.push(message),
      info: (message) => void deps.logs.push({ level: 'info', message }),
      debug: (message) => void deps.logs.push({ level: 'debug', message }),
      warning: (message, p) => void deps.logs.push({ level: 'warning', message, file: p?.file }),
      error: (message, p) => void deps.logs.push({ level: 'error', message, file: p?.file }),
      notice: (message, p) => void deps.logs.push({ level: 'notice', message, file: p?.file }),
      writeSummary: async (markdown) => void deps.summary.push(markdown),
    },
    github: () => github,
    e2e: () => {
      throw new Error('e2e is not available in these tests');
    },
  };
  return deps;
}
