/**
 * `run(deps)` in process, with fake dependencies: the paths the bundle tests cannot reach without
 * a real cluster (e2e on a simulated one), and the reporting failures that must never change the
 * verdict.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import { manifestsScenario } from '../../e2e/cli.js';
import { WORK, simulate } from '../../e2e/testing/sim-cluster.js';
import { withConformance } from '../../e2e/testing/sim-conformance.js';
import { parseResults, renderResults, type Results } from '../../src/action/results.js';
import { MAX_COMMENT_PAGES } from '../../src/action/pr-comment.js';
import { lintResult, reportContext } from '../../src/cli/lint.js';
import { memoryIo } from '../../src/cli/testing/memory-io.js';
import { renderLint, renderLintChunks } from '../../src/report/index.js';
import { escapeMarkdown } from '../../src/report/markdown-escape.js';
import { VERSION } from '../../src/version.js';
import { BUILTIN_RULES } from '../../rules/index.js';
import { fakeDeps, type FakeDeps } from './fake-deps.js';
import { pullRequestOpened, push } from './payloads.js';

const BAD_POOL = 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\nspec: {cidr: 10.1.0.0/16, blockSize: 40}\n';
const PR_ENV = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'Codertocat/Hello-World' };
const warnings = (deps: FakeDeps) => deps.logs.filter((l) => l.level === 'warning').map((l) => l.message);

/** The simulated cluster's harness; without `manifests`, `paths` holds none (the profile's own checks only). */
function withSimulatedE2e(deps: FakeDeps, sim: ReturnType<typeof simulate>, manifests?: Record<string, string>): FakeDeps {
  if (manifests) for (const [file, content] of Object.entries(manifests)) sim.manifestFiles.set(file, content);
  else sim.deps.readManifests = async () => [];
  deps.e2e = () => ({ deps: sim.deps, options: { catalogue: sim.options.catalogue, allowUnpinned: true, workDir: WORK } });
  return deps;
}

const SHOP = `apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: ghcr.io/acme/web:1, ports: [{containerPort: 8080}]}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  template:
    metadata: {labels: {app: api}}
    spec: {containers: [{name: api, image: ghcr.io/acme/api:1, ports: [{containerPort: 9000}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-from-web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 9000}]}]
`;

describe('mode e2e', () => {
  it('reports a passing profile in the summary and the comment, and passes', async () => {
    const sim = simulate('calico-bgp');
    const deps = withSimulatedE2e(fakeDeps({ inputs: { mode: 'e2e', profiles: 'calico-bgp' }, env: PR_ENV, event: pullRequestOpened() }), sim);
    await run(deps);
    expect(deps.failed).toEqual([]);
    expect(sim.fake.unexpected).toEqual([]);
    expect(deps.summary.join('')).toContain('### netlint e2e ✅');
    // A clean run on a PR without an earlier comment posts none.
    expect(deps.comments).toEqual([]);
    expect(deps.outputs).toMatchObject({ errors: '0', findings: '0', 'sarif-file': '' });
  });

  it('fails the step when a profile fails, unless fail-on is never, and comments either way', async () => {
    for (const [failOn, expected] of [
      ['error', ['netlint: e2e failed: calico-bgp']],
      ['never', []],
    ] as const) {
      const sim = simulate('calico-bgp');
      sim.reach = () => false;
      const deps = withSimulatedE2e(fakeDeps({ inputs: { mode: 'e2e', profiles: 'calico-bgp', 'fail-on': failOn }, env: PR_ENV, event: pullRequestOpened() }), sim);
      await run(deps);
      expect(deps.failed).toEqual(expected);
      expect(deps.comments).toHaveLength(1);
      expect(deps.comments[0].body).toMatch(/^<!-- netlint:comment e2e -->\n### netlint e2e ❌/);
    }
  });

  it('checks the manifests in paths on the cluster against what reach predicts (policy conformance)', async () => {
    const sim = simulate('calico-ipip');
    withConformance(sim, [manifestsScenario([{ path: 'deploy/shop.yaml', content: SHOP }])]);
    const deps = withSimulatedE2e(fakeDeps({ inputs: { mode: 'e2e', profiles: 'calico-ipip', paths: 'deploy/shop.yaml', comment: 'false' } }), sim, { 'deploy/shop.yaml': SHOP });
    await run(deps);
    expect(sim.fake.unexpected).toEqual([]);
    expect(deps.failed).toEqual([]);
    const summary = deps.summary.join('');
    expect(summary).toMatch(/\| ✅ calico-ipip \| ipip \| [^|]+ \| [^|]+ \| (\d+)\/\1 \|/);
    expect(summary).toContain(`Policy conformance: ${escapeMarkdown('the given manifests (1 file)')}`);
  });

  it('with changed-only on a pull request, shadows only the manifests it changes', async () => {
    const sim = simulate('calico-ipip');
    const deps = withSimulatedE2e(fakeDeps({ inputs: { mode: 'e2e', profiles: 'calico-ipip', paths: 'deploy/shop.yaml', 'changed-only': 'true', comment: 'false' }, env: PR_ENV, event: pullRequestOpened() }), sim, { 'deploy/shop.yaml': SHOP });
    // The pull request changes another file: deploy/shop.yaml is not shadowed.
    const github = deps.github('', '');
    github.pullRequestFiles = async function* () {
      yield [{ filename: 'docs/readme.yaml', status: 'modified' }];
    };
    await run(deps);
    expect(sim.fake.unexpected).toEqual([]);
    expect(deps.failed).toEqual([]);
    expect(deps.logs.map((l) => l.message)).toContain("netlint: e2e: no changed manifests under deploy/shop.yaml: the profiles' own checks only");
    expect(deps.summary.join('')).not.toContain('Policy conformance');
  });

  it('turns a preflight refusal (kind missing) into one failure message', async () => {
    const sim = simulate('calico-bgp');
    sim.deps.runner = async () => ({ exitCode: -1, stdout: '', stderr: '', timedOut: false, spawnError: 'ENOENT' });
    const deps = withSimulatedE2e(fakeDeps({ inputs: { mode: 'e2e', profiles: 'calico-bgp', comment: 'false' } }), sim);
    await run(deps);
    expect(deps.failed).toHaveLength(1);
    expect(deps.failed[0]).toMatch(/^netlint: e2e: /);
    expect(deps.failed[0]).not.toContain('internal error');
  });
});

describe('paths', () => {
  it('an absolute path inside the workspace (${{ github.workspace }}/deploy) is read as the workspace-relative one: findings and links name deploy/…', async () => {
    const deps = fakeDeps({ files: { '/work/deploy/pool.yaml': BAD_POOL }, inputs: { paths: '/work/deploy', comment: 'false' }, env: PR_ENV, event: pullRequestOpened() });
    await run(deps);
    const summary = deps.summary.join('');
    expect(summary).toContain('deploy/pool.yaml');
    expect(summary).not.toContain('/work/deploy');
  });
});

describe('working-directory', () => {
  // actions/checkout with `path: src`: the repository's files are below the workspace.
  const files = { '/work/src/.git/HEAD': 'ref: refs/heads/main\n', '/work/src/deploy/pool.yaml': BAD_POOL, '/work/src/.netlint.yaml': 'rules:\n  calico/ippool-blocksize-range: warning\n' };

  it('reads paths, config and sarif-file from the checkout and names files from it, in the summary, annotations and SARIF', async () => {
    const deps = fakeDeps({ files, inputs: { 'working-directory': 'src', paths: 'deploy', comment: 'false' }, env: PR_ENV, event: pullRequestOpened() });
    await run(deps);
    expect(deps.failed).toEqual([]);
    const summary = deps.summary.join('');
    expect(summary).toContain('deploy/pool.yaml');
    expect(summary).not.toContain('src/deploy');
    // The checkout's .netlint.yaml was read: the blockSize finding is a warning there.
    const annotated = deps.logs.filter((l) => l.file !== undefined);
    expect(annotated.length).toBeGreaterThan(0);
    expect(annotated.every((l) => l.file === 'deploy/pool.yaml')).toBe(true);
    expect(annotated.some((l) => l.level === 'warning' && /blockSize/.test(l.message))).toBe(true);
    expect(deps.outputs['sarif-file']).toBe('/work/src/netlint.sarif');
    const sarif = JSON.parse(new TextDecoder().decode(await deps.io.fs.readFile('/work/src/netlint.sarif')));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('deploy/pool.yaml');
  });

  it('without it the same checkout is named from the workspace (src/…), which annotations and links do not find', async () => {
    const deps = fakeDeps({ files, inputs: { paths: 'src/deploy', comment: 'false' }, env: PR_ENV, event: pullRequestOpened() });
    await run(deps);
    expect(deps.logs.filter((l) => l.file !== undefined).every((l) => l.file === 'src/deploy/pool.yaml')).toBe(true);
  });

  it('a folder that is not there fails the step with the input named', async () => {
    const deps = fakeDeps({ files, inputs: { 'working-directory': 'checkout', comment: 'false' }, env: PR_ENV, event: pullRequestOpened() });
    await run(deps);
    expect(deps.failed).toEqual(['netlint: invalid input: working-directory checkout: no such folder in the workspace (/work/checkout)']);
  });
});

describe('mode lint: the SARIF and results files', () => {
  // Enough findings for files of several pieces, with names that are not ASCII.
  const pools = Array.from({ length: 1_500 }, (_, i) => BAD_POOL.replace('{name: p}', `{name: "p-${i}-ü😀"}`)).join('---\n');
  const files = { 'manifests/pools.yaml': pools, 'manifests/ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n' };

  let whole: ReturnType<typeof renderWhole> | undefined;
  const wholeStrings = () => (whole ??= renderWhole());

  /**
   * What the files held when the Action rendered each report as one string (the results file with
   * the lint JSON report parsed into it), and how many pieces each is made in now.
   */
  async function renderWhole(): Promise<Record<string, { text: string; pieces: number }>> {
    const { output, rules } = await lintResult(memoryIo(files), BUILTIN_RULES, { paths: ['manifests'] });
    const report = reportContext(rules, false);
    const { number, pull_request: pr } = pullRequestOpened();
    const results: Results = { version: 1, modes: ['lint'], pullRequest: { number, headSha: pr.head.sha }, lint: output };
    const document = { version: 1, netlint: VERSION, modes: results.modes, pullRequest: results.pullRequest, lint: JSON.parse(renderLint('json', output, report)) as unknown };
    return {
      '/work/netlint.sarif': { text: renderLint('sarif', output, report), pieces: [...renderLintChunks('sarif', output, report)].length },
      '/runner/netlint-results.json': { text: `${JSON.stringify(document)}\n`, pieces: [...renderResults(results, VERSION)].length },
    };
  }

  for (const appendFile of [true, false]) {
    it(`holds the same bytes as rendering each report whole, ${appendFile ? 'appended a piece at a time' : 'gathered and written once without appendFile'}`, async () => {
      const deps = fakeDeps({ files, inputs: { paths: 'manifests', comment: 'false' }, env: PR_ENV, event: pullRequestOpened(), appendFile });
      await run(deps);
      expect(deps.failed).toEqual([expect.stringMatching(/^netlint: [\d,]+ findings at or above fail-on "error"$/)]);
      expect(deps.outputs['sarif-file']).toBe('/work/netlint.sarif');
      expect(deps.outputs['results-file']).toBe('/runner/netlint-results.json');
      for (const [file, { text, pieces }] of Object.entries(await wholeStrings())) {
        const bytes = deps.io.files.get(file)!;
        expect(Buffer.from(bytes).toString('utf8')).toBe(text);
        expect(Buffer.compare(bytes, Buffer.from(text, 'utf8'))).toBe(0);
        expect(pieces).toBeGreaterThan(1);
        expect(deps.io.appends.filter((p) => p === file)).toHaveLength(appendFile ? pieces : 0);
      }
      expect(parseResults(deps.io.files.get('/runner/netlint-results.json')!).lint?.findings).toHaveLength(Number(deps.outputs.findings));
    });
  }
});

describe('mode lint: over the 25,000 results of a code scanning run', () => {
  it('says in the log what the SARIF file leaves out, without spending an annotation on it', async () => {
    const pools = Array.from({ length: 12_501 }, (_, i) => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p${i}}\nspec: {cidr: 10.${i >> 8}.${i & 255}.0/24, blockSize: 40}\n`);
    const deps = fakeDeps({ files: { 'pools.yaml': pools.join('---\n') }, inputs: { comment: 'false' } });
    await run(deps);
    const findings = Number(deps.outputs.findings);
    expect(findings).toBeGreaterThan(25_000);
    expect(deps.logs.filter((l) => l.message.includes('SARIF report'))).toEqual([
      { level: 'info', message: `netlint: the SARIF report holds the 25000 most severe of ${findings} findings and leaves ${findings - 25_000} out: GitHub code scanning rejects a run with more (the results file lists them all)` },
    ]);
    expect(JSON.parse(Buffer.from(deps.io.files.get('/work/netlint.sarif')!).toString('utf8')).runs[0].results).toHaveLength(25_000);
    // The job summary cannot hold them all either, and does not send the reader to a SARIF file
    // that lacks the rest.
    expect(deps.summary).toHaveLength(1);
    expect(deps.summary[0]).toContain('see the SARIF file (up to 25,000 findings), or run `netlint lint` for all');
  }, 60_000);
});

describe('reporting never decides the verdict', () => {
  it('skips the comment with a warning when the token is empty (a secret a fork does not get)', async () => {
    const deps = fakeDeps({ files: { 'p.yaml': BAD_POOL }, inputs: { 'github-token': '' }, env: PR_ENV, event: pullRequestOpened() });
    deps.github = () => {
      throw new Error('no API call expected without a token');
    };
    await run(deps);
    expect(warnings(deps)).toContain('netlint: github-token is empty: no PR comment (the job summary has the report)');
    expect(deps.failed).toEqual(['netlint: 1 finding at or above fail-on "error"']);
  });

  it('posts no second report on a PR whose comments outrun the search, and says so in a warning', async () => {
    const deps = fakeDeps({ files: { 'p.yaml': BAD_POOL }, env: PR_ENV, event: pullRequestOpened() });
    const real = deps.github('fake-token', 'https://api.github.com');
    const chatter = Array.from({ length: 100 }, (_, i) => ({ id: 1000 + i, body: 'lgtm', author: 'reviewer', authorType: 'User' }));
    let pages = 0;
    deps.github = () => ({
      ...real,
      async *issueComments() {
        for (;;) {
          pages++;
          yield chatter;
        }
      },
    });
    await run(deps);
    expect(pages).toBe(MAX_COMMENT_PAGES);
    expect(deps.comments).toEqual([]);
    expect(warnings(deps).some((w) => w.startsWith('netlint: PR comment not posted (the pull request has more than 5000 comments'))).toBe(true);
    expect(deps.failed).toEqual(['netlint: 1 finding at or above fail-on "error"']);
  });

  it('warns when the job summary cannot be written and still sets outputs and the verdict', async () => {
    const deps = fakeDeps({ files: { 'p.yaml': BAD_POOL }, inputs: { comment: 'false' }, env: { GITHUB_EVENT_NAME: 'push' }, event: push() });
    deps.core.writeSummary = async () => {
      throw new Error('Unable to access summary file');
    };
    await run(deps);
    expect(warnings(deps)).toEqual(['netlint: cannot write the job summary: Unable to access summary file']);
    expect(deps.outputs.errors).toBe('1');
    expect(deps.outputs.report).toBe('/runner/netlint-report.md');
    expect(deps.failed).toHaveLength(1);
  });

  it('treats an unreadable event payload as a run without a pull request', async () => {
    const deps = fakeDeps({ files: { 'p.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n' }, env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/runner/missing.json' } });
    await run(deps);
    expect(warnings(deps)[0]).toMatch(/^netlint: cannot read the event payload \/runner\/missing\.json: .*treating the run as not being for a pull request$/);
    expect(deps.failed).toEqual([]);
  });

  it('reports an unexpected crash as an internal error, with the stack in the debug log', async () => {
    const deps = fakeDeps({ inputs: { mode: 'e2e', profiles: 'calico-bgp', comment: 'false' } });
    await run(deps);
    expect(deps.failed).toEqual(["netlint: internal error: e2e is not available in these tests (please report it with the step's log)"]);
    expect(deps.logs.find((l) => l.level === 'debug')?.message).toMatch(/^Error: e2e is not available in these tests\n\s+at /);
  });
});
