import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../rules/index.js';
import { defineRule } from '../engine/rule.js';
import { main } from './main.js';
import { memoryIo } from './testing/memory-io.js';

const BAD_POOL = 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: p }\nspec:\n  cidr: 10.0.0.0/16\n  blockSize: 18\n  natOutgoing: true\n';
const GOOD_POOL = 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: p }\nspec:\n  cidr: 10.0.0.0/16\n  natOutgoing: true\n';
const run = (argv: string[], io = memoryIo()) => main(argv, io, { builtinRules: BUILTIN_RULES }).then((code) => ({ code, io }));

describe('netlint lint', () => {
  it('prints the JSON contract with exact positions and exits 1 on an error', async () => {
    const { code, io } = await run(['lint', 'manifests', '--format', 'json'], memoryIo({ 'manifests/pools.yaml': BAD_POOL, 'manifests/ok.yaml': GOOD_POOL }));
    expect(code).toBe(1);
    const out = JSON.parse(io.stdoutText);
    expect(out.version).toBe(1);
    expect(out.summary).toEqual({ files: 2, resources: 2, errors: 1, warnings: 0, infos: 0 });
    expect(out.findings).toEqual([
      {
        ruleId: 'calico/ippool-blocksize-range',
        severity: 'error',
        message: 'spec.blockSize 18 is outside 20–32 for an IPv4 pool',
        file: 'manifests/pools.yaml',
        line: 6,
        column: 14,
        endLine: 6,
        endColumn: 16,
        resource: { apiVersion: 'projectcalico.org/v3', kind: 'IPPool', name: 'p', namespace: null },
        path: ['spec', 'blockSize'],
        remediation: expect.stringContaining('block size'),
      },
    ]);
  });

  it('exits 0 when nothing reaches --fail-on, and honours --disable', async () => {
    expect((await run(['lint', 'p.yaml', '--fail-on', 'never'], memoryIo({ 'p.yaml': BAD_POOL }))).code).toBe(0);
    expect((await run(['lint', 'p.yaml', '--disable', 'calico/ippool-blocksize-range'], memoryIo({ 'p.yaml': BAD_POOL }))).code).toBe(0);
    expect((await run(['lint', 'p.yaml'], memoryIo({ 'p.yaml': GOOD_POOL }))).code).toBe(0);
  });

  it('skips hidden files and folders (.netlint.yaml, .github) when walking a folder, but reads a hidden path given by name', async () => {
    const files = { 'p.yaml': GOOD_POOL, '.netlint.yaml': 'rules: {}\n', '.github/workflows/ci.yml': 'on: push\njobs: {}\n', '.hidden/pool.yaml': BAD_POOL };
    const walked = await run(['lint', '.', '--format', 'json', '--fail-on', 'info'], memoryIo(files));
    expect(JSON.parse(walked.io.stdoutText).findings).toEqual([]);
    expect(JSON.parse(walked.io.stdoutText).summary.files).toBe(1);
    expect(walked.code).toBe(0);
    const named = await run(['lint', '.hidden/pool.yaml', '--format', 'json'], memoryIo(files));
    expect(JSON.parse(named.io.stdoutText).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['calico/ippool-blocksize-range']);
  });

  it('reads stdin with -', async () => {
    const { code, io } = await run(['lint', '-', '--format', 'json'], memoryIo({}, { stdin: BAD_POOL }));
    expect(code).toBe(1);
    expect(JSON.parse(io.stdoutText).findings[0].file).toBe('<stdin>');
  });

  it('writes the report to --output', async () => {
    const { io } = await run(['lint', 'p.yaml', '--format', 'sarif', '--output', 'out.sarif'], memoryIo({ 'p.yaml': BAD_POOL }));
    expect(io.stdoutText).toBe('');
    expect(JSON.parse(io.text('out.sarif')).runs[0].results[0].ruleId).toBe('calico/ippool-blocksize-range');
  });

  it('exits 2 with one clear line for a path that does not exist', async () => {
    const { code, io } = await run(['lint', 'nope.yaml']);
    expect(code).toBe(2);
    expect(io.stderrText).toBe('netlint: nope.yaml: no such file or directory\n');
  });

  it('exits 2 for usage errors', async () => {
    for (const argv of [['lint', '--format', 'xml'], ['lint', '--fail-on', 'sometimes'], ['lint', '--bogus'], ['lint', '--disable', 'calico/nope'], ['frobnicate']]) {
      const { code, io } = await run(argv, memoryIo({ 'p.yaml': GOOD_POOL }));
      expect(code, argv.join(' ')).toBe(2);
      expect(io.stderrText.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  });

  it("points a --format that is another command's terminal format, or in capitals, to this command's", async () => {
    const said = async (argv: string[]) => (await run(argv, memoryIo({ 'p.yaml': GOOD_POOL }))).io.stderrText;
    expect(await said(['lint', 'p.yaml', '--format', 'text'])).toBe('netlint: --format must be one of stylish, json, sarif, github, markdown, junit (got "text"; this command\'s terminal format is stylish)\n');
    expect(await said(['lint', 'p.yaml', '--format', 'JSON'])).toBe('netlint: --format must be one of stylish, json, sarif, github, markdown, junit (got "JSON"; formats are lower case: json)\n');
    expect(await said(['lint', 'p.yaml', '--format', 'xml'])).toBe('netlint: --format must be one of stylish, json, sarif, github, markdown, junit (got "xml")\n');
  });

  it("lints a base that overlays of different clusters put in different namespaces once per overlay, in that overlay's namespace", async () => {
    const deployment = (app: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${app}}\nspec:\n  selector: {matchLabels: {app: ${app}}}\n  template:\n    metadata: {labels: {app: ${app}}}\n    spec: {containers: [{name: c, image: nginx}]}\n`;
    const files = {
      'base/kustomization.yaml': 'resources: [apps.yaml]\n',
      'base/apps.yaml': `${deployment('web')}---\n${deployment('db')}`,
      'overlays/prod/kustomization.yaml': 'namespace: shop-prod\nresources: [../../base, db-from-web.yaml]\n',
      'overlays/prod/db-from-web.yaml': 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: db-from-web}\nspec:\n  podSelector: {matchLabels: {app: db}}\n  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]\n',
      'overlays/staging/kustomization.yaml': 'namespace: shop-staging\nresources: [../../base]\n',
    };
    const { io } = await run(['lint', '.', '--format', 'json'], memoryIo(files));
    const findings = JSON.parse(io.stdoutText).findings as { ruleId: string; message: string; file: string }[];
    // prod's policy finds web in shop-prod, where prod's build puts it (it was "in default": a false warning).
    expect(findings.filter((f) => f.ruleId === 'netpol/peer-selects-nothing')).toEqual([]);
    // Each overlay's copy is judged in its own namespace.
    expect(findings.filter((f) => f.ruleId === 'netpol/default-deny-missing').map((f) => `${f.file} ${/namespace (\S+)/.exec(f.message)?.[1]}`)).toEqual(['base/apps.yaml shop-prod', 'base/apps.yaml shop-staging']);
  });

  it('a misspelt rule id in .netlint.yaml is a configuration error naming file, line, column and the likely id', async () => {
    const typo = await run(['lint', 'p.yaml'], memoryIo({ 'p.yaml': BAD_POOL, '.netlint.yaml': 'rules:\n  calico/ippool-blocksize-rang: off\n' }));
    expect(typo.code).toBe(2);
    // The position is the rule's id, where the typo is.
    expect(typo.io.stderrText).toBe('netlint: .netlint.yaml:2:3: invalid config: rules.calico/ippool-blocksize-rang: unknown rule (did you mean calico/ippool-blocksize-range?)\n');
    const far = await run(['lint', 'p.yaml'], memoryIo({ 'p.yaml': BAD_POOL, '.netlint.yaml': 'rules:\n  calico/nothing-like-it: warning\n' }));
    expect([far.code, far.io.stderrText]).toEqual([2, 'netlint: .netlint.yaml:2:3: invalid config: rules.calico/nothing-like-it: unknown rule (netlint rules lists them)\n']);
    // A rule of your own pack, on a run not given its folder: said so.
    const own = await run(['lint', 'p.yaml'], memoryIo({ 'p.yaml': BAD_POOL, '.netlint.yaml': 'rules:\n  team/pool-nat: warning\n' }));
    expect([own.code, own.io.stderrText]).toEqual([2, 'netlint: .netlint.yaml:2:3: invalid config: rules.team/pool-nat: unknown rule: no rule pack "team" is loaded (give its folder with --rules, or list it under rulePacks: in .netlint.yaml)\n']);
    // A key that is no rule id at all: at the key, named, with its lower-case form.
    const upper = await run(['lint', 'p.yaml'], memoryIo({ 'p.yaml': BAD_POOL, '.netlint.yaml': 'rules:\n  calico/ippool-blocksize-range: off\n  Calico/IPPool-NAT-Outgoing-Disabled: off\n' }));
    expect([upper.code, upper.io.stderrText]).toEqual([2, 'netlint: .netlint.yaml:3:3: invalid config: rules: "Calico/IPPool-NAT-Outgoing-Disabled" is not a rule id: ids are lower-case <pack>/<name> (write calico/ippool-nat-outgoing-disabled)\n']);
    // The loader's own ids (input/...) are rules a config may set.
    expect((await run(['lint', 'p.yaml'], memoryIo({ 'p.yaml': GOOD_POOL, '.netlint.yaml': 'rules:\n  input/empty-file: off\n' }))).code).toBe(0);
  });

  it('an ignore entry that matches no file where the walk looked for it is reported; one outside the paths linted is not', async () => {
    const cfg = 'ignore:\n  - deploy/genrated/**\n  - { paths: [deploy/generatd/], rules: [calico/ippool-blocksize-range] }\n  - deploy/generated/\n  - other/place/\n';
    const files = { '.netlint.yaml': cfg, 'deploy/p.yaml': BAD_POOL, 'deploy/generated/q.yaml': BAD_POOL, 'other/place/r.yaml': BAD_POOL };
    const lintAt = async (...paths: string[]) => {
      const r = await run(['lint', ...paths, '--format', 'json'], memoryIo(files));
      return JSON.parse(r.io.stdoutText).findings.filter((f: { ruleId: string }) => f.ruleId === 'input/unused-suppression').map((f: { line: number; message: string }) => `${f.line} ${f.message}`);
    };
    // Linting everything: the two misspelt entries skip nothing; the right ones do.
    expect(await lintAt('.')).toEqual([
      '2 config ignore entry matches no file under the paths linted, so it skips nothing (a misspelt path?)',
      '3 config ignore entry matches no file under the paths linted, so it skips nothing (a misspelt path?)',
    ]);
    // Linting one folder: other/place/ is outside it, and deploy/ is where the typos are.
    expect(await lintAt('deploy')).toHaveLength(2);
    expect(await lintAt('other')).toEqual([]);
    expect(await lintAt('deploy/p.yaml')).toEqual([]);
  });

  it('reads .netlint.yaml and reports a broken one with file:line:column', async () => {
    const ok = await run(['lint', 'p.yaml'], memoryIo({ 'p.yaml': BAD_POOL, '.netlint.yaml': 'rules:\n  calico/ippool-blocksize-range: off\n' }));
    expect(ok.code).toBe(0);
    const broken = await run(['lint', 'p.yaml'], memoryIo({ 'p.yaml': BAD_POOL, '.netlint.yaml': 'rules:\n  calico/ippool-blocksize-range: loud\n' }));
    expect(broken.code).toBe(2);
    expect(broken.io.stderrText).toMatch(/^netlint: \.netlint\.yaml:2:34: invalid config: rules\.calico\/ippool-blocksize-range must be one of/);
    const missing = await run(['lint', 'p.yaml', '--config', 'other.yaml'], memoryIo({ 'p.yaml': BAD_POOL }));
    expect(missing.io.stderrText).toBe('netlint: --config other.yaml: no such file\n');
  });

  it('loads a user rule pack with --rules and points into a malformed rule file', async () => {
    const rule = 'id: team/pool-prefix\ndescription: Pools are /16 or wider in this company.\nseverity: warning\nremediation: Use a /16.\nmatch: { kinds: [calico/IPPool] }\nassert:\n  properties:\n    spec:\n      properties:\n        cidr: { pattern: "/(8|1[0-6])$" }\n';
    const files = { 'p.yaml': 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: p }\nspec: { cidr: 10.0.0.0/24, natOutgoing: true }\n', 'policy/team/pool-prefix.yaml': rule };
    const { code, io } = await run(['lint', 'p.yaml', '--rules', 'policy', '--fail-on', 'warning', '--format', 'json'], memoryIo(files));
    expect(code).toBe(1);
    expect(JSON.parse(io.stdoutText).findings.map((f: { ruleId: string; line: number; column: number }) => `${f.ruleId}@${f.line}:${f.column}`)).toEqual(['team/pool-prefix@4:15']);
    const broken = await run(['lint', 'p.yaml', '--rules', 'policy'], memoryIo({ ...files, 'policy/team/pool-prefix.yaml': rule.replace('severity: warning', 'severity: maybe') }));
    expect(broken.code).toBe(2);
    expect(broken.io.stderrText).toBe('netlint: policy/team/pool-prefix.yaml:3:11: invalid rule: severity must be one of "error", "warning", "info"\n');
    // A misspelt keyword would constrain nothing: an error at that key, not a rule that never fires.
    const misspelt = await run(['lint', 'p.yaml', '--rules', 'policy'], memoryIo({ ...files, 'policy/team/pool-prefix.yaml': rule.replace('      properties:', '      propertiez:') }));
    expect(misspelt.code).toBe(2);
    expect(misspelt.io.stderrText).toBe('netlint: policy/team/pool-prefix.yaml:9:7: invalid rule: assert.properties.spec.propertiez is not a JSON Schema keyword, so it would constrain nothing (did you mean properties?)\n');
    // A keyword of a later draft: said so, with the draft-07 way.
    const later = await run(['lint', 'p.yaml', '--rules', 'policy'], memoryIo({ ...files, 'policy/team/pool-prefix.yaml': rule.replace('      properties:', '      dependentRequired: { cidr: [blockSize] }\n      properties:') }));
    expect(later.io.stderrText).toBe('netlint: policy/team/pool-prefix.yaml:9:7: invalid rule: assert.properties.spec.dependentRequired is a keyword of a later JSON Schema draft (2019-09 or 2020-12), not of draft-07, which assert is: write dependencies: {field: [other, …]}\n');
    // Every problem of every rule file at once, a line each: one run shows all there is to fix.
    const two = await run(['lint', 'p.yaml', '--rules', 'policy'], memoryIo({ ...files, 'policy/team/a.yaml': rule.replace('team/pool-prefix', 'team/a').replace('severity: warning', 'severity: maybe').replace(/remediation: .*\n/, ''), 'policy/team/pool-prefix.yaml': rule.replace('      properties:', '      propertiez:') }));
    expect(two.code).toBe(2);
    expect(two.io.stderrText.split('\n')).toEqual([
      'netlint: policy/team/a.yaml:1:1: invalid rule: remediation is required',
      'netlint: policy/team/a.yaml:3:11: invalid rule: severity must be one of "error", "warning", "info"',
      'netlint: policy/team/pool-prefix.yaml:9:7: invalid rule: assert.properties.spec.propertiez is not a JSON Schema keyword, so it would constrain nothing (did you mean properties?)',
      '',
    ]);
  });

  it('reads the rule packs .netlint.yaml names (rulePacks, from its folder), with --rules adding up and the same folder read once', async () => {
    const rule = 'id: team/pool-prefix\ndescription: Pools are /16 or wider in this company.\nseverity: warning\nremediation: Use a /16.\nmatch: { kinds: [calico/IPPool] }\nassert:\n  properties:\n    spec:\n      properties:\n        cidr: { pattern: "/(8|1[0-6])$" }\n';
    const pool = 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: p }\nspec: { cidr: 10.0.0.0/24, natOutgoing: true }\n';
    const files = { '/repo/.git/HEAD': 'ref', '/repo/.netlint.yaml': 'rulePacks: [policy]\nrules:\n  team/pool-prefix: error\n', '/repo/policy/team/pool-prefix.yaml': rule, '/repo/apps/p.yaml': pool };
    // Run in a subfolder: the pack is found from the config's folder, and its rule's setting applies.
    const sub = await run(['lint', 'p.yaml', '--format', 'json'], memoryIo(files, { cwd: '/repo/apps' }));
    expect(JSON.parse(sub.io.stdoutText).findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId} ${f.severity}`)).toEqual(['team/pool-prefix error']);
    expect(sub.code).toBe(1);
    // A folder the config names that is not there: said of the config, not of --rules.
    const gone = await run(['lint', 'p.yaml'], memoryIo({ ...files, '/repo/.netlint.yaml': 'rulePacks: [policies]\n' }, { cwd: '/repo/apps' }));
    expect([gone.code, gone.io.stderrText]).toEqual([2, 'netlint: ../.netlint.yaml: rulePacks: ../policies: no such directory\n']);
    // The same folder also given with --rules is read once (no "defined twice").
    const both = await run(['lint', 'apps/p.yaml', '--rules', 'policy', '--format', 'json'], memoryIo(files, { cwd: '/repo' }));
    expect([both.code, JSON.parse(both.io.stdoutText).findings.length]).toEqual([1, 1]);
    // So is a folder inside it: each rule file once, not "already the id of" itself.
    const inner = await run(['lint', 'apps/p.yaml', '--rules', 'policy/team', '--format', 'json'], memoryIo(files, { cwd: '/repo' }));
    expect([inner.code, inner.io.stderrText, JSON.parse(inner.io.stdoutText).findings.length]).toEqual([1, '', 1]);
  });

  it("links a built-in rule's finding to the catalogue, and a user rule's to nothing (it is not in netlint's catalogue)", async () => {
    const rule = 'id: team/pool-prefix\ndescription: Pools are /16 or wider.\nseverity: warning\nremediation: Use a /16.\nmatch: { kinds: [calico/IPPool] }\nassert:\n  properties:\n    spec:\n      properties:\n        cidr: { pattern: "/(8|1[0-6])$" }\n';
    const files = { 'p.yaml': 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: p }\nspec: { cidr: 10.0.0.0/24, blockSize: 40 }\n', 'policy/team/pool-prefix.yaml': rule };
    const sarif = JSON.parse((await run(['lint', 'p.yaml', '--rules', 'policy', '--format', 'sarif'], memoryIo(files))).io.stdoutText);
    const descriptors = new Map(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => [r.id, r]));
    expect(descriptors.get('team/pool-prefix')).not.toHaveProperty('helpUri');
    expect(JSON.stringify(descriptors.get('team/pool-prefix'))).not.toContain('rules/README.md');
    expect((descriptors.get('calico/ippool-blocksize-range') as { helpUri: string }).helpUri).toMatch(/rules\/README\.md#calicoippool-blocksize-range$/);
    const stylish = (await run(['lint', 'p.yaml', '--rules', 'policy'], memoryIo(files))).io.stdoutText;
    expect(stylish).toContain('rules/README.md#calicoippool-blocksize-range');
    expect(stylish).not.toContain('#teampool-prefix');
    const markdown = (await run(['lint', 'p.yaml', '--rules', 'policy', '--format', 'markdown'], memoryIo(files))).io.stdoutText;
    expect(markdown).toContain('| team/pool\\-prefix |');
    expect(markdown).not.toContain('#teampool-prefix');
  });

  it("reports a user rule whose assert throws while validating as that rule file's error, exit 2, without a stack", async () => {
    const { RuleFileFault } = await import('../engine/rule-crash.js');
    const faulty = defineRule({ meta: { id: 'team/loop', description: 'x', severity: 'error', remediation: 'y', kinds: ['*'], messages: { m: 'm' } }, check: () => { throw new RuleFileFault('policy/team/loop.yaml: invalid rule: assert cannot be evaluated on p.yaml: Maximum call stack size exceeded'); } });
    const io = memoryIo({ 'p.yaml': GOOD_POOL });
    expect([await main(['lint', 'p.yaml'], io, { builtinRules: [faulty] }), io.stderrText]).toEqual([2, 'netlint: policy/team/loop.yaml: invalid rule: assert cannot be evaluated on p.yaml: Maximum call stack size exceeded\n']);
  });

  it('refuses a $ref that leads back through another $id without descending, at load, at the $ref', async () => {
    const rule = 'id: team/loop\ndescription: x\nseverity: error\nremediation: y\nmatch: { kinds: [calico/IPPool] }\nassert:\n  $id: "https://example.com/loop.json"\n  allOf: [{ $ref: "https://example.com/loop.json" }]\n';
    const { code, io } = await run(['lint', 'p.yaml', '--rules', 'policy'], memoryIo({ 'p.yaml': GOOD_POOL, 'policy/team/loop.yaml': rule }));
    expect([code, io.stderrText]).toEqual([2, 'netlint: policy/team/loop.yaml:8:19: invalid rule: assert.allOf[0].$ref "https://example.com/loop.json" leads back to the whole schema without descending into a property or item, so validating any value would recurse without end\n']);
  });

  it("reaches another rule file's $id whatever the order the files are read in, in one pack or across packs and rulePacks", async () => {
    const head = (id: string) => `id: ${id}\ndescription: Services carry labels.\nseverity: warning\nremediation: Add labels.\nmatch:\n  kinds: [Service]\nassert:\n`;
    const uses = (id: string) => `${head(id)}  properties:\n    metadata:\n      $ref: "https://example.com/shared-meta"\n`;
    const shared = (id: string) => `${head(id)}  $id: "https://example.com/shared-meta"\n  required: [labels]\n`;
    const svc = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{ port: 80 }]\n';
    const found = async (files: Record<string, string>, argv: string[] = []) => {
      const { code, io } = await run(['lint', 'm.yaml', '--format', 'json', ...argv], memoryIo({ 'm.yaml': svc, ...files }, { cwd: '/repo' }));
      expect([code, io.stderrText]).toEqual([0, '']);
      return JSON.parse(io.stdoutText).findings.map((f: { ruleId: string; line: number; column: number; message: string }) => `${f.ruleId}@${f.line}:${f.column} ${f.message}`);
    };
    // The file with the $ref read before the one with the $id, and after it.
    expect(await found({ 'policy/team/a-uses.yaml': uses('team/a-uses'), 'policy/team/b-shared.yaml': shared('team/b-shared') }, ['--rules', 'policy'])).toEqual(['team/b-shared@1:1 labels is required', 'team/a-uses@3:1 metadata.labels is required']);
    expect(await found({ 'policy/team/z-uses.yaml': uses('team/z-uses'), 'policy/team/b-shared.yaml': shared('team/b-shared') }, ['--rules', 'policy'])).toEqual(['team/b-shared@1:1 labels is required', 'team/z-uses@3:1 metadata.labels is required']);
    // In another pack, given before the pack of the $id, or named by the config.
    expect(await found({ 'a/team/uses.yaml': uses('team/uses'), 'b/base/shared.yaml': shared('base/shared') }, ['--rules', 'a', '--rules', 'b'])).toEqual(['base/shared@1:1 labels is required', 'team/uses@3:1 metadata.labels is required']);
    expect(await found({ '/repo/.git/HEAD': 'ref', '/repo/.netlint.yaml': 'rulePacks: [b]\n', 'a/team/uses.yaml': uses('team/uses'), 'b/base/shared.yaml': shared('base/shared') }, ['--rules', 'a'])).toEqual(['base/shared@1:1 labels is required', 'team/uses@3:1 metadata.labels is required']);
    // A $ref that truly reaches nothing stays an error at it.
    const nowhere = await run(['lint', 'm.yaml', '--rules', 'policy'], memoryIo({ 'm.yaml': svc, 'policy/team/a-uses.yaml': uses('team/a-uses') }));
    expect([nowhere.code, nowhere.io.stderrText]).toEqual([2, 'netlint: policy/team/a-uses.yaml:10:13: invalid rule: assert.properties.metadata.$ref "https://example.com/shared-meta" points at no schema netlint has read (a $ref reaches the definitions of this assert, "#/definitions/…", or the $id of another rule\'s assert)\n']);
  });

  it("links a user rule's finding to its docs when that is a URL, as a built-in rule's to the catalogue", async () => {
    const rule = 'id: team/pool-prefix\ndescription: Pools are /16 or wider.\nseverity: warning\nremediation: Use a /16.\ndocs: https://wiki.example.com/net/pools\nmatch: { kinds: [calico/IPPool] }\nassert:\n  properties:\n    spec:\n      properties:\n        cidr: { pattern: "/(8|1[0-6])$" }\n';
    const files = { 'p.yaml': 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: p }\nspec: { cidr: 10.0.0.0/24 }\n', 'policy/team/pool-prefix.yaml': rule };
    const sarif = JSON.parse((await run(['lint', 'p.yaml', '--rules', 'policy', '--format', 'sarif'], memoryIo(files))).io.stdoutText);
    const descriptor = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'team/pool-prefix');
    expect(descriptor.helpUri).toBe('https://wiki.example.com/net/pools');
    expect(descriptor.help.markdown).toBe('Pools are /16 or wider.\n\n**Remediation:** Use a /16.\n\n[Documentation](https://wiki.example.com/net/pools)');
    expect((await run(['lint', 'p.yaml', '--rules', 'policy'], memoryIo(files))).io.stdoutText).toContain('               https://wiki.example.com/net/pools\n');
    expect((await run(['lint', 'p.yaml', '--rules', 'policy', '--format', 'markdown'], memoryIo(files))).io.stdoutText).toContain('[team/pool\\-prefix](https://wiki.example.com/net/pools)');
    // Prose in docs is no link.
    const prose = { ...files, 'policy/team/pool-prefix.yaml': rule.replace('docs: https://wiki.example.com/net/pools', 'docs: See the network wiki.') };
    const plain = JSON.parse((await run(['lint', 'p.yaml', '--rules', 'policy', '--format', 'sarif'], memoryIo(prose))).io.stdoutText);
    expect(plain.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'team/pool-prefix')).not.toHaveProperty('helpUri');
  });

  it("names the rule file whose id repeats a built-in rule's or another pack's, at its id", async () => {
    const rule = (id: string) => `id: ${id}\ndescription: x\nseverity: error\nremediation: y\nmatch: { kinds: [calico/IPPool] }\nassert: { required: [spec] }\n`;
    const clash = await run(['lint', 'p.yaml', '--rules', 'policy'], memoryIo({ 'p.yaml': GOOD_POOL, 'policy/calico/ippool-blocksize-range.yaml': rule('calico/ippool-blocksize-range') }));
    expect([clash.code, clash.io.stderrText]).toEqual([2, 'netlint: policy/calico/ippool-blocksize-range.yaml:1:5: invalid rule: id "calico/ippool-blocksize-range" is already the id of a built-in rule (netlint rules lists them); rename this pack\'s folder or file\n']);
    const twice = await run(['lint', 'p.yaml', '--rules', 'a', '--rules', 'b'], memoryIo({ 'p.yaml': GOOD_POOL, 'a/team/r.yaml': rule('team/r'), 'b/team/r.yaml': rule('team/r') }));
    expect([twice.code, twice.io.stderrText]).toEqual([2, 'netlint: b/team/r.yaml:1:5: invalid rule: id "team/r" is already the id of the rule in a/team/r.yaml; rename this pack\'s folder or file\n']);
  });

  it('says which .json rule files it does not read, and leaves other JSON alone', async () => {
    const yamlRule = 'id: team/a\ndescription: x\nseverity: warning\nremediation: y\nmatch: { kinds: [calico/IPPool] }\nassert: { required: [spec] }\n';
    const jsonRule = JSON.stringify({ id: 'team/b', description: 'x', severity: 'error', remediation: 'y', match: { kinds: ['calico/IPPool'] }, assert: { required: ['nothing'] } });
    const files = { 'p.yaml': GOOD_POOL, 'policy/team/a.yaml': yamlRule, 'policy/team/b.json': jsonRule, 'policy/rule.schema.json': '{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object"}' };
    const { code, io } = await run(['lint', 'p.yaml', '--rules', 'policy'], memoryIo(files));
    expect([code, io.stderrText]).toEqual([0, 'netlint: warning: policy/team/b.json: not read: rule files are .yaml or .yml (JSON is YAML, so renaming it to .yaml is enough)\n']);
    const only = await run(['lint', 'p.yaml', '--rules', 'policy'], memoryIo({ 'p.yaml': GOOD_POOL, 'policy/team/b.json': jsonRule }));
    expect([only.code, only.io.stderrText]).toEqual([2, 'netlint: --rules policy: no .yaml rule files found (policy/team/b.json: rule files are .yaml or .yml; JSON is YAML, so renaming is enough)\n']);
  });

  it('reports a crashing rule as an internal error with its id, exit 2', async () => {
    const crash = defineRule({ meta: { id: 'test/crash', description: 'crashes', severity: 'error', remediation: 'None.', kinds: ['*'], messages: { m: 'm' } }, check: () => { throw new Error('kaboom'); } });
    const io = memoryIo({ 'p.yaml': GOOD_POOL });
    expect(await main(['lint', 'p.yaml'], io, { builtinRules: [crash] })).toBe(2);
    expect(io.stderrText).toContain('netlint: internal error: rule test/crash crashed on p.yaml: kaboom');
  });
});

describe('netlint rules and help', () => {
  it('lists the catalogue as JSON', async () => {
    const { code, io } = await run(['rules', '--format', 'json']);
    expect(code).toBe(0);
    const ids = JSON.parse(io.stdoutText).rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('calico/ippool-cidr-invalid');
    expect(ids).toContain('input/yaml-syntax');
  });

  it('prints help (exit 0)', async () => {
    expect((await run(['--help'])).code).toBe(0);
    expect((await run(['--help'])).io.stdoutText).toContain('Usage:');
  });
});

describe('rule options in .netlint.yaml', () => {
  it('are validated against the rule\'s schema, with the position of the options', async () => {
    const cfg = 'rules:\n  netpol/default-deny-missing:\n    options: { exmept: [shop] }\n';
    const { code, io } = await run(['lint', 'p.yaml'], memoryIo({ 'p.yaml': GOOD_POOL, '.netlint.yaml': cfg }));
    expect(code).toBe(2);
    expect(io.stderrText).toBe('netlint: .netlint.yaml:3:5: invalid config: rules.netpol/default-deny-missing.options.exmept is not a known field\n');
    const none = await run(['lint', 'p.yaml'], memoryIo({ 'p.yaml': GOOD_POOL, '.netlint.yaml': 'rules:\n  netpol/endport: { options: { x: 1 } }\n' }));
    expect(none.io.stderrText).toBe('netlint: .netlint.yaml:2:21: invalid config: rules.netpol/endport.options: this rule takes no options\n');
  });
});
