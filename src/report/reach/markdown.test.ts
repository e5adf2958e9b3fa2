import { describe, expect, it } from 'vitest';
import { yamlToResources } from '../../../test/fixtures/reach/resources.js';
import { reach } from '../../engine/netpol/reach.js';
import { formatReachMarkdown } from './markdown.js';

const pod = (ns: string, name: string, labels: string, ports: number[]): string => `
apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: ${ns}, labels: {${labels}}}
spec: {containers: [{name: c, ports: [${ports.map((p) => `{containerPort: ${p}}`).join(', ')}]}]}
---`;

// db takes 5432 from team-a only; its rule names a port, so it takes no ping. team-a, team-b and
// web are not isolated: they take ping from everyone, web its port 80 too.
const CLUSTER = `${pod('shop', 'db', 'app: db', [5432])}
${pod('team-a', 'a', 'app: a', [])}
${pod('team-b', 'b', 'app: b', [])}
${pod('shop', 'web', 'app: web', [80])}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: team-a}}}]
    ports: [{port: 5432, protocol: TCP}]
`;

const gridRow = (md: string, from: string): string[] => {
  const line = md.split('\n').find((l) => l.startsWith(`| \`${from}\` |`));
  if (line === undefined) throw new Error(`no row for ${from}`);
  return line.split('|').slice(2, -1).map((c) => c.trim());
};

describe('reach markdown grid', () => {
  it('shows ping: a cell lists ICMP when ping is allowed, ✅ only when every declared port and ping are', () => {
    const md = formatReachMarkdown(reach(yamlToResources(CLUSTER)));
    expect(md).toContain('| from \\ to | `shop/db` | `team-a/a` | `team-b/b` | `shop/web` |');
    // To db: team-a on 5432 but no ping; to web (80 and ping, nothing isolates it): ✅; to a or b: ping only.
    expect(gridRow(md, 'team-a/a')).toEqual(['5432/TCP', '·', 'ICMP', '✅']);
    expect(gridRow(md, 'team-b/b')).toEqual(['❌', 'ICMP', '·', '✅']);
    expect(md).toContain('✅ every declared port and ping (ICMP echo) allowed · ❌ nothing allowed · otherwise what is allowed: those ports, ICMP for ping');
    expect(md).not.toContain('no declared port');
  });

  it('answers a query with the listing of what it asked about, not the whole grid', () => {
    const md = formatReachMarkdown(reach(yamlToResources(CLUSTER), { to: 'shop/db', port: '5432' }));
    expect(md).not.toContain('from \\ to');
    const rows = md.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toEqual(['| `team-a/a` | `shop/db` | 5432/TCP |']);
    // Asked about ping to team-b only: the listing holds those, not every row and column.
    const ping = formatReachMarkdown(reach(yamlToResources(CLUSTER), { to: 'team-b/b', port: 'icmp' }));
    expect(ping.split('\n').filter((l) => l.startsWith('| `')).map((l) => l.split('|')[1].trim())).toEqual(['`shop/db`', '`team-a/a`', '`shop/web`']);
  });
});
