import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { yamlToResources } from '../../test/fixtures/reach/resources.js';
import type { Finding, Resource } from '../engine/types.js';
import { diffCommand, diffFindings, renamedObjects } from './diff.js';
import { memoryIo, type MemoryIo } from './testing/memory-io.js';

const fixture = fileURLToPath(new URL('../../test/fixtures/reach/diff/', import.meta.url));
function treeFiles(side: string, prefix: string): Record<string, string> {
  return Object.fromEntries(readdirSync(path.join(fixture, side)).map((f) => [`${prefix}/${f}`, readFileSync(path.join(fixture, side, f), 'utf8')]));
}

/** Loads every file under the given absolute paths from the in-memory file system. */
function loader(io: MemoryIo) {
  return async (paths: string[]): Promise<Resource[]> =>
    [...io.files.keys()]
      .filter((f) => f.endsWith('.yaml') && paths.some((p) => f.startsWith(`${p}/`)))
      .sort()
      .flatMap((f) => yamlToResources(io.text(f), f));
}

/**
 * A repository at /work/repo where `main` is commit aaa and anything else bbb: `tree(dir, calls)`
 * gives the files an extraction into dir writes (calls: the commands so far), `holds(REV:./P)`
 * whether `git cat-file -e` finds a path.
 */
function gitRepo(tree: (dir: string, calls: readonly string[]) => Record<string, string>, holds: (spec: string) => boolean = () => true): { io: MemoryIo; calls: string[] } {
  const calls: string[] = [];
  const io: MemoryIo = memoryIo(
    { 'repo/.keep': '' },
    {
      cwd: '/work/repo',
      exec: (file, args) => {
        calls.push(`${file} ${args.join(' ')}`);
        if (args[0] === 'rev-parse') return { exitCode: 0, stdout: `${args.at(-1)!.startsWith('main') ? 'aaa' : 'bbb'}\n`, stderr: '' };
        if (args[0] === 'cat-file') return { exitCode: holds(args[2]) ? 0 : 128, stdout: '', stderr: '' };
        if (file === 'tar') for (const [p, text] of Object.entries(tree(args[3], calls))) io.files.set(p, new TextEncoder().encode(text));
        return { exitCode: 0, stdout: '', stderr: '' };
      },
    },
  );
  return { io, calls };
}

describe('netlint diff', () => {
  it('diffs two directories and names the change behind each delta', async () => {
    const io = memoryIo({ ...treeFiles('base', 'base'), ...treeFiles('head', 'head') });
    expect(await diffCommand(['base', 'head'], io, { load: loader(io) })).toBe(0);
    expect(io.stdoutText).toContain('y/client → x/web 80/TCP  [allowed → denied] NetworkPolicy x/web-from-y removed');
    expect(io.stdoutText).toContain('z/tool → x/web 80/TCP  [denied → allowed] Namespace z edited (labels +team=blue)');
    const md = memoryIo({ ...treeFiles('base', 'base'), ...treeFiles('head', 'head') });
    await diffCommand(['base', 'head', '--format', 'markdown'], md, { load: loader(md) });
    expect(md.stdoutText).toContain('| `x/web` | `x/db` | 5432/TCP | NetworkPolicy x/db\\-from\\-web edited \\(spec\\) |');
  });

  it('reads git refs through git archive into a temporary directory and removes it', async () => {
    const { io, calls } = gitRepo((dir, calls) => treeFiles(calls.some((c) => c.includes('archive') && c.endsWith('aaa')) && !calls.some((c) => c.endsWith('bbb')) ? 'base' : 'head', dir));
    expect(await diffCommand(['main', 'feature', '--format', 'json'], io, { load: loader(io) })).toBe(0);
    const out = JSON.parse(io.stdoutText);
    // The shape's version comes first, as in lint's and reach's JSON.
    expect(Object.keys(out)[0]).toBe('version');
    expect(out.version).toBe(1);
    expect(out.closed.map((d: { from: string; to: string; protocol: string }) => `${d.from}>${d.to} ${d.protocol}`)).toEqual(['x/web>x/db TCP', 'y/client>x/web TCP', 'y/client>x/web ICMP']);
    expect(calls.filter((c) => c.startsWith('git rev-parse'))).toEqual(['git rev-parse --verify --quiet --end-of-options main^{commit}', 'git rev-parse --verify --quiet --end-of-options feature^{commit}']);
    expect(calls.filter((c) => c.startsWith('git archive'))).toHaveLength(2);
    expect([...io.files.keys()].some((f) => f.startsWith('/tmp/netlint-diff-'))).toBe(false);
  });

  it("carries what the answer leaves out on either side in every format, once when both sides say it, else with the side", async () => {
    const cilium = (name: string) => `apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: ${name}, namespace: x}\nspec: {endpointSelector: {}}\n`;
    const hostEndpoint = 'apiVersion: projectcalico.org/v3\nkind: HostEndpoint\nmetadata: {name: node1-eth0}\nspec: {node: node1, interfaceName: eth0}\n';
    const files = (): Record<string, string> => ({
      ...treeFiles('base', 'base'),
      ...treeFiles('head', 'head'),
      'base/other.yaml': `${cilium('l7')}---\n${hostEndpoint}`,
      'head/other.yaml': cilium('l7'),
      'head/more.yaml': cilium('egress-fqdn'),
    });
    const both = /^the input holds Cilium policies, which netlint does not evaluate \(CiliumNetworkPolicy x\/l7\): what they allow or deny is not in this answer$/;
    // Both sides hold Cilium policies: head's note, unmarked.
    const headsCilium = /^the input holds Cilium policies, which netlint does not evaluate \(CiliumNetworkPolicy x\/egress-fqdn and 1 more\)/;
    const baseOnly = /^base only: the input holds HostEndpoint node1-eth0: reach evaluates pods and address ranges, not host endpoints/;
    const json = memoryIo(files());
    expect(await diffCommand(['base', 'head', '--format', 'json'], json, { load: loader(json) })).toBe(0);
    const notes = (JSON.parse(json.stdoutText) as { notes: string[] }).notes;
    expect(notes).toEqual([expect.stringMatching(headsCilium), expect.stringMatching(baseOnly)]);
    expect(json.stderrText.split('\n').filter((l) => l.startsWith('netlint: note: '))).toHaveLength(2);
    const same = memoryIo({ ...treeFiles('base', 'base'), ...treeFiles('head', 'head'), 'base/other.yaml': cilium('l7'), 'head/other.yaml': cilium('l7') });
    expect(await diffCommand(['base', 'head', '--format', 'json'], same, { load: loader(same) })).toBe(0);
    expect((JSON.parse(same.stdoutText) as { notes: string[] }).notes).toEqual([expect.stringMatching(both)]);
    // On the terminal the report ends with them, and stderr does not repeat them.
    const text = memoryIo(files());
    expect(await diffCommand(['base', 'head'], text, { load: loader(text) })).toBe(0);
    expect(text.stdoutText).toMatch(/^note: the input holds Cilium policies/m);
    expect(text.stdoutText).toMatch(/^note: base only: the input holds HostEndpoint node1-eth0/m);
    expect(text.stderrText).not.toMatch(/netlint: note:/);
    const md = memoryIo(files());
    expect(await diffCommand(['base', 'head', '--format', 'markdown'], md, { load: loader(md) })).toBe(0);
    expect(md.stdoutText).toMatch(/\n\*\*Notes\*\*\n\n- the input holds Cilium policies.*\n- base only: the input holds HostEndpoint node1\\-eth0/);
    // A Cilium policy added by the change: said of head only.
    const added = memoryIo({ ...treeFiles('base', 'base'), ...treeFiles('head', 'head'), 'head/more.yaml': cilium('egress-fqdn') });
    expect(await diffCommand(['base', 'head', '--format', 'json'], added, { load: loader(added) })).toBe(0);
    expect((JSON.parse(added.stdoutText) as { notes: string[] }).notes).toEqual([expect.stringMatching(/^head only: the input holds Cilium policies, which netlint does not evaluate \(CiliumNetworkPolicy x\/egress-fqdn\)/)]);
    // Without such objects: no notes at all.
    const plain = memoryIo({ ...treeFiles('base', 'base'), ...treeFiles('head', 'head') });
    expect(await diffCommand(['base', 'head', '--format', 'json'], plain, { load: loader(plain) })).toBe(0);
    expect(JSON.parse(plain.stdoutText)).not.toHaveProperty('notes');
  });

  it('rejects a side that is neither a directory nor a revision', async () => {
    const io = memoryIo({}, { exec: () => ({ exitCode: 1, stdout: '', stderr: '' }) });
    await expect(diffCommand(['nope', 'also-nope'], io, { load: loader(io) })).rejects.toThrow(/neither a directory nor a git revision/);
  });

  it('reports findings added and removed regardless of line shifts', () => {
    const f = (ruleId: string, line: number): Finding => ({ ruleId, severity: 'warning', message: 'm', file: 'a.yaml', line, column: 1, endLine: line, endColumn: 2, resource: null, path: ['spec'] });
    expect(diffFindings([f('a', 1), f('b', 2)], [f('b', 9), f('c', 3)])).toEqual({ added: [f('c', 3)], removed: [f('a', 1)] });
  });
});

describe('netlint diff findings of renamed objects', () => {
  const policy = (name: string, meta = 'namespace: ns', from = 'a') => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: ${name}, ${meta} }
spec: { podSelector: {}, ingress: [{ from: [{ podSelector: { matchLabels: { app: ${from} } } }] }] }
`;
  const finding = (r: Resource, message = 'peers are ORed'): Finding => ({ ruleId: 'netpol/and-vs-or-selector', severity: 'info', message, file: r.file, line: 7, column: 21, endLine: 7, endColumn: 30, resource: { apiVersion: r.apiVersion, kind: r.kind, name: r.name, namespace: r.namespace }, path: ['spec'] });

  it('takes the same finding on an object renamed and otherwise unchanged for one finding', () => {
    const [base, head] = [yamlToResources(policy('b-ingress'), 'pol.yaml'), yamlToResources(policy('b-allow'), 'pol.yaml')];
    expect(diffFindings([finding(base[0])], [finding(head[0])], renamedObjects(base, head))).toEqual({ added: [], removed: [] });
    // Without the renames, as before: one removed, one added.
    expect(diffFindings([finding(base[0])], [finding(head[0])])).toEqual({ added: [finding(head[0])], removed: [finding(base[0])] });
    // A different message is a different finding.
    expect(diffFindings([finding(base[0])], [finding(head[0], 'other')], renamedObjects(base, head)).added).toHaveLength(1);
  });

  it('keeps the findings of a new object apart from a deleted one that differs beyond its name', () => {
    const [base, head] = [yamlToResources(policy('b-ingress'), 'pol.yaml'), yamlToResources(policy('b-allow', 'namespace: ns', 'z'), 'pol.yaml')];
    expect(renamedObjects(base, head).size).toBe(0);
    expect(renamedObjects(base, yamlToResources(policy('b-allow'), 'other.yaml')).size).toBe(0);
    expect(diffFindings([finding(base[0])], [finding(head[0])], renamedObjects(base, head))).toEqual({ added: [finding(head[0])], removed: [finding(base[0])] });
  });

  it('takes a finding on an object without metadata.namespace and on the same in namespace default for one', () => {
    const [base, head] = [yamlToResources(policy('p', 'labels: {}'), 'pol.yaml'), yamlToResources(policy('p', 'namespace: default'), 'pol.yaml')];
    expect(diffFindings([finding(base[0])], [finding(head[0])], renamedObjects(base, head))).toEqual({ added: [], removed: [] });
  });
});

describe('netlint diff --path on one side only', () => {
  // A change that adds a folder of policies: apps/ on both sides, netpol/ in head only.
  const files = (root: string, withPolicies: boolean) => {
    const head = treeFiles('head', `${root}/apps`);
    const policies = `${root}/apps/policies.yaml`;
    const out = Object.fromEntries(Object.entries(head).filter(([f]) => f !== policies));
    if (withPolicies) out[`${root}/netpol/policies.yaml`] = head[policies];
    return out;
  };

  it('compares a folder one side lacks against nothing there, and says which side', async () => {
    const io = memoryIo({ ...files('base', false), ...files('head', true) });
    expect(await diffCommand(['base', 'head', '--path', 'apps', '--path', 'netpol', '--format', 'json'], io, { load: loader(io), lint: () => [] })).toBe(0);
    expect(io.stderrText).toBe('netlint: note: --path netpol is not in BASE (base): compared as empty there\n');
    const out = JSON.parse(io.stdoutText);
    expect(out.changes.map((c: { description: string }) => c.description)).toContain('NetworkPolicy x/db-from-web added');
    expect(out.closed.length).toBeGreaterThan(0);
    // Only the missing path: that side is empty.
    const only = memoryIo({ ...files('base', false), ...files('head', true) });
    expect(await diffCommand(['head', 'base', '--path', 'netpol', '--format', 'json'], only, { load: loader(only) })).toBe(0);
    expect(only.stderrText).toContain('--path netpol is not in HEAD (base)');
    expect(JSON.parse(only.stdoutText).changes.every((c: { kind: string }) => c.kind === 'removed')).toBe(true);
    // The policies' folder alone: no workload on either side, so nothing can open or close; said.
    expect(only.stderrText).toContain('netlint: warning: --path netpol holds no workload on either side, so no connection can open or close');
    expect(io.stderrText).not.toContain('holds no workload');
  });

  it('is a usage error naming both sides for a path neither holds', async () => {
    const io = memoryIo({ ...files('base', false), ...files('head', true) });
    await expect(diffCommand(['base', 'head', '--path', 'apps', '--path', 'nope'], io, { load: loader(io) })).rejects.toThrow('--path nope is in neither BASE (base) nor HEAD (head)');
  });

  it('archives from a git revision only the paths it holds', async () => {
    const { io, calls } = gitRepo(
      (dir, calls) => files(dir, / netpol\/?$/.test(calls.filter((c) => c.startsWith('git archive')).at(-1)!)),
      (spec) => !/^aaa:\.\/netpol\/?$/.test(spec),
    );
    expect(await diffCommand(['main', 'feature', '--path', 'apps', '--path', 'netpol/', '--format', 'json'], io, { load: loader(io) })).toBe(0);
    expect(calls.filter((c) => c.startsWith('git cat-file'))).toEqual(['git cat-file -e aaa:./apps', 'git cat-file -e aaa:./netpol/', 'git cat-file -e bbb:./apps', 'git cat-file -e bbb:./netpol/']);
    expect(calls.filter((c) => c.startsWith('git archive')).map((c) => c.split(' -- ')[1])).toEqual(['aaa apps', 'bbb apps netpol/']);
    expect(io.stderrText).toBe('netlint: note: --path netpol/ is not in BASE (main): compared as empty there\n');
    expect(JSON.parse(io.stdoutText).closed.length).toBeGreaterThan(0);
  });
});

describe('netlint diff --from/--to/--port', () => {
  const run = async (...args: string[]) => {
    const io = memoryIo({ ...treeFiles('base', 'base'), ...treeFiles('head', 'head') });
    let code: number;
    try {
      code = await diffCommand(['base', 'head', ...args], io, { load: loader(io) });
    } catch (error) {
      return { code: null, io, error: (error as Error).message };
    }
    return { code, io, error: null };
  };
  const tuples = (text: string) => text.split('\n').filter((l) => l.startsWith('  ') && l.includes('→')).map((l) => l.trim().split('  [')[0]);

  it('lists only the connections between the selected endpoints, on the selected port, and says what it answers', async () => {
    const { code, io } = await run('--from', 'y/client', '--port', '5432');
    expect(code).toBe(0);
    expect(io.stdoutText.split('\n')[0]).toBe('connections matching --from y/client --port 5432:');
    expect(tuples(io.stdoutText)).toEqual(['y/client → x/db 5432/TCP']);
    const to = await run('--to', 'x/*', '--port', 'icmp', '--format', 'json');
    const out = JSON.parse(to.io.stdoutText);
    expect(out.query).toEqual({ to: 'x/*', port: 'icmp' });
    expect([...out.opened, ...out.closed].map((d: { from: string; to: string; protocol: string }) => `${d.from}>${d.to} ${d.protocol}`)).toEqual(['y/client>x/db ICMP', 'z/tool>x/web ICMP', 'y/client>x/web ICMP']);
    const md = await run('--from', 'z', '--format', 'markdown');
    expect(md.io.stdoutText).toContain('Connections matching `--from z`.');
    expect(md.io.stdoutText).toContain('| `z/tool` | `x/web` | 80/TCP |');
    expect(md.io.stdoutText).not.toContain('`y/client`');
  });

  it('is a usage error, not an empty answer, for a selector that names nothing, a bad port or a repeat', async () => {
    expect((await run('--from', 'nosuch')).error).toBe('--from "nosuch" matches no endpoint or external range on either side');
    expect((await run('--to', ' ')).error).toMatch(/^--to " " is empty/);
    expect((await run('--port', 'http-alt')).error).toBe('--port "http-alt": no endpoint on either side declares a port named http-alt');
    expect((await run('--port', '0')).error).toMatch(/^--port "0": port out of range/);
    expect((await run('--port', '80', '--port', '443')).error).toMatch(/^--port given 2 times/);
    // An endpoint only one side has is still a selector: x/cache is new in head.
    expect(tuples((await run('--from', 'x/cache')).io.stdoutText)).toEqual(['x/cache → y/client 80/TCP', 'x/cache → y/client ICMP', 'x/cache → z/tool ICMP']);
  });

  it('reports an empty selector or a port that does not parse before reading either side', async () => {
    for (const args of [['--port', '0'], ['--port', '80/ICMP'], ['--from', ''], ['--to', '  ']]) {
      const io = memoryIo({ ...treeFiles('base', 'base'), ...treeFiles('head', 'head') });
      let reads = 0;
      const counted = loader(io);
      const error = await diffCommand(['base', 'head', ...args], io, {
        load: (paths) => {
          reads++;
          return counted(paths);
        },
        lint: () => {
          reads++;
          return [];
        },
      }).then(
        () => null,
        (e: Error) => e.message,
      );
      expect(error, args.join(' ')).toMatch(/^--(port|from|to) /);
      expect(reads, args.join(' ')).toBe(0);
    }
  });
});

describe('netlint diff with the CLI dependencies', () => {
  it('reads each side from its root and reports findings added and removed', async () => {
    const { cliDiffDeps } = await import('./diff-deps.js');
    const { BUILTIN_RULES } = await import('../../rules/index.js');
    const pool = (blockSize: number) => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: p }\nspec: { cidr: 10.0.0.0/16, blockSize: ${blockSize}, natOutgoing: true }\n`;
    const io = memoryIo({ ...treeFiles('base', 'base'), ...treeFiles('head', 'head'), 'base/pool.yaml': pool(26), 'head/pool.yaml': pool(18) });
    expect(await diffCommand(['base', 'head', '--format', 'json'], io, cliDiffDeps(io, BUILTIN_RULES))).toBe(0);
    const out = JSON.parse(io.stdoutText);
    expect(out.findings.added.map((f: Finding) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual(['calico/ippool-blocksize-range pool.yaml:4']);
    // In head, y/client gains role=admin, which gives the admins peer (namespace y by name, role=admin)
    // something to select; the `team: blue` namespace selector is reported on neither side, as
    // namespaces outside the input may carry that label.
    expect(out.findings.removed.map((f: Finding) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual(['netpol/peer-selects-nothing policies.yaml:32']);
    expect(out.closed.length + out.opened.length).toBeGreaterThan(0);
  });
});
