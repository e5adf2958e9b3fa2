/**
 * reach queries check their arguments (issue 12): an endpoint that does not exist or a malformed
 * --port is a usage error, exit 2 with one clear line naming the argument; a valid query answers.
 */
import { describe, expect, it } from 'vitest';
import { folderWith, hasStackTrace, netlint, yamlStream } from './cli.js';

const pod = (namespace: string, name: string, port: number) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace, labels: { app: name } },
  spec: { containers: [{ name: 'main', image: 'registry.example/app:1', ports: [{ containerPort: port, name: 'serve' }] }] },
});
const dir = folderWith({ 'cluster.yaml': yamlStream([pod('shop', 'web', 80), pod('shop', 'db', 5432)]) });

describe('reach query arguments', () => {
  it.each([
    [['--from', 'shop/nope'], '--from', 'shop/nope'],
    [['--to', 'elsewhere/web'], '--to', 'elsewhere/web'],
    [['--from', 'no-such-namespace'], '--from', 'no-such-namespace'],
    [['--port', '70000'], '--port', '70000'],
    [['--port', '0'], '--port', '0'],
    [['--port', '80-'], '--port', '80-'],
    [['--port', '80/XYZ'], '--port', '80/XYZ'],
    // A port name no endpoint declares can match nothing (a number may still match an address range).
    [['--port', 'nosuchname'], '--port', 'no endpoint declares a port named nosuchname'],
    [['--explain', '--format', 'dot'], '--explain', 'dot'],
    [['--explain', '--format', 'mermaid'], '--explain', 'mermaid'],
    // An empty or blank selector would otherwise select everything, silently.
    [['--from', ''], '--from', 'is empty'],
    [['--to', '   '], '--to', 'is empty'],
    // A repeat would otherwise keep the last one, silently.
    [['--from', 'shop/web', '--from', 'shop/db'], '--from', 'given 2 times'],
    [['--to', 'shop/web', '--to=shop/db'], '--to', 'given 2 times'],
    [['--port', '80', '--port', '5432'], '--port', 'given 2 times'],
    // A malformed address or range says so, rather than that it matches nothing.
    [['--from', '300.1.1.1'], '--from', 'malformed IPv4 address: 300 is larger than 255'],
    [['--to', '10.0.0.0/33'], '--to', 'malformed address range: prefix length 33 is out of range for IPv4 (0-32)'],
  ])('%j is a usage error naming %s', (args, option, value) => {
    const run = netlint(['reach', dir, ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(option);
    expect(lines[0]).toContain(value);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('a valid query answers with the connection asked for', () => {
    const run = netlint(['reach', dir, '--format', 'json', '--expand', '--from', 'shop/web', '--to', 'shop/db', '--port', '5432']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { allowed: { from: string; to: string; port?: number }[] };
    expect(report.allowed).toEqual([expect.objectContaining({ from: 'shop/web', to: 'shop/db', port: 5432 })]);
  });
});

describe('reach query selectors', () => {
  const egress = folderWith({
    'cluster.yaml': yamlStream([
      pod('shop', 'web', 80),
      pod('shop', 'db', 5432),
      pod('ops', 'web', 80),
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'web-out', namespace: 'shop' },
        spec: { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '203.0.113.0/24', except: ['203.0.113.128/25'] } }], ports: [{ port: 443 }] }] },
      },
    ]),
  });
  const query = (...args: string[]) => {
    const run = netlint(['reach', egress, '--format', 'json', '--expand', ...args]);
    expect(run.stderr).toBe('');
    return (JSON.parse(run.stdout) as { allowed: { from: string; to: string; port?: number }[] }).allowed;
  };

  it('a bare word is a namespace or a workload name', () => {
    expect(new Set(query('--from', 'ops/web', '--to', 'shop').map((c) => c.to))).toEqual(new Set(['shop/web', 'shop/db']));
    expect(new Set(query('--from', 'shop/db', '--to', 'web').map((c) => c.to))).toEqual(new Set(['shop/web', 'ops/web']));
  });

  it('an address selects the external range that holds it, not the narrower range cut out of it', () => {
    expect(query('--from', 'shop/web', '--to', '203.0.113.7', '--port', '443/TCP')).toEqual([{ from: 'shop/web', to: '203.0.113.0/24 except 203.0.113.128/25', port: 443, protocol: 'TCP' }]);
    expect(query('--from', 'shop/web', '--to', '203.0.113.200', '--port', '443/TCP')).toEqual([]);
    const nowhere = netlint(['reach', egress, '--to', '2001:db8::1']);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toBe('netlint: --to "2001:db8::1" matches no endpoint or external range\n');
  });
});

describe('reach totals wording', () => {
  it('counts of one are singular: 1 endpoint (1 group) under 1 policy', () => {
    const one = folderWith({
      'one.yaml': yamlStream([
        pod('solo', 'web', 80),
        { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny', namespace: 'solo' }, spec: { podSelector: {} } },
      ]),
    });
    const run = netlint(['reach', one]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/between 1 endpoint \(1 group\) under 1 policy\b/);
    expect(netlint(['reach', dir]).stdout).toMatch(/between 2 endpoints \(\d+ groups?\) under 0 policies/);
  });
});

describe('reach query answers say what the query matched', () => {
  it('a port no endpoint declares is asked of every endpoint (a declaration is informational), and the totals stay the declared ports\' whole-cluster ones', () => {
    const run = netlint(['reach', dir, '--port', '9999']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('shop/web => shop/db : 9999/TCP');
    expect(run.stdout).not.toContain('matched no connection');
    // The query's totals line is the plain run's, labelled.
    const totals = (out: string) => /^(?:whole cluster: )?(\d+ allowed, \d+ denied connections? .*)$/m.exec(out)?.[1];
    expect(run.stdout).toMatch(/^whole cluster: /m);
    expect(totals(run.stdout)).toBe(totals(netlint(['reach', dir]).stdout));
    expect(totals(run.stdout)).toMatch(/^\d+ allowed/);
  });

  it('a query that matches nothing says so, and the totals are labelled whole-cluster', () => {
    const run = netlint(['reach', dir, '--from', 'shop/web', '--to', 'shop/web', '--port', '9999']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^the query --from shop\/web --to shop\/web --port 9999 matched no connection$/m);
    expect(run.stdout).toMatch(/^whole cluster: \d+ allowed, /m);
  });

  it('a query that matches connections prints them, and no "matched no connection" line', () => {
    const run = netlint(['reach', dir, '--from', 'shop/web', '--port', '5432']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('shop/web => shop/db');
    expect(run.stdout).not.toContain('matched no connection');
    expect(run.stdout).toMatch(/^whole cluster: /m);
  });

  it('a query whose connection is denied says it matched one, none allowed, with and without --explain', () => {
    const denied = folderWith({
      'cluster.yaml': yamlStream([
        pod('shop', 'web', 80),
        pod('shop', 'db', 5432),
        { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny', namespace: 'shop' }, spec: { podSelector: {} } },
      ]),
    });
    const plain = netlint(['reach', denied, '--from', 'shop/web', '--to', 'shop/db', '--port', '5432']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^the query --from shop\/web --to shop\/db --port 5432 matched 1 connection, none allowed \(--explain says why\)$/m);
    const explained = netlint(['reach', denied, '--from', 'shop/web', '--to', 'shop/db', '--port', '5432', '--explain']);
    expect(explained.stdout).toMatch(/^the query --from shop\/web --to shop\/db --port 5432 matched 1 connection, none allowed$/m);
  });

  it('without a query the totals carry no label', () => {
    expect(netlint(['reach', dir]).stdout).not.toContain('whole cluster');
  });

  it('with address ranges the totals count the connections from them and the port ranges toward them, apart from the pairs between endpoints', () => {
    const ranges = folderWith({
      'cluster.yaml': yamlStream([
        pod('shop', 'api', 9000),
        {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'NetworkPolicy',
          metadata: { name: 'api', namespace: 'shop' },
          spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'], egress: [{ to: [{ ipBlock: { cidr: '203.0.113.0/24' } }], ports: [{ port: 443 }] }] },
        },
      ]),
    });
    const run = netlint(['reach', ranges]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('shop/api => 203.0.113.0/24 : 443/TCP');
    // Two ranges (203.0.113.0/24 and the rest of the internet), each denied 9000/TCP and ping toward api.
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('0 allowed, 0 denied connections between 1 endpoint (1 group) under 1 policy; with 2 address ranges: 0 allowed, 4 denied connections from them, 1 allowed port range toward them');
  });
});
