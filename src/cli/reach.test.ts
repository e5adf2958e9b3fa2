import { describe, expect, it } from 'vitest';
import { reachCorpus } from '../../bench/reach-corpus.js';
import { yamlToResources } from '../../test/fixtures/reach/resources.js';
import { loadSources } from '../engine/load.js';
import { reach } from '../engine/netpol/reach.js';
import { formatReachJson } from '../report/reach/json.js';
import { UsageError } from './io.js';
import { reachCommand } from './reach.js';
import { memoryIo } from './testing/memory-io.js';

const MANIFESTS = `
apiVersion: v1
kind: Namespace
metadata: {name: x}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: a, namespace: x}
spec:
  template:
    metadata: {labels: {pod: a}}
    spec: {containers: [{name: c, ports: [{containerPort: 80, name: serve-80-tcp}, {containerPort: 81, protocol: UDP}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: b, namespace: x, labels: {pod: b}}
spec: {containers: [{name: c, ports: [{containerPort: 80}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: a-from-b, namespace: x}
spec:
  podSelector: {matchLabels: {pod: a}}
  ingress: [{from: [{podSelector: {matchLabels: {pod: b}}}], ports: [{port: serve-80-tcp}]}]
`;

const load = async (): Promise<ReturnType<typeof yamlToResources>> => yamlToResources(MANIFESTS);

describe('netlint reach', () => {
  it('prints the JSON contract, version 2: pods with their group, groups, allowed between groups', async () => {
    const io = memoryIo();
    expect(await reachCommand(['manifests', '--format', 'json'], io, load)).toBe(0);
    const out = JSON.parse(io.stdoutText);
    expect(out.version).toBe(2);
    expect(out.pods.map((p: { id: string; group: string }) => `${p.id}@${p.group}`)).toEqual(['x/a@g1', 'x/b@g2']);
    expect(out.pods[0]).toMatchObject({ kind: 'Deployment', labels: { pod: 'a' }, ports: [{ port: 80, protocol: 'TCP', name: 'serve-80-tcp' }, { port: 81, protocol: 'UDP' }] });
    expect(out.groups).toEqual([
      { id: 'g1', members: ['x/a'] },
      { id: 'g2', members: ['x/b'] },
    ]);
    // The policy's rule names a port, so it does not admit ping: x/a takes no ICMP echo.
    expect(out.allowed).toEqual([
      { from: 'g1', to: 'g2', port: 80, protocol: 'TCP' },
      { from: 'g1', to: 'g2', protocol: 'ICMP' },
      { from: 'g2', to: 'g1', port: 80, protocol: 'TCP' },
    ]);
    expect(out.summary).toMatchObject({ endpoints: 2, groups: 2, policies: 1, allowed: 3, connections: { allowed: 3, denied: 2 } });
  });

  it('notes when a range decides pods by a guess of their addresses (no pod CIDR), in the report and on stderr unless the terminal shows the report, and not once it is given', async () => {
    const withBlock = async () => yamlToResources(`${MANIFESTS}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: b-from-10, namespace: x}
spec:
  podSelector: {matchLabels: {pod: b}}
  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8}}]}]
`);
    const note = /pod addresses are not known \(no cluster\.podCIDR in \.netlint\.yaml, no kind or kubeadm config in the input\).*a range holding only part of that \(10\.0\.0\.0\/8 in NetworkPolicy x\/b-from-10\) is taken to hold no pod/;
    // Text on the terminal: the note ends the report, and stderr does not repeat it.
    const guessed = memoryIo();
    expect(await reachCommand(['manifests'], guessed, withBlock)).toBe(0);
    expect(guessed.stdoutText).toMatch(new RegExp(`^note: ${note.source}`, 'm'));
    expect(guessed.stderrText).toBe('');
    expect(guessed.stdoutText).not.toMatch(/^x\/a => x\/b/m);
    // JSON (read by programs) and a report written to a file: in the report and on stderr.
    const json = memoryIo();
    expect(await reachCommand(['manifests', '--format', 'json'], json, withBlock)).toBe(0);
    expect((JSON.parse(json.stdoutText) as { notes: string[] }).notes).toEqual([expect.stringMatching(note)]);
    expect(json.stderrText).toMatch(new RegExp(`^netlint: note: ${note.source}`));
    const expanded = memoryIo();
    expect(await reachCommand(['manifests', '--format', 'json', '--expand'], expanded, withBlock)).toBe(0);
    expect((JSON.parse(expanded.stdoutText) as { notes: string[] }).notes).toEqual([expect.stringMatching(note)]);
    for (const format of ['mermaid', 'dot']) {
      const graph = memoryIo();
      expect(await reachCommand(['manifests', '--format', format], graph, withBlock)).toBe(0);
      expect(graph.stdoutText).toMatch(new RegExp(`^  ${format === 'dot' ? '//' : '%%'} note: ${note.source}`, 'm'));
      expect(graph.stderrText).toMatch(new RegExp(`^netlint: note: ${note.source}`));
    }
    const markdown = memoryIo();
    expect(await reachCommand(['manifests', '--format', 'markdown'], markdown, withBlock)).toBe(0);
    expect(markdown.stdoutText).toMatch(/\*\*Notes\*\*\n\n- pod addresses are not known/);
    expect(markdown.stderrText).toBe('');
    const known = memoryIo();
    expect(await reachCommand(['manifests'], known, withBlock, { podCIDR: '10.244.0.0/16' })).toBe(0);
    expect(known.stderrText).toBe('');
    expect(known.stdoutText).toMatch(/^x\/a => x\/b : 80\/TCP/m);
    expect(known.stdoutText).not.toMatch(/^note:/m);
    // Without any range, or with one that holds every assumed pod address, there is nothing to note.
    const plain = memoryIo();
    expect(await reachCommand(['manifests'], plain, load)).toBe(0);
    expect(plain.stderrText).toBe('');
  });

  it('says so when the input holds no pod or workload, in every format, instead of a bare "0 allowed, 0 denied"', async () => {
    const policiesOnly = async () => yamlToResources(MANIFESTS.split('---').filter((d) => /kind: (Namespace|NetworkPolicy)/.test(d)).join('---'));
    const note = /^the input holds no pod or workload \(Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob\), so there is no connection to answer for/;
    const text = memoryIo();
    expect(await reachCommand(['policies'], text, policiesOnly)).toBe(0);
    expect(text.stdoutText).toMatch(/^0 allowed, 0 denied connections between 0 endpoints \(0 groups\) under 1 policy$/m);
    expect(text.stdoutText).toMatch(new RegExp(`^note: ${note.source.slice(1)}`, 'm'));
    const json = memoryIo();
    expect(await reachCommand(['policies', '--format', 'json'], json, policiesOnly)).toBe(0);
    expect((JSON.parse(json.stdoutText) as { notes: string[] }).notes).toEqual([expect.stringMatching(note)]);
    expect(json.stderrText).toMatch(new RegExp(`^netlint: note: ${note.source.slice(1)}`));
    const md = memoryIo();
    expect(await reachCommand(['policies', '--format', 'markdown'], md, policiesOnly)).toBe(0);
    expect(md.stdoutText).toContain('the input holds no pod or workload');
    // With one endpoint there is an answer (its denied or allowed pairs are none, but it was looked at).
    const withPods = memoryIo();
    expect(await reachCommand(['manifests', '--format', 'json'], withPods, load)).toBe(0);
    expect((JSON.parse(withPods.stdoutText) as { notes?: string[] }).notes).toBeUndefined();
    expect(withPods.stderrText).toBe('');
  });

  it('lists in markdown the policies the model could not apply as written, with their positions, as stderr does', async () => {
    const withBad = async () => yamlToResources(`${MANIFESTS}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: bad, namespace: x}
spec:
  podSelector: {}
  ingress: [{ports: [{port: 80, endPort: 70}]}]
`, 'policies.yaml');
    const io = memoryIo();
    expect(await reachCommand(['manifests', '--format', 'markdown'], io, withBad)).toBe(0);
    expect(io.stdoutText).toMatch(/\n\*\*Not applied as written\*\*\n\n- `policies\.yaml:\d+:\d+` endPort 70 is not from port 80 to 65535; the API rejects the policy, so it is left out here: a cluster never holds it \(NetworkPolicy x\/bad\)\n/);
    expect(io.stderrText).toMatch(/^netlint: warning: policies\.yaml:\d+:\d+: endPort 70 is not from port 80 to 65535/);
    const clean = memoryIo();
    expect(await reachCommand(['manifests', '--format', 'markdown'], clean, load)).toBe(0);
    expect(clean.stdoutText).not.toContain('Not applied as written');
  });

  it('--expand prints version 1: allowed per endpoint id, no groups', async () => {
    const io = memoryIo();
    expect(await reachCommand(['manifests', '--format', 'json', '--expand'], io, load)).toBe(0);
    const out = JSON.parse(io.stdoutText);
    expect(out.version).toBe(1);
    expect(out.groups).toBeUndefined();
    expect(out.allowed).toEqual([
      { from: 'x/a', to: 'x/b', port: 80, protocol: 'TCP' },
      { from: 'x/a', to: 'x/b', protocol: 'ICMP' },
      { from: 'x/b', to: 'x/a', port: 80, protocol: 'TCP' },
    ]);
    // Alone it implies --format json; with another format it is a usage error.
    const implied = memoryIo();
    expect(await reachCommand(['manifests', '--expand'], implied, load)).toBe(0);
    expect(JSON.parse(implied.stdoutText).version).toBe(1);
    await expect(reachCommand(['--expand', '--format', 'text'], memoryIo(), load)).rejects.toThrow(/--expand .* --format json/);
  });

  it('explains each direction and lists denied connections', async () => {
    const io = memoryIo();
    await reachCommand(['--format', 'json', '--explain', '--from', 'x/b', '--to', 'x/a'], io, load);
    const out = JSON.parse(io.stdoutText);
    expect(out.allowed[0]).toMatchObject({ from: 'g2', to: 'g1', port: 80 });
    expect(out.allowed[0].ingress).toEqual({ verdict: 'allow', reason: 'rule', policy: 'NetworkPolicy x/a-from-b', rule: 0, action: 'Allow', tier: 'default' });
    expect(out.allowed[0].egress).toEqual({ verdict: 'allow', reason: 'no-policy' });
    const denied = { egress: { verdict: 'allow', reason: 'no-policy' }, ingress: { verdict: 'deny', reason: 'tier-default', policy: 'NetworkPolicy x/a-from-b', tier: 'default', selectedBy: ['NetworkPolicy x/a-from-b'] } };
    expect(out.denied).toEqual([
      { from: 'g2', to: 'g1', port: 81, protocol: 'UDP', ...denied },
      { from: 'g2', to: 'g1', protocol: 'ICMP', ...denied },
    ]);
  });

  it('rejects a query that names no endpoint or a malformed port (usage error, not an empty answer)', async () => {
    await expect(reachCommand(['--from', 'x/nope'], memoryIo(), load)).rejects.toThrow('--from "x/nope" matches no endpoint or external range');
    await expect(reachCommand(['--to', 'pod=zzz'], memoryIo(), load)).rejects.toThrow('--to "pod=zzz" matches no endpoint');
    for (const port of ['0', '70000', '80/TCPX', 'http_x', '80/']) {
      await expect(reachCommand(['--port', port], memoryIo(), load), port).rejects.toThrow(`--port "${port}"`);
    }
    const ok = memoryIo();
    expect(await reachCommand(['--port', 'serve-80-tcp', '--from', 'x/b'], ok, load)).toBe(0);
    expect(ok.stdoutText).toContain('x/b => x/a : 80/TCP');
  });

  it('rejects an empty selector, a malformed address or range, and a repeated --from, --to or --port (usage errors naming the option)', async () => {
    await expect(reachCommand(['--from', ''], memoryIo(), load)).rejects.toThrow(/^--from "" is empty/);
    await expect(reachCommand(['--to', '  '], memoryIo(), load)).rejects.toThrow(/^--to " {2}" is empty/);
    await expect(reachCommand(['--from', '300.1.1.1'], memoryIo(), load)).rejects.toThrow('--from "300.1.1.1": malformed IPv4 address: 300 is larger than 255');
    await expect(reachCommand(['--to', '10.0.0.0/33'], memoryIo(), load)).rejects.toThrow('--to "10.0.0.0/33": malformed address range: prefix length 33 is out of range for IPv4 (0-32)');
    for (const [option, a, b] of [
      ['--from', 'x/a', 'x/b'],
      ['--to', 'x/a', 'x/b'],
      ['--port', '80', '81'],
    ]) {
      const run = reachCommand([option, a, `${option}=${b}`], memoryIo(), load);
      await expect(run).rejects.toThrow(UsageError);
      await expect(run).rejects.toThrow(`${option} given 2 times ("${a}", "${b}"): a query takes one ${option}`);
    }
  });

  it('filters by port and renders text, markdown, mermaid and dot', async () => {
    const text = memoryIo();
    await reachCommand(['--port', '80/TCP'], text, load);
    expect(text.stdoutText).toContain('x/b => x/a : 80/TCP');
    const md = memoryIo();
    await reachCommand(['--format', 'markdown'], md, load);
    expect(md.stdoutText).toContain('| `x/b` | 80/TCP | · |');
    const mermaid = memoryIo();
    await reachCommand(['--format', 'mermaid'], mermaid, load);
    expect(mermaid.stdoutText).toMatch(/^flowchart LR\n/);
    expect(mermaid.stdoutText).toContain('n1 -->|"80/TCP"| n0');
    const dot = memoryIo();
    await reachCommand(['--format', 'dot'], dot, load);
    expect(dot.stdoutText).toContain('n1 -> n0 [label="80/TCP"];');
  });

  it('writes --output and rejects an unknown format', async () => {
    const io = memoryIo({ 'manifests.yaml': MANIFESTS });
    await reachCommand(['--format', 'json', '--output', 'reach.json'], io, load);
    expect(JSON.parse(io.text('/work/reach.json')).allowed).toHaveLength(3);
    await expect(reachCommand(['--format', 'svg'], memoryIo(), load)).rejects.toThrow(/--format must be one of/);
    // lint's name for the terminal format points to reach's.
    await expect(reachCommand(['--format', 'stylish'], memoryIo(), load)).rejects.toThrow('--format must be one of text, json, markdown, mermaid, dot (got "stylish"; this command\'s terminal format is text)');
  });
});

describe('reach markdown with hostile names', () => {
  it('escapes names from manifests so they cannot inject HTML, links or mentions', async () => {
    const { formatDiffMarkdown } = await import('../report/reach/diff.js');
    const md = formatDiffMarkdown({
      opened: [{ from: 'x/<img src=x onerror=alert(1)>', to: 'y/@everyone', port: 80, protocol: 'TCP', before: 'denied', after: 'allowed', causes: ['NetworkPolicy x/[click](https://evil.example) added'], attribution: 'single' }],
      closed: [],
      changes: [],
    } as never);
    // Inside a code span GitHub shows text literally; outside, nothing may stay active.
    const outsideCode = md.replace(/`[^`\n]*`/g, '');
    expect(md).toContain('`x/<img src=x onerror=alert(1)>`');
    expect(md).toContain('`y/@everyone`');
    expect(outsideCode).not.toMatch(/<img|@everyone/);
    expect(outsideCode).not.toMatch(/\]\(https:/);
  });
});

describe('netlint reach: what the model cannot apply is said, with its position', () => {
  const NS = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: b, namespace: x, labels: {pod: b}}\nspec: {containers: [{name: c, ports: [{containerPort: 80}]}]}\n';
  const POLICY = (spec: string) => `---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: x}\nspec:\n${spec}`;
  it.each([
    ['a misspelt policyTypes entry', POLICY('  podSelector: {}\n  policyTypes: [Ingres]\n'), /^netlint: warning: test\.yaml:15:17: policyTypes entry "Ingres" is not Ingress or Egress.* \(NetworkPolicy x\/p\)$/m],
    ['an unknown matchExpressions operator', POLICY('  podSelector: {matchExpressions: [{key: pod, operator: Bogus, values: [b]}]}\n'), /^netlint: warning: test\.yaml:14:\d+: matchExpressions operator "Bogus" is not In, NotIn, Exists or DoesNotExist/m],
    ['a namespace written as a YAML 1.1 boolean', '---\napiVersion: v1\nkind: Pod\nmetadata: {name: c, namespace: n}\n', /^netlint: warning: test\.yaml:12:\d+: metadata.namespace is false, not a string \(quote it\)/m],
  ])('%s: a warning on stderr and a problems entry in the JSON', async (_name, extra, warning) => {
    const io = memoryIo();
    expect(await reachCommand(['manifests', '--format', 'json'], io, async () => yamlToResources(NS + extra))).toBe(0);
    expect(io.stderrText).toMatch(warning);
    const out = JSON.parse(io.stdoutText);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number), message: expect.any(String) });
  });

  it('clean input has no problems key and nothing on stderr', async () => {
    const io = memoryIo();
    expect(await reachCommand(['manifests', '--format', 'json'], io, load)).toBe(0);
    expect(io.stderrText).toBe('');
    expect('problems' in JSON.parse(io.stdoutText)).toBe(false);
  });
});

describe('netlint reach, a large JSON report', () => {
  const big = async () => loadSources(reachCorpus({ endpoints: 5000, policies: 600, seed: 7 }).map((f) => ({ path: f.path, content: f.text }))).resources;

  it('writes it chunk by chunk, each once stdout has taken the one before (a slow reader holds the writer back)', async () => {
    const io = memoryIo();
    let taking = false;
    let chunks = 0;
    const write = io.writeStdout;
    io.writeStdout = async (chunk) => {
      expect(taking, 'a chunk written before stdout took the previous one').toBe(false);
      taking = true;
      const copy = chunk.slice();
      await new Promise((resolve) => setTimeout(resolve, 1));
      // The chunk is still intact when stdout gets to it.
      expect(Buffer.compare(chunk, copy)).toBe(0);
      chunks++;
      taking = false;
      return write(chunk);
    };
    expect(await reachCommand(['manifests', '--format', 'json'], io, big)).toBe(0);
    expect(chunks).toBeGreaterThan(1);
    expect(io.stdoutText).toBe(formatReachJson(reach(await big())));
  });

  it('stops producing once stdout takes nothing more (the reader closed the pipe), with its own exit code', async () => {
    const io = memoryIo();
    let chunks = 0;
    io.writeStdout = async () => ++chunks < 2;
    expect(await reachCommand(['manifests', '--format', 'json'], io, big)).toBe(0);
    expect(chunks).toBe(2);
  });

  it('writes the same bytes to --output', async () => {
    const io = memoryIo();
    expect(await reachCommand(['manifests', '--format', 'json', '--output', 'out/reach.json'], io, big)).toBe(0);
    expect(io.stdoutText).toBe('');
    expect(io.text('out/reach.json')).toBe(formatReachJson(reach(await big())));
  });
});
