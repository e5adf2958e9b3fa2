import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/engine/load.js';
import { PROFILES, nodeNames } from '../profiles/index.js';
import { clusterIps, serviceCells } from './services.js';
import { buildShadow } from './shadow.js';
import type { Scenario } from './suite.js';

const ipip = PROFILES['calico-ipip'];

/** The shadow plan of some manifests (every workload shadowed), with its Services. */
function planOf(yaml: string) {
  const scenario: Scenario = { name: 't', title: 't', members: 'all', sources: [{ path: 'm.yaml', content: yaml }] };
  return buildShadow(scenario, loadSources(scenario.sources).resources, ipip, nodeNames('nl-x', ipip));
}

const pod = (ns: string, name: string, labels: string, ports = '') => `apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: ${ns}, labels: {${labels}}}
spec:
  containers: [{name: c, image: registry.example/x:1${ports ? `, ports: [${ports}]` : ''}}]
---
`;
const service = (ns: string, name: string, spec: string) => `apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: ${ns}}
spec: ${spec}
---
`;
const NS = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n---\n';

describe('Services the shadow run probes through their ClusterIP', () => {
  it('resolves a named targetPort on each pod behind the Service, and applies it as a ClusterIP Service', () => {
    const plan = planOf(
      NS +
        pod('shop', 'client', 'app: client') +
        pod('shop', 'web-1', 'app: web', '{name: http, containerPort: 8080}') +
        pod('shop', 'web-2', 'app: web', '{name: http, containerPort: 8081}') +
        service('shop', 'web', '{type: LoadBalancer, selector: {app: web}, ports: [{name: http, port: 80, targetPort: http}]}'),
    );
    expect(plan.services.map((s) => [s.id, s.backends, s.ports.map((p) => [p.port, p.protocol, Object.fromEntries(p.targets)])])).toEqual([
      ['svc:shop/web', ['shop/web-1', 'shop/web-2'], [[80, 'TCP', { 'shop/web-1': 8080, 'shop/web-2': 8081 }]]],
    ]);
    expect(plan.services[0].manifest).toEqual({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'shop' }, spec: { type: 'ClusterIP', selector: { app: 'web' }, ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 'http' }] } });
    // Applied on its own once the pods are up (run.ts), not with them.
    expect(plan.setup.some((o) => o.kind === 'Service')).toBe(false);
    // No policy: the client reaches both pods, so the cell through the Service is allowed; the pods behind it are no sources.
    expect(serviceCells(plan.services, plan.pods, plan.expected, []).map((c) => `${c.from}->${c.to} ${c.port}/${c.protocol} ${c.allowed}`)).toEqual(['shop/client->svc:shop/web 80/TCP true']);
  });

  it('leaves out, with a note: a Service in a namespace the cluster keeps, a headless one, a port some pod does not declare, and a cell reach decides differently per pod', () => {
    const notes: string[] = [];
    const plan = planOf(
      NS +
        pod('shop', 'client', 'app: client') +
        pod('shop', 'web-1', 'app: web, tier: a', '{containerPort: 8080}') +
        pod('shop', 'web-2', 'app: web, tier: b', '{containerPort: 8080}') +
        pod('kube-system', 'coredns', 'k8s-app: kube-dns', '{containerPort: 53, protocol: UDP}') +
        service('kube-system', 'kube-dns', '{selector: {k8s-app: kube-dns}, ports: [{port: 53, protocol: UDP}]}') +
        service('shop', 'web-headless', '{clusterIP: None, selector: {app: web}, ports: [{port: 8080}]}') +
        service('shop', 'web', '{selector: {app: web}, ports: [{name: a, port: 80, targetPort: 8080}, {name: b, port: 81, targetPort: 9999}]}') +
        `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: only-a, namespace: shop}
spec:
  podSelector: {matchLabels: {tier: b}}
  policyTypes: [Ingress]
`,
    );
    notes.push(...plan.notes);
    expect(plan.services.map((s) => s.id)).toEqual(['svc:shop/web']);
    expect(plan.services[0].ports.map((p) => p.port)).toEqual([80]);
    const cells = serviceCells(plan.services, plan.pods, plan.expected, notes);
    // web-2 is isolated, web-1 is not: kube-proxy may send the client to either.
    expect(cells.filter((c) => c.from === 'shop/client')).toEqual([]);
    expect(notes).toEqual(
      expect.arrayContaining([
        'Service kube-system/kube-dns is not probed: the run creates no Service in the cluster\'s own namespace kube-system, where it could replace one the cluster runs',
        expect.stringMatching(/^Service shop\/web-headless is headless: clients dial its pods directly/),
        expect.stringMatching(/^Service shop\/web port 81\/TCP is not probed: not every pod behind it declares its targetPort 9999/),
        'shop/client → svc:shop/web 80/TCP is not probed: reach admits it to some of the Service\'s pods and not others, and kube-proxy picks one at random',
      ]),
    );
  });

  it('reads ClusterIPs from kubectl get services -o json; none for a headless Service or unreadable output', () => {
    expect([...clusterIps(JSON.stringify({ items: [{ metadata: { name: 'web' }, spec: { clusterIP: '10.96.0.10' } }, { metadata: { name: 'h' }, spec: { clusterIP: 'None' } }, { metadata: { name: 'x' } }] }))]).toEqual([['web', '10.96.0.10']]);
    expect(clusterIps('error: the server could not find the requested resource').size).toBe(0);
  });
});
