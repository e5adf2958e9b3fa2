import { describe, expect, it } from 'vitest';
import { expectedTable, loadCases, stepResources } from '../../../test/fixtures/reach/xyz/model.js';
import { buildCluster } from './cluster.js';
import { checkExpectations } from './expect.js';
import { yamlToResources } from '../../../test/fixtures/reach/resources.js';

// The "ANDed peer admits one pod of another namespace" world: only y/a may reach x/a.
const world = loadCases().find((c) => c.name === 'an ANDed peer admits one pod of another namespace')!;
const matrix = buildCluster(stepResources(world, 0));
const at = { file: '.netlint.yaml', position: { line: 4, column: 5, endLine: 4, endColumn: 20 } };

describe('connectivity assertions', () => {
  it('has the world it assumes', () => {
    expect(expectedTable(world.pods, world.steps[0].expect['80/TCP']).get('y/a->x/a')).toBe(true);
  });

  it('passes assertions that hold, with string and object selectors', () => {
    expect(
      checkExpectations(matrix, [
        { from: 'y/a', to: 'x/a', port: 80, allowed: true, ...at },
        { from: { namespace: 'x' }, to: { name: 'a', namespace: 'x' }, allowed: false, ...at },
        { from: { namespaceLabels: { ns: 'z' } }, to: 'x/a', port: 'serve-80-tcp', allowed: false, ...at },
        { from: 'x/*', to: 'y/*', allowed: true, ...at },
      ]),
    ).toEqual([]);
  });

  it('names an assertion written with object selectors in the forms reach takes, not as JSON', () => {
    const [finding] = checkExpectations(matrix, [{ from: { namespace: 'y', labels: { pod: 'a' } }, to: { namespaceLabels: { ns: 'x' } }, allowed: false, ...at }]);
    expect(finding.message).toMatch(/^assertion "y\/\* with pod=a → \*\/\* with namespace labels ns=x" expects denied but /);
  });

  it('reports a violated assertion at its position, naming the offending connections', () => {
    const findings = checkExpectations(matrix, [{ name: 'nobody reaches x/a', from: '*', to: 'x/a', allowed: false, ...at }]);
    expect(findings).toEqual([
      {
        ruleId: 'netpol/expect',
        severity: 'error',
        message: 'assertion "nobody reaches x/a" expects denied but 1 of 4 connections is allowed: y/a → x/a 80/TCP',
        file: '.netlint.yaml',
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 20,
        resource: null,
        path: [],
        remediation: expect.stringContaining('netlint reach --explain'),
      },
    ]);
  });

  it('asserts through a Service: svc:[ns/]name is its pods, its port their targetPort (as reach --to svc: answers)', () => {
    const resources = yamlToResources(`
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: shop, labels: {app: client}}
spec: {containers: [{name: c}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec: {selector: {app: web}, ports: [{port: 80, targetPort: http}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress: [{from: [{podSelector: {matchLabels: {app: client}}}], ports: [{port: 80}]}]
`);
    const cluster = buildCluster(resources);
    const [f] = checkExpectations(cluster, [{ name: 'client calls web:80', from: 'shop/client', to: 'svc:shop/web', port: 80, allowed: true, ...at }], { resources });
    expect(f.message).toBe(
      "assertion \"client calls web:80\" expects allowed but 1 of 1 connection is denied: shop/client → shop/web 8080/TCP (Service shop/web port 80/TCP goes to its pods' targetPort http: kube-proxy translates the Service's address and port to a pod's before policy sees the connection (the client's egress and the pod's ingress), so the answer is for http/TCP)",
    );
    // Asked of the pods on 80, the same policy admits it: the assertion through the Service is the one that catches the mistake.
    expect(checkExpectations(cluster, [{ from: 'shop/client', to: 'shop/web', port: 80, allowed: true, ...at }], { resources })).toEqual([]);
    const [missing] = checkExpectations(cluster, [{ from: 'shop/client', to: 'svc:shop/api', port: 80, allowed: true, ...at }], { resources });
    expect(missing.message).toBe('assertion "shop/client → svc:shop/api 80" matches no connection (to "svc:shop/api": the input holds no Service shop/api)');
  });

  it('reports an assertion that matches nothing', () => {
    const [f] = checkExpectations(matrix, [{ from: 'q/*', to: 'x/a', allowed: true, ...at }]);
    expect(f.message).toBe('assertion "q/* → x/a" matches no connection (from "q/*" matches no endpoint or external range)');
  });
});

describe('connectivity assertions answer what reach answers', () => {
  // web may reach the payment provider's range on 443 (no egress policy: everything may leave);
  // it takes 80 from the partner's range only; db takes 5432 from web only.
  const cluster = buildCluster(
    yamlToResources(`
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: shop, labels: {app: db}}
spec: {containers: [{name: c, ports: [{containerPort: 5432}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-from-partner, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress: [{from: [{ipBlock: {cidr: 203.0.113.0/24}}], ports: [{port: 80}]}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-from-web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 5432}]}]
`),
  );
  const check = (entry: Omit<Parameters<typeof checkExpectations>[1][number], 'file' | 'position'>) => checkExpectations(cluster, [{ ...entry, ...at }]).map((f) => f.message);

  it('toward an address range (egress), as reach --to CIDR', () => {
    expect(check({ from: 'shop/web', to: { cidr: '203.0.113.0/24' }, port: 443, allowed: true })).toEqual([]);
    expect(check({ from: 'shop/web', to: '203.0.113.0/24', port: 443, allowed: false })).toEqual([
      'assertion "shop/web → 203.0.113.0/24 443" expects denied but 1 of 1 connection is allowed: shop/web → 203.0.113.0/24 443/TCP',
    ]);
  });

  it('toward a range no policy names, as toward any address outside every block: web may leave on 22', () => {
    // No policy here names an address range: without cutting the asserted ones, these matched nothing.
    const plain = buildCluster(yamlToResources(`
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, ports: [{containerPort: 80}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-in, namespace: shop}
spec: {podSelector: {matchLabels: {app: web}}, ingress: [{ports: [{port: 80}]}]}
`));
    const run = (entry: Omit<Parameters<typeof checkExpectations>[1][number], 'file' | 'position'>) => checkExpectations(plain, [{ ...entry, ...at }]).map((f) => f.message);
    expect(run({ from: 'shop/web', to: { cidr: '0.0.0.0/0' }, port: 22, allowed: false })).toEqual([
      'assertion "shop/web → 0.0.0.0/0 22" expects denied but 1 of 1 connection is allowed: shop/web → 0.0.0.0/0 22/TCP',
    ]);
    expect(run({ from: 'shop/web', to: '8.8.8.8', port: 53, protocol: 'UDP', allowed: true })).toEqual([]);
    expect(run({ from: { cidr: '198.51.100.0/24' }, to: 'shop/web', port: 80, allowed: true })).toEqual([]);
  });

  it('from an address inside a range, as reach --from ADDRESS', () => {
    expect(check({ from: { cidr: '203.0.113.7/32' }, to: 'shop/web', port: 80, allowed: true })).toEqual([]);
    expect(check({ from: { cidr: '203.0.113.7' }, to: 'shop/web', port: 80, allowed: true })).toEqual([]);
    expect(check({ from: { cidr: '203.0.113.7/32' }, to: 'shop/db', port: 5432, allowed: false })).toEqual([]);
  });

  it('on a port no container declares, as reach --port N: policies decide a port by its number', () => {
    expect(check({ from: 'shop/web', to: 'shop/db', port: 5433, allowed: false })).toEqual([]);
    expect(check({ from: 'shop/web', to: 'shop/db', port: 5433, allowed: true })[0]).toMatch(/^assertion "shop\/web → shop\/db 5433" expects allowed but 1 of 1 connection is denied: shop\/web → shop\/db 5433\/TCP$/);
  });

  it('from every address: the ranges the policies cut, each a connection', () => {
    expect(check({ from: { cidr: '0.0.0.0/0' }, to: 'shop/web', allowed: true })).toEqual([
      'assertion "0.0.0.0/0 → shop/web" expects allowed but 1 of 2 connections is denied: 0.0.0.0/0 except 203.0.113.0/24 → shop/web 80/TCP',
    ]);
  });
});
