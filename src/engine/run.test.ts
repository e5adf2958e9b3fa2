import { describe, expect, it } from 'vitest';
import type { NetlintConfig } from './config.js';
import { defineRule } from './rule.js';
import { RuleCrash, lint, unsuppressed, type Suppression } from './run.js';
import type { Finding, SourceFile } from './types.js';

/** A rule that reports every IPPool's spec.cidr, so suppression plumbing can be tested alone. */
const poolRule = defineRule({
  meta: {
    id: 'test/pool-cidr',
    description: 'Reports the cidr of every pool, for tests.',
    severity: 'warning',
    remediation: 'None.',
    kinds: ['calico/IPPool'],
    messages: { seen: 'pool {{name}} has cidr {{cidr}}' },
  },
  check(resource, ctx) {
    const spec = resource.value.spec as { cidr?: string } | undefined;
    ctx.report({ path: ['spec', 'cidr'], messageId: 'seen', data: { name: resource.name, cidr: spec?.cidr ?? '?' } });
  },
});

const pool = (name: string, extra = '') => `apiVersion: projectcalico.org/v3
kind: IPPool
metadata:
  name: ${name}${extra}
spec:
  cidr: 10.0.0.0/16
`;

const run = (files: Record<string, string>, config?: NetlintConfig, more: Partial<Parameters<typeof lint>[0]> = {}) =>
  lint({ files: Object.entries(files).map(([path, content]): SourceFile => ({ path, content })), rules: [poolRule], config, ...more });

describe('lint()', () => {
  it('reports at the rule path with file, resource and remediation, sorted by file and line', () => {
    const { findings, summary } = run({ 'b.yaml': pool('b'), 'a.yaml': `${pool('a1')}---\n${pool('a2')}` });
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
      'a.yaml:6:9 pool a1 has cidr 10.0.0.0/16',
      'a.yaml:13:9 pool a2 has cidr 10.0.0.0/16',
      'b.yaml:6:9 pool b has cidr 10.0.0.0/16',
    ]);
    expect(findings[0]).toMatchObject({ severity: 'warning', resource: { kind: 'IPPool', name: 'a1', namespace: null, apiVersion: 'projectcalico.org/v3' }, path: ['spec', 'cidr'], remediation: 'None.' });
    expect(summary).toEqual({ files: 2, resources: 3, errors: 0, warnings: 3, infos: 0 });
  });

  it('says a finding once when a rule reports the same words at the same place twice (one related object written in two files)', () => {
    // Reports every pool against each other pool named "shared": the two copies of "shared" give each pool two identical findings.
    const perOther = defineRule({
      ...poolRule,
      meta: { ...poolRule.meta, id: 'test/per-other', messages: { against: 'pool {{name}} meets pool {{other}}' } },
      check(resource, ctx) {
        for (const other of ctx.model.byKind('calico/IPPool')) if (other.name === 'shared' && other !== resource) ctx.report({ path: ['spec', 'cidr'], messageId: 'against', data: { name: resource.name, other: other.name } });
      },
    });
    const { findings, summary } = lint({ files: [{ path: 'a.yaml', content: pool('mine') }, { path: 'x/s.yaml', content: pool('shared') }, { path: 'y/s.yaml', content: pool('shared') }], rules: [perOther] });
    expect(findings.filter((f) => f.file === 'a.yaml').map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['6:9 pool mine meets pool shared']);
    // Each copy of "shared" meets the other copy once: different files, both kept.
    expect(findings.map((f) => f.file)).toEqual(['a.yaml', 'x/s.yaml', 'y/s.yaml']);
    expect(summary.warnings).toBe(3);
  });

  it('does not report a rule\'s finding at a value holding a ${NAME} placeholder or a {{ }} template action, or wholly a $NAME one (envsubst, Flux post-build substitution, Go templates)', () => {
    const withCidr = (cidr: string) => pool('p').replace('10.0.0.0/16', cidr);
    const cidrs = (cidr: string) => run({ 'a.yaml': withCidr(cidr) }).findings.map((f) => f.message);
    expect(cidrs('${POD_CIDR}')).toEqual([]);
    expect(cidrs('"${POD_CIDR:-10.0.0.0/16}"')).toEqual([]);
    expect(cidrs('$POD_CIDR')).toEqual([]);
    expect(cidrs('"${EXT_IP}/32"')).toEqual([]);
    expect(cidrs('"${DOMAIN/./-}"')).toEqual([]);
    // drone/envsubst's other bash operators (cluster-api's templates).
    expect(cidrs('"${POD_CIDR#*=}"')).toEqual([]);
    expect(cidrs('"${POD_CIDR,,}"')).toEqual([]);
    // A Go template action, as an operator's addon manifests hold them (kubeone's canal.yaml).
    expect(cidrs('"{{ default .PodCIDR .Params.cidr }}"')).toEqual([]);
    expect(cidrs('"{{ .Octet }}.0.0.0/8"')).toEqual([]);
    // Markers a script or test tool replaces: sed's <<NAME>> and __NAME__, Concourse's ((name)), Chainsaw's ($binding).
    expect(cidrs('"<<CALICO_IPV4POOL_CIDR>>"')).toEqual([]);
    // `__NAME__` only in names: Calico's CNI config template holds such markers, and what it says around them is judged.
    expect(cidrs('__POD_CIDR__')).toEqual(['pool p has cidr __POD_CIDR__']);
    expect(cidrs('"((pod_cidr))"')).toEqual([]);
    expect(cidrs('"($cidr)"')).toEqual([]);
    expect(cidrs('"<POD_CIDR>"')).toEqual(['pool p has cidr <POD_CIDR>']);
    // An unbraced $NAME inside other text, a lower-case $word, or a lone brace is a value to judge.
    expect(cidrs('"{10.0.0.0/16}"')).toEqual(['pool p has cidr {10.0.0.0/16}']);
    expect(cidrs('10.$OCTET.0.0/16')).toEqual(['pool p has cidr 10.$OCTET.0.0/16']);
    expect(cidrs('$pod_cidr')).toEqual(['pool p has cidr $pod_cidr']);
  });

  it('checks no object marked config.kubernetes.io/local-config: "true" (kpt and kustomize never apply it), and leaves it out of the model', () => {
    const local = (value: string) => pool('fn-config', `\n  annotations: {config.kubernetes.io/local-config: ${value}}`);
    expect(run({ 'a.yaml': local('"true"') }).findings).toEqual([]);
    expect(run({ 'a.yaml': local('"false"') }).findings.map((f) => f.message)).toEqual(['pool fn-config has cidr 10.0.0.0/16']);
    const seen: number[] = [];
    const counter = defineRule({ ...poolRule, meta: { ...poolRule.meta, id: 'test/count' }, check: (_r, ctx) => void seen.push(ctx.model.byKind('calico/IPPool').length) });
    lint({ files: [{ path: 'a.yaml', content: `${local('"true"')}---\n${pool('real')}` }], rules: [counter] });
    expect(seen).toEqual([1]);
  });

  it('applies severities from config, and --enable / --disable', () => {
    expect(run({ 'a.yaml': pool('a') }, { rules: { 'test/pool-cidr': 'error' } }).findings[0].severity).toBe('error');
    expect(run({ 'a.yaml': pool('a') }, { rules: { 'test/pool-cidr': { severity: 'info' } } }).findings[0].severity).toBe('info');
    expect(run({ 'a.yaml': pool('a') }, { rules: { 'test/pool-cidr': 'off' } }).findings).toEqual([]);
    expect(run({ 'a.yaml': pool('a') }, undefined, { disable: ['test/pool-cidr'] }).findings).toEqual([]);
    // The command line wins over the config file.
    expect(run({ 'a.yaml': pool('a') }, { rules: { 'test/pool-cidr': 'off' } }, { enable: ['test/pool-cidr'] }).findings).toHaveLength(1);
  });

  it('suppresses with the netlint.io/ignore annotation and reports an unused or unknown one', () => {
    const annotated = (ids: string) => pool('a', `\n  annotations:\n    netlint.io/ignore: "${ids}"`);
    expect(run({ 'a.yaml': annotated('test/pool-cidr') }).findings).toEqual([]);
    const other = run({ 'a.yaml': annotated('test/pool-cidr, test/nope') }).findings;
    expect(other.map((f) => `${f.ruleId}@${f.line}:${f.column}`)).toEqual(['input/unknown-rule@6:24']);
    const unused = run({ 'a.yaml': annotated('test/pool-cidr') }, { rules: {} }, { files: [{ path: 'a.yaml', content: annotated('test/pool-cidr').replace('10.0.0.0/16', '10.1.0.0/16') }] });
    expect(unused.findings).toEqual([]);
  });

  it('reports an unused or unknown suppression at the severity the config gives those rules, and not when turned off', () => {
    const misplaced = pool('a').replace('spec:', '# netlint-disable-next-line test/pool-cidr, test/nope\nspec:');
    const ids = (config?: NetlintConfig, disable?: string[]) => run({ 'a.yaml': misplaced }, config, disable ? { disable } : {}).findings.map((f) => `${f.ruleId} ${f.severity}`);
    expect(ids()).toEqual(['input/unknown-rule warning', 'input/unused-suppression warning', 'test/pool-cidr warning']);
    expect(ids({ rules: { 'input/unused-suppression': 'off', 'input/unknown-rule': 'error' } })).toEqual(['input/unknown-rule error', 'test/pool-cidr warning']);
    expect(ids(undefined, ['input/unused-suppression', 'input/unknown-rule'])).toEqual(['test/pool-cidr warning']);
    // A misspelt id gets the spelling it most likely meant, as in .netlint.yaml and on the command line.
    const typo = pool('a').replace('spec:', '# netlint-disable-next-line test/pool-cdir\nspec:');
    expect(run({ 'a.yaml': typo }).findings.find((f) => f.ruleId === 'input/unknown-rule')?.message).toBe('comment netlint-disable names unknown rule "test/pool-cdir" (did you mean test/pool-cidr?)');
  });

  it('suppresses with # netlint-disable-next-line and reports an unused directive', () => {
    const text = pool('a').replace('  cidr:', '  # netlint-disable-next-line test/pool-cidr\n  cidr:');
    expect(run({ 'a.yaml': text }).findings).toEqual([]);
    const misplaced = pool('a').replace('spec:', '# netlint-disable-next-line test/pool-cidr\nspec:');
    const findings = run({ 'a.yaml': misplaced }).findings;
    expect(findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`)).toEqual(['input/unused-suppression@5:1', 'test/pool-cidr@7:9']);
    const sameLine = pool('a').replace('cidr: 10.0.0.0/16', 'cidr: 10.0.0.0/16  # netlint-disable-line');
    expect(run({ 'a.yaml': sameLine }).findings).toEqual([]);
  });

  it('ignores paths from config, for every rule or for listed rules only', () => {
    expect(run({ 'vendor/a.yaml': pool('a'), 'b.yaml': pool('b') }, { ignore: ['vendor/'] }).findings.map((f) => f.file)).toEqual(['b.yaml']);
    const partial = run({ 'gen/a.yaml': pool('a') }, { ignore: [{ paths: ['gen/**/*.yaml'], rules: ['test/pool-cidr'] }] });
    expect(partial.findings).toEqual([]);
    expect(partial.summary.resources).toBe(1);
  });

  it('reports a folder target without Kubernetes objects', () => {
    const { findings } = run({ 'charts/values.yaml': 'replicas: 2\n' }, undefined, { targets: [{ path: 'charts', isDirectory: true, files: ['charts/values.yaml'] }] });
    expect(findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual(['input/no-resources charts', 'input/not-kubernetes charts/values.yaml']);
    const empty = run({}, undefined, { targets: [{ path: 'empty', isDirectory: true, files: [] }] });
    expect(empty.findings[0].message).toContain('no .yaml, .yml, .json, .conf or .conflist file under empty');
  });

  it('wraps a crashing rule with its id and file', () => {
    const crashing = defineRule({ ...poolRule, meta: { ...poolRule.meta, id: 'test/crash' }, check: () => { throw new TypeError('boom'); } });
    expect(() => lint({ files: [{ path: 'a.yaml', content: pool('a') }], rules: [crashing] })).toThrow(RuleCrash);
    expect(() => lint({ files: [{ path: 'a.yaml', content: pool('a') }], rules: [crashing] })).toThrow('rule test/crash crashed on a.yaml: boom');
  });

  it('points a span inside a single-line scalar at its column', () => {
    const spanRule = defineRule({
      meta: { ...poolRule.meta, id: 'test/span', kinds: ['calico/IPPool'], messages: { at: 'here' } },
      check(_r, ctx) {
        ctx.report({ path: ['spec', 'nodeSelector'], messageId: 'at', span: { start: 5, end: 7 } });
      },
    });
    const text = pool('a').replace('  cidr: 10.0.0.0/16', '  nodeSelector: "rack = \'a\'"');
    const [f] = lint({ files: [{ path: 'a.yaml', content: text }], rules: [spanRule] }).findings;
    expect([f.line, f.column, f.endColumn]).toEqual([6, 23, 25]);
  });
});

describe('config ignore entries as suppressions', () => {
  it('reports an ignore entry whose rules match nothing, at its line in the config file', async () => {
    const { parseConfig } = await import('./config.js');
    const { config } = parseConfig('ignore:\n  - { paths: ["gen/**"], rules: [test/pool-cidr] }\n  - { paths: ["other/**"], rules: [test/pool-cidr] }\n', '.netlint.yaml');
    const { findings } = run({ 'gen/a.yaml': pool('a'), 'other/b.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: { name: b }\n' }, config);
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual(['.netlint.yaml:3:5 input/unused-suppression']);
  });

  it('does not judge an entry whose paths match no file of this lint (a subfolder, the changed files of a PR)', async () => {
    const { parseConfig } = await import('./config.js');
    const { config } = parseConfig('ignore:\n  - { paths: ["legacy/**"], rules: [test/pool-cidr] }\n  - { paths: ["legacy/**"], rules: [test/no-such-rule] }\n', '.netlint.yaml');
    const { findings } = run({ 'deploy/ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: { name: b }\n' }, config);
    // An unknown rule id is wrong whatever was linted.
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual(['.netlint.yaml:3:5 input/unknown-rule']);
  });
});

describe('spans inside a literal block scalar', () => {
  it('points at the line and column inside the block', () => {
    const rule = defineRule({
      meta: { id: 'test/in-block', description: 'Points inside a block scalar, for tests.', severity: 'error', remediation: 'None.', kinds: ['ConfigMap'], messages: { here: 'here' } },
      check(resource, ctx) {
        const text = (resource.value.data as Record<string, string>)['net-conf.json'];
        const at = text.indexOf('"Network"');
        ctx.report({ path: ['data', 'net-conf.json'], messageId: 'here', span: { start: at, end: at + 9 } });
      },
    });
    const yaml = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: kube-flannel-cfg }\ndata:\n  net-conf.json: |\n    {\n      "Network": "10.244.0.0/16"\n    }\n';
    const [f] = lint({ files: [{ path: 'cm.yaml', content: yaml }], rules: [rule] }).findings;
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([7, 7, 7, 16]);
  });
});

describe('where a finding about a whole object points', () => {
  const wholeRule = defineRule({
    meta: { id: 'test/whole', description: 'Reports every pool as a whole, for tests.', severity: 'info', remediation: 'None.', kinds: ['calico/IPPool'], messages: { whole: 'pool' } },
    check(_resource, ctx) {
      ctx.report({ path: [], messageId: 'whole' });
    },
  });

  it('at its metadata.name, else its kind, not at the first column of its document', () => {
    const files: SourceFile[] = [
      { path: 'named.yaml', content: `# a comment\n${pool('rack-0')}` },
      { path: 'nameless.yaml', content: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nspec: { cidr: 10.0.0.0/16 }\n' },
    ];
    const { findings } = lint({ files, rules: [wholeRule] });
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endColumn}`)).toEqual(['named.yaml:5:9-15', 'nameless.yaml:2:7-13']);
    expect(findings.every((f) => f.path.length === 0)).toBe(true);
  });
});

describe('unsuppressed', () => {
  const finding = (file: string, ruleId = 'x/y'): Finding => ({
    ruleId,
    severity: 'error',
    message: 'm',
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    resource: null,
    path: [],
  });
  const at = { line: 1, column: 1, endLine: 1, endColumn: 1 };

  it('tries a finding only against its own file’s suppressions and the config’s: work grows with findings plus suppressions', () => {
    let calls = 0;
    const n = 2_000;
    // One comment per file, matching the file's own finding; one config entry matching nothing.
    const suppressions: Suppression[] = Array.from({ length: n }, (_, i) => ({
      ids: 'all' as const,
      file: `f${i}.yaml`,
      position: at,
      inFile: `f${i}.yaml`,
      used: new Set<string>(),
      matches: (f: Finding) => (calls++, f.file === `f${i}.yaml`),
      what: 'comment',
    }));
    suppressions.push({ ids: ['x/y'], file: '.netlint.yaml', position: at, inFile: null, used: new Set(), matches: () => (calls++, false), what: 'config' });
    const findings = Array.from({ length: n }, (_, i) => finding(`f${i}.yaml`)).concat([finding('other.yaml')]);
    const kept = unsuppressed(findings, suppressions);
    expect(kept.map((f) => f.file)).toEqual(['other.yaml']);
    expect(suppressions.slice(0, n).every((s) => s.used.has('*'))).toBe(true);
    // One call per finding for its file's comment, one per finding for the config entry.
    expect(calls).toBe(n + (n + 1));
  });

  it('marks every suppression that matches, in the file and in the config', () => {
    const inFile: Suppression = { ids: ['x/y'], file: 'a.yaml', position: at, inFile: 'a.yaml', used: new Set(), matches: () => true, what: 'comment' };
    const config: Suppression = { ids: 'all', file: '.netlint.yaml', position: at, inFile: null, used: new Set(), matches: (f) => f.file === 'a.yaml', what: 'config' };
    expect(unsuppressed([finding('a.yaml'), finding('b.yaml')], [inFile, config]).map((f) => f.file)).toEqual(['b.yaml']);
    expect([...inFile.used, ...config.used]).toEqual(['x/y', '*']);
  });
});

describe('suppressions and severities reach only what they name', () => {
  /** Reports every object's name, whatever its kind, for tests: a second rule beside test/pool-cidr. */
  const nameRule = defineRule({
    meta: { id: 'test/any-name', description: 'Reports every object name, for tests.', severity: 'warning', remediation: 'None.', kinds: ['*'], messages: { seen: 'object {{name}}' } },
    check(resource, ctx) {
      ctx.report({ path: ['metadata', 'name'], messageId: 'seen', data: { name: resource.name } });
    },
  });
  /** Reports the pool's cidr as a second rule, so two rules report on one line. */
  const cidrToo = defineRule({ ...poolRule, meta: { ...poolRule.meta, id: 'test/pool-cidr-too' } });
  const lintWith = (rules: Parameters<typeof lint>[0]['rules'], files: Record<string, string>, config?: NetlintConfig, more: Partial<Parameters<typeof lint>[0]> = {}) =>
    lint({ files: Object.entries(files).map(([path, content]): SourceFile => ({ path, content })), rules, config, ...more }).findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`);

  it('a directive naming one rule leaves the other rules of its line, and other files, alone', () => {
    const text = pool('a').replace('  cidr:', '  # netlint-disable-next-line test/pool-cidr\n  cidr:');
    expect(lintWith([poolRule, cidrToo], { 'a.yaml': text, 'b.yaml': `${pool('b')}\n\n` })).toEqual(['a.yaml:7 test/pool-cidr-too', 'b.yaml:6 test/pool-cidr', 'b.yaml:6 test/pool-cidr-too']);
    // Without ids it takes every rule of its line, and only that line.
    const all = pool('a').replace('  cidr:', '  # netlint-disable-next-line\n  cidr:');
    expect(lintWith([poolRule, cidrToo, nameRule], { 'a.yaml': all })).toEqual(['a.yaml:4 test/any-name']);
  });

  it('the ignore annotation suppresses its own object only: not its neighbour, not a namesake in another file or namespace', () => {
    const map = (name: string, ns: string, ignore = '') => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: ${ns}\n${ignore ? `  annotations: { netlint.io/ignore: "${ignore}" }\n` : ''}`;
    const files = { 'a.yaml': `${map('one', 'x', 'test/any-name')}---\n${map('two', 'x')}---\n${map('one', 'y')}`, 'b.yaml': map('one', 'x') };
    expect(lintWith([nameRule], files)).toEqual(['a.yaml:11 test/any-name', 'a.yaml:17 test/any-name', 'b.yaml:4 test/any-name']);
  });

  it('the ignore annotation takes every rule when it names "*", "all" or nothing, and one rule when it names one', () => {
    const annotated = (ids: string) => pool('a', `\n  annotations:\n    netlint.io/ignore: "${ids}"`);
    for (const ids of ['*', 'all', '', 'test/x, all']) expect(lintWith([poolRule, nameRule], { 'a.yaml': annotated(ids) }), ids).toEqual([]);
    expect(lintWith([poolRule, nameRule], { 'a.yaml': annotated('test/any-name') })).toEqual(['a.yaml:8 test/pool-cidr']);
    // Rule ids may be separated by commas, spaces or both.
    expect(lintWith([poolRule, nameRule], { 'a.yaml': annotated('test/any-name test/pool-cidr') })).toEqual([]);
  });

  it('an ignore entry with several paths takes a file matching any of them', () => {
    const files = { 'gen/a.yaml': pool('a'), 'vendor/b.yaml': pool('b'), 'c.yaml': pool('c') };
    expect(lintWith([poolRule], files, { ignore: [{ paths: ['gen/**', 'vendor/**'], rules: ['test/pool-cidr'] }] })).toEqual(['c.yaml:6 test/pool-cidr']);
    expect(lintWith([poolRule], files, { ignore: [{ paths: ['gen/', 'vendor/'] }] })).toEqual(['c.yaml:6 test/pool-cidr']);
  });

  it("a severity set in the config replaces a rule's own per-finding severity; 'on' keeps it", () => {
    const graded = defineRule({
      meta: { ...poolRule.meta, id: 'test/graded' },
      check(resource, ctx) {
        ctx.report({ path: ['spec', 'cidr'], messageId: 'seen', data: { name: resource.name, cidr: '' }, severity: resource.name === 'a' ? 'info' : undefined });
      },
    });
    const severities = (config?: NetlintConfig) => lint({ files: [{ path: 'a.yaml', content: `${pool('a')}---\n${pool('b')}` }], rules: [graded], config }).findings.map((f) => f.severity);
    expect(severities()).toEqual(['info', 'warning']);
    expect(severities({ rules: { 'test/graded': 'on' } })).toEqual(['info', 'warning']);
    expect(severities({ rules: { 'test/graded': 'error' } })).toEqual(['error', 'error']);
    expect(severities({ rules: { 'test/graded': { severity: 'warning' } } })).toEqual(['warning', 'warning']);
  });

  it('a rule off by default runs only when turned on, by the config or --enable', () => {
    const optIn = defineRule({ ...poolRule, meta: { ...poolRule.meta, id: 'test/opt-in', enabledByDefault: false } });
    expect(lintWith([optIn], { 'a.yaml': pool('a') })).toEqual([]);
    expect(lintWith([optIn], { 'a.yaml': pool('a') }, { rules: { 'test/opt-in': 'on' } })).toEqual(['a.yaml:6 test/opt-in']);
    expect(lintWith([optIn], { 'a.yaml': pool('a') }, undefined, { enable: ['test/opt-in'] })).toEqual(['a.yaml:6 test/opt-in']);
  });
});
