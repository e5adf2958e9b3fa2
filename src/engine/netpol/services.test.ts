/**
 * Calico `services` rule matches: an egress destination Service is the pods it selects on its
 * target ports; an ingress source Service is its pods; the cluster DNS Service is known without
 * being in the input; another missing Service leaves the rule inert, with a problem.
 */
import { describe, expect, it } from 'vitest';
import { yamlToResources } from '../../../test/fixtures/reach/resources.js';
import { reach } from './reach.js';

const PODS = `
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: x, labels: {app: web}}
spec: {containers: [{name: c, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: data, labels: {app: db}}
spec: {containers: [{name: c, ports: [{containerPort: 5432, name: pg}, {containerPort: 9187}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: coredns, namespace: kube-system, labels: {k8s-app: kube-dns}}
spec: {containers: [{name: c, ports: [{containerPort: 53, protocol: UDP}, {containerPort: 53, protocol: TCP}]}]}
---
apiVersion: v1
kind: Service
metadata: {name: db, namespace: data}
spec: {selector: {app: db}, ports: [{port: 5432, targetPort: pg}]}
---`;

const egress = (destination: string, extra = '') => `${PODS}
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: out, namespace: x}
spec:
  selector: app == 'web'
  types: [Egress]
  egress:
  - action: Allow
    destination: ${destination}
${extra}`;

const allowedFrom = (text: string, from: string) =>
  reach(yamlToResources(text)).allowed.filter((a) => a.from === from).map((a) => `${a.to}:${a.port ?? '*'}/${a.protocol}`);

describe('Calico services matches', () => {
  it('lets egress to a Service reach its pods on the target port only', () => {
    const r = reach(yamlToResources(egress('{services: {name: db, namespace: data}}')));
    const web = r.pods.find((p) => p.id === 'x/web')!.group;
    const db = r.pods.find((p) => p.id === 'data/db')!.group;
    expect(r.allowed.filter((a) => a.from === web)).toEqual([{ from: web, to: db, port: 5432, protocol: 'TCP' }]);
    expect(r.problems).toEqual([]);
  });

  it('knows the cluster DNS Service without it in the input', () => {
    const r = reach(yamlToResources(egress('{services: {name: kube-dns, namespace: kube-system}}')));
    const web = r.pods.find((p) => p.id === 'x/web')!.group;
    const dns = r.pods.find((p) => p.id === 'kube-system/coredns')!.group;
    expect(allowedFrom(egress('{services: {name: kube-dns, namespace: kube-system}}'), web).sort()).toEqual([`${dns}:53/TCP`, `${dns}:53/UDP`]);
    expect(r.problems).toEqual([]);
  });

  it('leaves a rule naming a Service that is not in the input inert, and says so', () => {
    const r = reach(yamlToResources(egress('{services: {name: cache, namespace: data}}')));
    const web = r.pods.find((p) => p.id === 'x/web')!.group;
    expect(r.allowed.filter((a) => a.from === web)).toEqual([]);
    expect(r.problems.map((p) => p.message)).toEqual(['rule names Service data/cache, which is not in the input; it is treated as never matching']);
  });

  it('matches an ingress source Service on its pods, whatever their ports', () => {
    const text = `${PODS}
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: in, namespace: x}
spec:
  selector: app == 'web'
  types: [Ingress]
  ingress:
  - action: Allow
    source: {services: {name: db, namespace: data}}
`;
    const r = reach(yamlToResources(text));
    const web = r.pods.find((p) => p.id === 'x/web')!.group;
    const into = r.allowed.filter((a) => a.to === web && a.protocol === 'TCP').map((a) => a.from);
    expect(into).toEqual([r.pods.find((p) => p.id === 'data/db')!.group]);
  });
});
