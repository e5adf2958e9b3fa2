/**
 * Issue 12: a change that admits 0.0.0.0/0 to a database on 5432 is an opened connection, from
 * the external range to the database, with the policy that caused it, in json, text and markdown.
 */
import { describe, expect, it } from 'vitest';
import { folderWith, netlint, yamlStream } from './cli.js';

const base = [
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'data' } },
  {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'postgres', namespace: 'data' },
    spec: {
      serviceName: 'postgres',
      selector: { matchLabels: { app: 'postgres' } },
      template: {
        metadata: { labels: { app: 'postgres' } },
        spec: { containers: [{ name: 'pg', image: 'postgres:16', ports: [{ containerPort: 5432, name: 'pg' }] }] },
      },
    },
  },
  { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'default-deny', namespace: 'data' }, spec: { podSelector: {}, policyTypes: ['Ingress'] } },
];
const openToWorld = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'allow-world-to-db', namespace: 'data' },
  spec: {
    podSelector: { matchLabels: { app: 'postgres' } },
    policyTypes: ['Ingress'],
    ingress: [{ from: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ port: 5432, protocol: 'TCP' }] }],
  },
};
const lockEgress = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'lock-egress', namespace: 'data' },
  spec: { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '203.0.113.0/24' } }], ports: [{ port: 443 }] }] },
};
const root = folderWith({
  'base/app.yaml': yamlStream(base),
  'head/app.yaml': yamlStream(base),
  'head/open.yaml': yamlStream([openToWorld]),
  'locked/app.yaml': yamlStream([...base, lockEgress]),
});

describe('diff over external ranges', () => {
  it('json: the opened connection from 0.0.0.0/0 to data/postgres on 5432/TCP, caused by the added policy', () => {
    const run = netlint(['diff', 'base', 'head', '--format', 'json'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { opened: { from: string; to: string; port: number; protocol: string; causes: string[] }[]; closed: unknown[] };
    expect(report.closed).toEqual([]);
    expect(report.opened).toHaveLength(1);
    expect(report.opened[0]).toMatchObject({ from: '0.0.0.0/0', to: 'data/postgres', port: 5432, protocol: 'TCP' });
    expect(report.opened[0]!.causes.join(' ')).toContain('allow-world-to-db');
  });

  it.each(['text', 'markdown'])('%s: names the range, the database, the port and the cause', (format) => {
    const run = netlint(['diff', 'base', 'head', '--format', format], { cwd: root });
    expect(run.code).toBe(0);
    const text = run.stdout.replaceAll('\\', '');
    expect(text).toMatch(/[Oo]pened \(1\)/);
    const line = text.split('\n').find((l) => l.includes('0.0.0.0/0'));
    expect(line).toBeDefined();
    expect(line).toContain('data/postgres');
    expect(line).toContain('5432');
    expect(line).toContain('allow-world-to-db');
  });

  it('the reverse change closes it', () => {
    const run = netlint(['diff', 'head', 'base', '--format', 'json'], { cwd: root });
    const report = JSON.parse(run.stdout) as { opened: unknown[]; closed: { from: string; to: string; port: number }[] };
    expect(report.opened).toEqual([]);
    expect(report.closed).toEqual([expect.objectContaining({ from: '0.0.0.0/0', to: 'data/postgres', port: 5432 })]);
  });

  it('egress restricted to 203.0.113.0/24:443 closes the rest of the world and the other ports of that range, not 443', () => {
    const run = netlint(['diff', 'base', 'locked', '--format', 'json'], { cwd: root });
    expect(run.code).toBe(0);
    type Change = { from: string; to: string; port?: number; endPort?: number; protocol: string; causes: string[] };
    const report = JSON.parse(run.stdout) as { opened: Change[]; closed: Change[] };
    expect(report.opened).toEqual([]);
    expect(report.closed.length).toBeGreaterThan(0);
    for (const c of report.closed) {
      expect(c.from).toBe('data/postgres');
      expect(c.causes.join(' ')).toContain('lock-egress');
    }
    const toRange = report.closed.filter((c) => c.to === '203.0.113.0/24');
    const covers443 = (c: Change) => c.protocol === 'TCP' && (c.port === undefined || (c.port <= 443 && 443 <= (c.endPort ?? c.port)));
    expect(toRange.some((c) => c.protocol === 'TCP')).toBe(true);
    expect(toRange.filter(covers443)).toEqual([]);
    expect(report.closed.some((c) => c.to.startsWith('0.0.0.0/0') && c.protocol === 'TCP' && c.port === undefined)).toBe(true);
  });

  it('a query by address and port keeps the ranges that hold them: --to 198.51.100.9 --port 8080 finds the closed run toward the rest of the world', () => {
    const run = netlint(['diff', 'base', 'locked', '--format', 'json', '--to', '198.51.100.9', '--port', '8080'], { cwd: root });
    expect(run.code).toBe(0);
    type Change = { from: string; to: string; port?: number; endPort?: number; protocol: string };
    const report = JSON.parse(run.stdout) as { opened: Change[]; closed: Change[] };
    expect(report.closed.length).toBeGreaterThan(0);
    for (const c of report.closed) {
      expect(c.to.startsWith('0.0.0.0/0')).toBe(true);
      expect(c.port === undefined || (c.port <= 8080 && 8080 <= (c.endPort ?? c.port))).toBe(true);
    }
    // A port without a protocol is every protocol's, as in reach; ICMP has no port.
    expect(report.closed.map((c) => c.protocol).sort()).toEqual(['SCTP', 'TCP', 'UDP']);
    const none = netlint(['diff', 'base', 'locked', '--format', 'json', '--to', '203.0.113.7', '--port', '443/TCP'], { cwd: root });
    expect(JSON.parse(none.stdout)).toMatchObject({ opened: [], closed: [] });
  });
});
