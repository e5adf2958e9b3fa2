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
const root = folderWith({ 'base/app.yaml': yamlStream(base), 'head/app.yaml': yamlStream(base), 'head/open.yaml': yamlStream([openToWorld]) });

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
});
