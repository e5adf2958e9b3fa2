/**
 * The labels a Calico workload endpoint inherits from its namespace's and its service account's
 * profiles (libcalico-go k8s/conversion NamespaceToProfile and ServiceAccountToProfile: `pcns.` and
 * `pcsa.` before each key, plus `pcns.projectcalico.org/name` and `pcsa.projectcalico.org/name`),
 * which a Calico selector reads like the pod's own; and the pod's own labels under those prefixes,
 * which Calico drops (updateprocessors/workloadendpointprocessor.go).
 */
import { describe, expect, it } from 'vitest';
import { yamlToResources } from '../../../test/fixtures/reach/resources.js';
import { reach } from './reach.js';

// Namespaces a and c carry the same pod labels and account names, and differ in their own labels
// and their accounts' labels: only the inherited labels tell their pods apart.
const BASE = `
apiVersion: v1
kind: Namespace
metadata: {name: a, labels: {team: red}}
---
apiVersion: v1
kind: Namespace
metadata: {name: c, labels: {team: blue}}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: api, namespace: a, labels: {role: frontend}}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: api, namespace: c, labels: {role: batch}}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: a, labels: {app: web}}
spec: {serviceAccountName: api, containers: [{name: c, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: c, labels: {app: web}}
spec: {serviceAccountName: api, containers: [{name: c, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: cli, namespace: a, labels: {app: cli}}
spec: {containers: [{name: c}]}
---
apiVersion: v1
kind: Pod
metadata: {name: cli, namespace: c, labels: {app: cli}}
spec: {serviceAccountName: api, containers: [{name: c}]}
---`;

function allowedPairs(text: string): string[] {
  const r = reach(yamlToResources(`${BASE}${text}`), {}, {});
  const members = (group: string) => r.pods.filter((p) => p.group === group).map((p) => p.id);
  const ext = (id: string) => (r.externals.some((e) => e.id === id) ? [id] : members(id));
  return r.allowed
    .filter((c) => c.protocol === 'TCP')
    .flatMap((c) => ext(c.from).flatMap((f) => ext(c.to).map((t) => `${f} -> ${t}`)))
    .filter((pair) => !pair.startsWith('kube-system') && !pair.endsWith('kube-dns'))
    .sort();
}

/** A GlobalNetworkPolicy isolating the pods its selector picks for ingress, admitting `source`. */
const isolate = (selector: string, source = '{selector: "all()"}') => `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: p}
spec:
  selector: ${JSON.stringify(selector)}
  types: [Ingress]
  ingress: [{action: Allow, source: ${source}}]
`;

const toWeb = (pairs: string[]) => pairs.filter((p) => p.endsWith('/web'));

describe('labels a Calico endpoint inherits from its profiles', () => {
  it('a policy selector reads the namespace labels under pcns.', () => {
    // Only a/web is isolated; its ingress admits nothing from c.
    const pairs = toWeb(allowedPairs(isolate("pcns.team == 'red'", '{selector: "pcns.team == \'red\'"}')));
    expect(pairs).toEqual(['a/cli -> a/web', 'a/cli -> c/web', 'a/web -> c/web', 'c/cli -> c/web']);
  });

  it('pcns.projectcalico.org/name is the namespace name', () => {
    const pairs = toWeb(allowedPairs(isolate("pcns.projectcalico.org/name == 'c'", '{selector: "app == \'cli\'"}')));
    expect(pairs).toEqual(['a/cli -> a/web', 'a/cli -> c/web', 'c/cli -> a/web', 'c/cli -> c/web', 'c/web -> a/web']);
  });

  it('a rule selector reads the service account labels under pcsa., and its name under pcsa.projectcalico.org/name', () => {
    // a/cli runs as `default`, which has no labels; c/cli runs as c's `api`, labelled role=batch.
    const byRole = toWeb(allowedPairs(isolate('all()', '{selector: "pcsa.role == \'batch\'"}')));
    expect(byRole).toEqual(['c/cli -> a/web', 'c/cli -> c/web', 'c/web -> a/web']);
    const byName = toWeb(allowedPairs(isolate('all()', '{selector: "pcsa.projectcalico.org/name == \'default\'"}')));
    expect(byName).toEqual(['a/cli -> a/web', 'a/cli -> c/web']);
  });

  it('a notSelector over inherited labels keeps the pods of other namespaces out', () => {
    const pairs = toWeb(allowedPairs(isolate('all()', '{notSelector: "pcns.team == \'blue\'"}')));
    expect(pairs).toEqual(['a/cli -> a/web', 'a/cli -> c/web', 'a/web -> c/web']);
  });

  it("a pod's own pcns. and pcsa. labels are dropped, as Calico drops them", () => {
    const text = `
apiVersion: v1
kind: Pod
metadata: {name: spoof, namespace: c, labels: {app: spoof, pcns.team: red, pcsa.role: frontend}}
spec: {containers: [{name: c}]}
---${isolate('app == "web"', '{selector: "pcns.team == \'red\' || pcsa.role == \'frontend\'"}')}`;
    const pairs = toWeb(allowedPairs(text));
    expect(pairs).toEqual(['a/cli -> a/web', 'a/cli -> c/web', 'a/web -> c/web']);
    expect(pairs.some((p) => p.startsWith('c/spoof'))).toBe(false);
  });

  it('a namespaced NetworkSet inherits its namespace labels, its own labels first', () => {
    const text = `
apiVersion: projectcalico.org/v3
kind: NetworkSet
metadata: {name: office, namespace: a, labels: {kind: office}}
spec: {nets: [203.0.113.0/24]}
---
apiVersion: projectcalico.org/v3
kind: NetworkSet
metadata: {name: lab, namespace: c, labels: {kind: office, pcns.team: red}}
spec: {nets: [198.51.100.0/24]}
---${isolate('app == "web"', '{selector: "pcns.team == \'red\' && kind == \'office\'"}')}`;
    // Both sets count as team red: a's by inheritance, c's by its own label, which shadows c's blue.
    expect(toWeb(allowedPairs(text))).toEqual(['NetworkSet a/office -> a/web', 'NetworkSet a/office -> c/web', 'NetworkSet c/lab -> a/web', 'NetworkSet c/lab -> c/web']);
    const inherited = toWeb(allowedPairs(text.replace('pcns.team: red', 'pcns.team: green')));
    expect(inherited).toEqual(['NetworkSet a/office -> a/web', 'NetworkSet a/office -> c/web']);
  });
});
