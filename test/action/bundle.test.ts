/**
 * The committed Action entry, run as GitHub runs it (see run-action.ts), against the stand-in
 * REST API (api-stub.ts), under the machine's Node and under Node 24 (`runs.using: node24`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { READ_ONLY_TOKEN, GITHUB_COMMENT_LIMIT, rateLimited, startApiStub, type ApiStub, type ScriptedFailure } from './api-stub.js';
import { pullRequestFromFork, pullRequestOpened, push, workflowRunFromFork } from './payloads.js';
import { actionBundle, makeWorkspace, nodeBinaries, runAction, versionOf, type ActionRun, type NodeBinary, type Workspace } from './run-action.js';
import { sarifValidator } from '../schemas/sarif.js';

const BAD_POOL = `apiVersion: projectcalico.org/v3
kind: IPPool
metadata:
  name: rack-0
spec:
  cidr: 10.1.0.0/16
  blockSize: 40
`;
const CONFIG_MAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  greeting: hello
`;
const MARKER = '<!-- netlint:comment lint -->';
const COMMENTS_PATH = '/repos/Codertocat/Hello-World/issues/2/comments';

function pools(count: number, name: (i: number) => string = (i) => `rack-${i}`): string {
  return Array.from({ length: count }, (_, i) => BAD_POOL.replace('rack-0', JSON.stringify(name(i))).replace('10.1.0.0/16', `10.${i >> 8}.${i & 255}.0/24`)).join('---\n');
}

const validateSarif = sarifValidator();

/** Requests that change something (a GraphQL query only reads: it asks who the token is). */
const writes = (api: ApiStub) => api.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');
const annotations = (run: ActionRun, level: string) => run.commands.filter((c) => c.command === level);
const failedWith = (run: ActionRun) => annotations(run, 'error').filter((c) => !c.properties.file).map((c) => c.message);
const warnings = (run: ActionRun) => annotations(run, 'warning').map((c) => c.message);

/** The rows of the findings tables (not their heads). */
const findingRows = (markdown: string) => markdown.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Line') && !l.startsWith('| ---'));

/** Removes code spans (any fence length), inside which nothing is markdown, HTML or a mention. */
function outsideCode(markdown: string): string {
  return markdown.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');
}

// Each test starts the bundle in a fresh node several times; leave room on a busy CI machine.
vi.setConfig({ testTimeout: 120_000 });

const NODES = nodeBinaries();
beforeAll(() => actionBundle(), 120_000);

it('has Node 24 (the Action runtime) besides the machine Node to run the bundle with', () => {
  expect(versionOf(NODES[1].path)).toMatch(/^v24\./);
  expect(NODES[0].path).not.toBe(NODES[1].path);
});

describe.each(NODES)('dist/action.js under $label', (node: NodeBinary) => {
  let api: ApiStub;
  let ws: Workspace;
  beforeEach(async () => {
    api = await startApiStub();
    ws = await makeWorkspace({ 'manifests/pool.yaml': BAD_POOL });
  });
  afterEach(() => api.close());

  const onPr = (inputs: Record<string, string> = {}, payload: unknown = pullRequestOpened()) =>
    runAction(node, ws, { inputs: { paths: 'manifests', ...inputs }, eventName: 'pull_request', payload, apiUrl: api.url });

  it('creates one comment, edits it when the findings change, leaves it alone when they do not, and turns it into an all-clear', async () => {
    const first = await onPr();
    expect(first.exitCode).toBe(1);
    expect(writes(api).map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${COMMENTS_PATH}`]);
    expect(api.requests[0].authorization).toMatch(/ghs_stubtoken$/);
    expect(api.comments).toHaveLength(1);
    const comment = api.comments[0];
    expect(comment.body.startsWith(`${MARKER}\n### ❌ netlint:`)).toBe(true);
    expect(comment.body).toContain('calico/ippool\\-blocksize\\-range');
    expect(comment.body).toContain('https://github.com/Codertocat/Hello-World/blob/ec26c3e57ca3a959ca5aad62de7213c562f8c821/manifests/pool.yaml#L7');

    await ws.write({ 'manifests/pool.yaml': `${BAD_POOL}---\n${BAD_POOL.replace('rack-0', 'rack-1').replace('10.1.', '10.2.')}` });
    const second = await onPr();
    expect(second.exitCode).toBe(1);
    expect(writes(api).slice(1).map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/Codertocat/Hello-World/issues/comments/${comment.id}`]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body).toContain('rack\\-1');

    const third = await onPr();
    expect(third.exitCode).toBe(1);
    expect(writes(api)).toHaveLength(2);

    await ws.write({ 'manifests/pool.yaml': CONFIG_MAP });
    const fixed = await onPr();
    expect(fixed.exitCode).toBe(0);
    expect(writes(api)).toHaveLength(3);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body).toMatch(new RegExp(`^${MARKER}\\n### ✅ netlint: no problems found`));
    expect(fixed.outputs).toMatchObject({ errors: '0', warnings: '0', findings: '0' });
  });

  it('posts nothing for a clean PR it never commented on', async () => {
    await ws.write({ 'manifests/pool.yaml': CONFIG_MAP });
    const run = await onPr();
    expect(run.exitCode).toBe(0);
    expect(writes(api)).toEqual([]);
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${COMMENTS_PATH}`]);
  });

  it('finds its earlier comment on a later page and ignores comments without the marker', async () => {
    for (let i = 0; i < 130; i++) api.comments.push({ id: 5000 + i, issue: 2, body: i === 120 ? `${MARKER}\nold report` : `chatter ${i}`, user: i === 120 ? { login: 'github-actions[bot]', type: 'Bot' } : { login: 'someone', type: 'User' } });
    const run = await onPr();
    expect(run.exitCode).toBe(1);
    expect(api.requests.filter((r) => r.method === 'GET' && r.path === COMMENTS_PATH).map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(writes(api).map((r) => `${r.method} ${r.path}`)).toEqual(['PATCH /repos/Codertocat/Hello-World/issues/comments/5120']);
  });

  it('never edits a marker comment it did not write: a person\'s or another app\'s', async () => {
    api.comments.push(
      { id: 11, issue: 2, body: `${MARKER}\n### ✅ netlint: no problems found (trust me)`, user: { login: 'mallory', type: 'User' } },
      { id: 12, issue: 2, body: `${MARKER}\nanother app`, user: { login: 'other-app[bot]', type: 'Bot' } },
    );
    const run = await onPr();
    expect(run.exitCode).toBe(1);
    expect(writes(api).map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${COMMENTS_PATH}`]);
    expect(api.comments.slice(0, 2).map((c) => c.body)).toEqual([`${MARKER}\n### ✅ netlint: no problems found (trust me)`, `${MARKER}\nanother app`]);
    // The next run edits its own comment, still not theirs.
    await ws.write({ 'manifests/pool.yaml': CONFIG_MAP });
    expect((await onPr()).exitCode).toBe(0);
    expect(writes(api).slice(1).map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/Codertocat/Hello-World/issues/comments/${api.comments[2].id}`]);
  });

  it('knows an app token by GraphQL\'s viewer and edits that app\'s comment only', async () => {
    api.token.viewer = 'netlint-app';
    api.token.author = 'netlint-app[bot]';
    api.comments.push({ id: 21, issue: 2, body: `${MARKER}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' } }, { id: 22, issue: 2, body: `${MARKER}\nold`, user: { login: 'netlint-app[bot]', type: 'Bot' } });
    expect((await onPr()).exitCode).toBe(1);
    expect(writes(api).map((r) => `${r.method} ${r.path}`)).toEqual(['PATCH /repos/Codertocat/Hello-World/issues/comments/22']);
  });

  const transient: [string, ScriptedFailure][] = [
    ['a 502 on create', { method: 'POST', path: /\/comments$/, status: 502, message: 'Bad Gateway', times: 1 }],
    ['a 500 on list', { method: 'GET', path: /\/comments$/, status: 500, message: 'Internal Server Error', times: 1 }],
    ['a 429 with retry-after', { method: 'POST', path: /\/comments$/, status: 429, message: 'slow down', headers: { 'retry-after': '1' }, times: 1 }],
    ['a 403 rate limit that resets in a second', { method: 'POST', path: /\/comments$/, status: 403, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': 'SOON' }, times: 1 }],
  ];
  it.each(transient)('survives %s: retries, then comments, with the same verdict', async (_name, failure) => {
    if (failure.headers?.['x-ratelimit-reset'] === 'SOON') failure.headers['x-ratelimit-reset'] = String(Math.ceil(Date.now() / 1000));
    api.failures.push(failure);
    const run = await onPr();
    expect(run.exitCode).toBe(1);
    expect(warnings(run)).toEqual([]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body.startsWith(`${MARKER}\n### ❌ netlint:`)).toBe(true);
  });

  it('keeps the verdict and the outputs when a fork PR\'s read-only token gets 403', async () => {
    api.failures.push(READ_ONLY_TOKEN);
    const failing = await onPr({}, pullRequestFromFork());
    expect(failing.exitCode).toBe(1);
    expect(Number(failing.outputs.errors)).toBeGreaterThan(0);
    expect(failing.outputs.findings).toBe(String(JSON.parse(await readFile(failing.outputs['sarif-file'], 'utf8')).runs[0].results.length));
    expect(warnings(failing).join('\n')).toMatch(/cannot comment on pull request #2: the token may not do this \(HTTP 403: Resource not accessible by integration\).*two-stage workflow/);
    expect(failing.summary).toContain('### ❌ netlint');
    expect(failedWith(failing)).toEqual([expect.stringMatching(/^netlint: \d+ findings? at or above fail-on "error"$/)]);

    await ws.write({ 'manifests/pool.yaml': CONFIG_MAP });
    api.comments.push({ id: 77, issue: 2, body: `${MARKER}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' } });
    api.failures.push({ ...READ_ONLY_TOKEN, method: 'PATCH' });
    const passing = await onPr({}, pullRequestFromFork());
    expect(passing.exitCode).toBe(0);
    expect(warnings(passing).join('\n')).toContain('HTTP 403');
  });

  const failures: [string, ScriptedFailure, RegExp][] = [
    ['a rate limit', rateLimited('POST'), /rate limited by the GitHub API until 2030-01-01T00:00:00.000Z/],
    ['404', { method: 'GET', status: 404, message: 'Not Found' }, /not found \(HTTP 404/],
    ['422', { method: 'POST', status: 422, message: 'Validation Failed' }, /GitHub rejected the request \(HTTP 422: Validation Failed\)/],
    ['a 502', { method: 'POST', status: 502, message: 'Bad Gateway' }, /GitHub API error \(HTTP 502: Bad Gateway\)/],
  ];
  it.each(failures)('turns %s from the API into a warning and keeps the verdict', async (_name, failure, warning) => {
    api.failures.push(failure);
    const run = await onPr({ 'fail-on': 'warning' });
    expect(run.exitCode).toBe(1);
    expect(warnings(run).join('\n')).toMatch(warning);
    expect(run.outputs.errors).not.toBe('0');
    expect(api.comments).toEqual([]);
  });

  it('gives up on an API that stops answering, with a warning and the same verdict', async () => {
    api.failures.push({ method: 'GET', status: 0, hang: true });
    const started = Date.now();
    const run = await onPr();
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.exitCode).toBe(1);
    expect(warnings(run).join('\n')).toMatch(/cannot comment on pull request #2: the GitHub API did not answer within/);
    expect(run.outputs.errors).not.toBe('0');
  });

  it('fails only from fail-on: never passes with errors, info fails on info findings', async () => {
    expect((await onPr({ 'fail-on': 'never', comment: 'false' })).exitCode).toBe(0);
    const info = await onPr({ 'fail-on': 'info', comment: 'false' });
    expect(info.exitCode).toBe(1);
    expect(api.requests).toEqual([]);
  });

  it('truncates a huge report under the comment limit with a pointer to the job summary, and caps annotations', async () => {
    await ws.write({ 'manifests/pool.yaml': pools(700) });
    const run = await onPr();
    expect(run.exitCode).toBe(1);
    const [comment] = api.comments;
    expect(comment.body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment.body.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT - 2_000);
    expect(comment.body).toMatch(/_… \d+ more findings not shown: see the \[job summary\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/actions\/runs\/4242\)\._/);

    const sarif = JSON.parse(await readFile(run.outputs['sarif-file'], 'utf8')) as { runs: { results: unknown[] }[] };
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    expect(sarif.runs[0].results).toHaveLength(Number(run.outputs.findings));
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(700);

    const summaryRows = findingRows(run.summary).length;
    const commentRows = findingRows(comment.body).length;
    expect(summaryRows).toBe(Number(run.outputs.findings));
    expect(commentRows).toBeLessThan(summaryRows);
    expect(await readFile(run.outputs.report, 'utf8')).toBe(run.summary);

    // 9 finding errors + the verdict = 10; notices: 9 + the one counting what was left out.
    expect(annotations(run, 'error').filter((c) => c.properties.file)).toHaveLength(9);
    expect(failedWith(run)).toHaveLength(1);
    expect(annotations(run, 'notice')).toHaveLength(10);
    expect(annotations(run, 'notice').at(-1)!.message).toMatch(/^netlint: \d+ errors, \d+ info findings more than GitHub shows per step \(10 per level\)/);
    expect(annotations(run, 'error')[0].properties).toMatchObject({ file: 'manifests/pool.yaml', line: '7', col: '14', endColumn: '16', title: 'calico/ippool-blocksize-range' });
  });

  it('escapes manifest-controlled text so it cannot inject markdown, HTML or mentions', async () => {
    const hostile = '@everyone <img src=x onerror=alert(1)> [click](https://evil.example) | ![x](https://evil.example/p.png)';
    await ws.write({ 'manifests/@admin <b>x<:b>.yaml': pools(2, (i) => `${hostile} ${i}`) });
    const run = await onPr();
    const body = api.comments[0].body;
    expect(body).toContain('everyone');
    for (const text of [body, run.summary]) {
      const prose = outsideCode(text);
      expect(prose).not.toMatch(/@everyone|@admin|<img|<b>|\]\(https:\/\/evil|!\[x\]/);
    }
    // A pipe in a name cannot split a table row: every row has the header's four cells.
    const rows = findingRows(body);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(outsideCode(row).replace(/\\\|/g, '').split('|')).toHaveLength(6);
  });

  it('lints only the files the PR changes with changed-only, reading every page of the list', async () => {
    await ws.write({ 'manifests/changed.yaml': BAD_POOL.replace('rack-0', 'changed-pool'), 'manifests/pool.yaml': BAD_POOL });
    api.files.push(...Array.from({ length: 230 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'modified' })));
    api.files.push({ filename: 'manifests/changed.yaml', status: 'modified' }, { filename: 'manifests/gone.yaml', status: 'removed' });
    const run = await onPr({ 'changed-only': 'true', comment: 'false' });
    const listed = api.requests.filter((r) => r.path.endsWith('/pulls/2/files'));
    expect(listed.map((r) => [r.query.per_page, r.query.page ?? '1'])).toEqual([['100', '1'], ['100', '2'], ['100', '3']]);
    const files = new Set(run.commands.filter((c) => c.properties.file).map((c) => c.properties.file));
    expect([...files]).toEqual(['manifests/changed.yaml']);
    expect(run.summary).toContain('Checked 1 file');
  });

  it.each([
    ['the file list fails', 'pull_request', pullRequestOpened(), /changed-only: cannot list the pull request's files: GitHub API error \(HTTP 500/],
    ['the event is a push', 'push', push(), /changed-only: the push event is not about a pull request; linting every file/],
  ])('falls back to a full scan with a warning when %s', async (_name, eventName, payload, warning) => {
    api.failures.push({ method: 'GET', path: /\/files$/, status: 500, message: 'boom' });
    await ws.write({ 'manifests/other.yaml': BAD_POOL.replace('rack-0', 'other') });
    const run = await runAction(node, ws, { inputs: { paths: 'manifests', 'changed-only': 'true', comment: 'false' }, eventName, payload, apiUrl: api.url });
    expect(warnings(run).join('\n')).toMatch(warning);
    expect(run.summary).toContain('Checked 2 files');
    expect(run.exitCode).toBe(1);
  });

  it('does not comment outside a pull request', async () => {
    const run = await runAction(node, ws, { inputs: { paths: 'manifests' }, eventName: 'push', payload: push(), apiUrl: api.url });
    expect(run.exitCode).toBe(1);
    expect(api.requests).toEqual([]);
    expect(run.stdout).toContain('no pull request in the push event: no comment');
  });

  it('rejects bad inputs with one message before doing any work', async () => {
    const run = await onPr({ 'fail-on': 'sometimes', comment: 'yes', mode: 'lint,fuzz' });
    expect(run.exitCode).toBe(1);
    expect(failedWith(run)).toEqual([
      'netlint: invalid input: mode must be one or more of lint, reach, e2e (got "fuzz"); fail-on must be one of error, warning, info, never (got "sometimes"); comment must be true or false (got "yes")',
    ]);
    expect(api.requests).toEqual([]);
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe('');
  });

  it('refuses e2e on a privileged event for code from a fork, before running anything', async () => {
    const run = await runAction(node, ws, {
      inputs: { mode: 'e2e', profiles: 'calico-ipip' },
      eventName: 'workflow_run',
      payload: workflowRunFromFork(),
      apiUrl: api.url,
    });
    expect(run.exitCode).toBe(1);
    expect(failedWith(run)).toEqual([expect.stringMatching(/^netlint: refusing mode e2e on a workflow_run event for code from a fork/)]);
    expect(run.stderr).not.toContain('calico-ipip');
    expect(api.requests).toEqual([]);
  });

  describe('reach', () => {
    const APPS = `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: v1
kind: Pod
metadata: { name: web, namespace: shop, labels: { app: web } }
spec: { containers: [{ name: c, image: nginx, ports: [{ containerPort: 80 }] }] }
---
apiVersion: v1
kind: Pod
metadata: { name: db, namespace: shop, labels: { app: db } }
spec: { containers: [{ name: c, image: postgres, ports: [{ containerPort: 5432 }] }] }
`;
    const DENY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: deny-ingress, namespace: shop }
spec: { podSelector: {}, policyTypes: [Ingress] }
`;
    const git = (...args: string[]) => execa('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: path.join(ws.dir, 'repo') });
    const prWithBase = (baseSha: string) => {
      const payload = pullRequestOpened();
      (payload.pull_request as unknown as { base: { sha: string } }).base.sha = baseSha;
      return payload;
    };

    it('puts the base-vs-head connectivity diff, with the change responsible, at the top of the comment', async () => {
      await ws.write({ 'manifests/pool.yaml': CONFIG_MAP, 'manifests/apps.yaml': APPS });
      await git('init', '-q');
      await git('add', '-A');
      await git('commit', '-q', '-m', 'base');
      const base = (await git('rev-parse', 'HEAD')).stdout.trim();
      await ws.write({ 'manifests/deny.yaml': DENY });

      const run = await onPr({ mode: 'reach,lint' }, prWithBase(base));
      const body = api.comments[0]?.body ?? '';
      // Both ways between the two workloads: one port each, and ping.
      expect(body.startsWith(`<!-- netlint:comment lint+reach -->\n### 🔀 netlint reach: 0 opened, 4 closed against ${base.slice(0, 7)}`)).toBe(true);
      expect(body).toContain('| `shop/web` | `shop/db` | 5432/TCP | NetworkPolicy shop/deny\\-ingress added |');
      expect(body).toContain('| `shop/web` | `shop/db` | ICMP | NetworkPolicy shop/deny\\-ingress added |');
      // A small change is drawn (mermaid renders in PR comments), the table folded under it.
      expect(body).toMatch(/```mermaid\nflowchart LR\n(?: {2}n\d\["[^"]+"\]\n)+(?: {2}n\d -\. "[^"]+" \.-> n\d\n)*? {2}n\d -\. "5432\/TCP closed" \.-> n\d\n/);
      expect(body).toContain('<details>\n<summary>Connections and their causes</summary>');
      // Then the lint section.
      expect(body.split('\n').filter((l) => l.startsWith('### ')).map((l) => l.split(':')[0])).toEqual(['### 🔀 netlint reach', expect.stringMatching(/^### (✅|❌|⚠️|ℹ️) netlint$/)]);
      expect(run.summary).toContain('🔒 Closed (4)');
    });

    it('says what the answer leaves out: a Cilium policy the PR adds is not evaluated, on the head alone too', async () => {
      const CILIUM = `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: { name: l7-web, namespace: shop }
spec: { endpointSelector: { matchLabels: { app: web } } }
`;
      await ws.write({ 'manifests/pool.yaml': CONFIG_MAP, 'manifests/apps.yaml': APPS });
      await git('init', '-q');
      await git('add', '-A');
      await git('commit', '-q', '-m', 'base');
      const base = (await git('rev-parse', 'HEAD')).stdout.trim();
      await ws.write({ 'manifests/deny.yaml': DENY, 'manifests/cilium.yaml': CILIUM });
      const run = await onPr({ mode: 'reach', comment: 'false' }, prWithBase(base));
      expect(run.exitCode).toBe(0);
      expect(run.summary).toContain(`### 🔀 netlint reach: 0 opened, 4 closed against ${base.slice(0, 7)}`);
      expect(run.summary).toContain('**Notes**\n\n- head only: the input holds Cilium policies, which netlint does not evaluate \\(CiliumNetworkPolicy shop/l7\\-web\\): what they allow or deny is not in this answer');
      // Without a base to compare with: the head's own note.
      const alone = await onPr({ mode: 'reach', comment: 'false' }, prWithBase('c'.repeat(40)));
      expect(alone.summary).toMatch(/### 🔀 netlint reach\n\n.*\n\n\*\*Notes\*\*\n\n- the input holds Cilium policies, which netlint does not evaluate/);
    });

    it('falls back to the head alone when the base commit cannot be read', async () => {
      await ws.write({ 'manifests/pool.yaml': CONFIG_MAP, 'manifests/apps.yaml': APPS });
      await git('init', '-q');
      const run = await onPr({ mode: 'reach', comment: 'false' }, prWithBase('c'.repeat(40)));
      expect(run.exitCode).toBe(0);
      expect(warnings(run).join('\n')).toMatch(/reach: cannot read the base commit c{40} \(.+\); showing the head only/);
      expect(run.summary).toMatch(/### 🔀 netlint reach\n\n\d+ allowed, \d+ denied connections between 2 endpoints \(\d+ groups?\) under 0 policies\./);
    });

    it('answers each cluster of the paths on its own, with the objects they share, and what the PR changed in each', async () => {
      const ALLOW_ALL = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: db-open, namespace: shop }
spec: { podSelector: { matchLabels: { app: db } }, ingress: [{}] }
`;
      await ws.write({ 'manifests/base/apps.yaml': APPS, 'manifests/overlays/prod/deny.yaml': DENY, 'manifests/overlays/staging/open.yaml': ALLOW_ALL });
      await git('init', '-q');
      await git('add', '-A');
      await git('commit', '-q', '-m', 'base');
      const base = (await git('rev-parse', 'HEAD')).stdout.trim();
      // The PR isolates staging's namespace too: prod is untouched.
      await ws.write({ 'manifests/overlays/staging/deny.yaml': DENY });
      const run = await onPr({ mode: 'reach', comment: 'false' }, prWithBase(base));
      expect(run.exitCode).toBe(0);
      const summary = run.summary;
      expect(summary).toContain(`### 🔀 netlint reach: 0 opened, 2 closed against ${base.slice(0, 7)} (2 clusters)`);
      expect(summary).toContain('#### prod: no connection opened or closed\n\nHead: 0 allowed, 4 denied connections between 2 endpoints (2 groups) under 1 policy.');
      // In staging, db stays open to all (db-open); web closes to db, on its port and to ping (deny-ingress).
      expect(summary).toContain('#### staging: 0 opened, 2 closed\n\nHead: 2 allowed, 2 denied connections between 2 endpoints (2 groups) under 2 policies.');
      expect(summary).toContain('| `shop/db` | `shop/web` | 80/TCP | NetworkPolicy shop/deny\\-ingress added |');
      // Taken together, staging's allow-all would have opened prod's database: not in the answer.
      expect(summary).not.toContain('answered here as one');
    });

    it('reads each overlay on its own, so the base lands in that overlay\'s namespace, on both sides of the PR', async () => {
      const strip = (yaml: string) => yaml.replaceAll(', namespace: shop', '').replace(/apiVersion: v1\nkind: Namespace\nmetadata: \{ name: shop \}\n---\n/, '');
      const overlay = (ns: string, extra: string[]) => `namespace: ${ns}\nresources:\n  - ../../base\n${extra.map((f) => `  - ${f}\n`).join('')}`;
      await ws.write({
        'manifests/base/apps.yaml': strip(APPS),
        'manifests/base/kustomization.yaml': 'resources:\n  - apps.yaml\n',
        'manifests/overlays/prod/kustomization.yaml': overlay('shop-prod', ['deny.yaml']),
        'manifests/overlays/prod/deny.yaml': strip(DENY),
        'manifests/overlays/staging/kustomization.yaml': overlay('shop-staging', []),
      });
      await git('init', '-q');
      await git('add', '-A');
      await git('commit', '-q', '-m', 'base');
      const base = (await git('rev-parse', 'HEAD')).stdout.trim();
      // The PR isolates staging too.
      await ws.write({ 'manifests/overlays/staging/kustomization.yaml': overlay('shop-staging', ['deny.yaml']), 'manifests/overlays/staging/deny.yaml': strip(DENY) });
      const payload = pullRequestOpened();
      (payload.pull_request as unknown as { base: { sha: string } }).base.sha = base;
      const run = await onPr({ mode: 'reach', comment: 'false' }, payload);
      expect(run.exitCode).toBe(0);
      expect(run.summary).toContain('#### prod: no connection opened or closed\n\nHead: 0 allowed, 4 denied connections between 2 endpoints (2 groups) under 1 policy.');
      expect(run.summary).toContain('#### staging: 0 opened, 4 closed');
      expect(run.summary).toContain('| `shop-staging/web` | `shop-staging/db` | 5432/TCP | NetworkPolicy shop\\-staging/deny\\-ingress added |');
      // Without a base: each cluster's head alone, in its own namespace.
      (payload.pull_request as unknown as { base: { sha: string } }).base.sha = 'c'.repeat(40);
      const alone = await onPr({ mode: 'reach', comment: 'false' }, payload);
      expect(alone.summary).toContain('#### staging\n\nHead: 0 allowed, 4 denied connections between 2 endpoints (2 groups) under 1 policy.');
    });
  });

  describe('the fork workflow: results from a pull_request run, posted from workflow_run', () => {
    const headSha = pullRequestOpened().pull_request.head.sha;
    const stage2 = (resultsFile: string, payload = workflowRunFromFork()) =>
      runAction(node, ws, { inputs: { 'results-file': resultsFile }, eventName: 'workflow_run', payload, apiUrl: api.url });

    it('posts the same comment a same-repository run would, after checking the PR head', async () => {
      api.failures.push(READ_ONLY_TOKEN);
      const first = await onPr({}, pullRequestFromFork());
      expect(first.exitCode).toBe(1);
      expect(api.comments).toEqual([]);
      const results = JSON.parse(await readFile(first.outputs['results-file'], 'utf8'));
      expect(results).toMatchObject({ version: 1, modes: ['lint'], pullRequest: { number: 2, headSha } });

      api.failures.length = 0;
      api.requests.length = 0;
      api.pullHeads[2] = headSha;
      const second = await stage2(first.outputs['results-file']);
      expect(second.exitCode).toBe(0);
      expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        'GET /repos/Codertocat/Hello-World/pulls/2',
        `GET ${COMMENTS_PATH}`,
        `POST ${COMMENTS_PATH}`,
      ]);
      expect(second.outputs).toMatchObject({ errors: first.outputs.errors, findings: first.outputs.findings });

      // A run with a writable token for the same PR and commit finds nothing to edit: same body.
      const posted = api.comments[0].body;
      const sameRepo = await onPr();
      expect(sameRepo.exitCode).toBe(1);
      expect(api.comments.map((c) => c.body)).toEqual([posted]);
      expect(writes(api)).toHaveLength(1);
    });

    it('re-renders untrusted results with escaping and refuses a file outside the schema', async () => {
      api.pullHeads[2] = headSha;
      const finding = { ruleId: 'x/y', severity: 'error', message: '@everyone <img src=x> [go](https://evil.example)', file: 'a.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, resource: null, path: [] };
      const doc = { version: 1, modes: ['lint'], pullRequest: { number: 2, headSha }, lint: { version: 1, findings: [finding], summary: { files: 1, resources: 0, errors: 0, warnings: 0, infos: 0 } } };
      await ws.write({ 'results.json': JSON.stringify(doc) });
      const run = await stage2('results.json');
      expect(run.exitCode).toBe(0);
      const body = api.comments[0].body;
      expect(body).toContain('1 problem (1 error');
      expect(outsideCode(body)).not.toMatch(/@everyone|<img|\]\(https:\/\/evil/);

      await ws.write({ 'results.json': JSON.stringify({ ...doc, markdown: '# owned' }) });
      const extra = await stage2('results.json');
      expect(extra.exitCode).toBe(1);
      expect(failedWith(extra)).toEqual(['netlint: the results file is not a netlint results document: markdown: must NOT have additional properties']);
      expect(writes(api)).toHaveLength(1);
    });

    it('refuses results naming a PR whose head is not the workflow run\'s commit', async () => {
      api.pullHeads[2] = 'a'.repeat(40);
      await ws.write({ 'results.json': JSON.stringify({ version: 1, modes: ['lint'], pullRequest: { number: 2, headSha }, lint: null }) });
      const run = await stage2('results.json');
      expect(run.exitCode).toBe(1);
      expect(failedWith(run)[0]).toMatch(/^netlint: pull request #2 has head a{40}, not the workflow run's [0-9a-f]{40}: not posting/);
      expect(writes(api)).toEqual([]);

      const other = await stage2('results.json', workflowRunFromFork('b'.repeat(40)));
      expect(failedWith(other)[0]).toMatch(/^netlint: the results are for commit [0-9a-f]{40}, but the workflow run is for b{40}: not posting$/);
      expect(api.requests).toHaveLength(1);
    });

    it('only reads results on workflow_run', async () => {
      await ws.write({ 'results.json': '{}' });
      const run = await onPr({ 'results-file': 'results.json' });
      expect(failedWith(run)).toEqual(['netlint: results-file is for the second stage of the fork workflow, on workflow_run (this run is for pull_request)']);
      expect(api.requests).toEqual([]);
    });
  });

  it('writes the SARIF file where sarif-file says, relative to the workspace, creating its folder', async () => {
    const written = await onPr({ 'sarif-file': 'out/scan/results.sarif', comment: 'false' });
    expect(written.outputs['sarif-file']).toBe(path.join(ws.dir, 'repo/out/scan/results.sarif'));
    expect(validateSarif(JSON.parse(await readFile(written.outputs['sarif-file'], 'utf8')))).toBe(true);
    // A path that cannot be written: a warning, the verdict unchanged, the output empty.
    const blocked = await onPr({ 'sarif-file': 'manifests', comment: 'false' });
    expect(blocked.exitCode).toBe(1);
    expect(blocked.outputs['sarif-file']).toBe('');
    expect(warnings(blocked).join('\n')).toMatch(/cannot write the SARIF file .*manifests: /);
  });
});
