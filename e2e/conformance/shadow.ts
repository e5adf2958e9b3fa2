import { isAdminPolicy } from '../../src/engine/netpol/admin.js';
import { buildCluster } from '../../src/engine/netpol/cluster.js';
import { isCalicoPolicy } from '../../src/engine/netpol/calico.js';
import { CALICO_NAME_LABEL, namespaceOf } from '../../src/engine/netpol/endpoints.js';
import { isKubernetesNetworkPolicy } from '../../src/engine/netpol/kubernetes.js';
import type { ContainerPort, WorkloadEndpoint } from '../../src/engine/netpol/model.js';
import { expectedMatrix, type ExpectedMatrix } from './reach.js';
import type { Resource } from '../../src/engine/types.js';
import { NAD_SECONDARY, PROBE_NAMESPACE } from '../manifests.js';
import { imageRef } from '../profiles/pins.js';
import type { Profile } from '../profiles/types.js';
import { CALICO_CRD_KINDS, toCalicoCrd } from './calico-crd.js';
import { shadowServices, type ShadowService } from './services.js';
import type { Scenario } from './suite.js';

/**
 * Shadow workloads: for each endpoint the scenario needs, an agnhost pod with the endpoint's
 * labels, service account and declared ports, in a namespace with the same labels. The user's
 * images never run and their workloads are never applied; only their policies are, unchanged
 * (Calico ones as their CRD form, see calico-crd.ts).
 */
type Obj = Record<string, unknown>;

export interface ShadowPod {
  /** The endpoint id it stands for (`ns/name`): the matrix row/column label. */
  id: string;
  name: string;
  namespace: string;
  node: string;
  /** The container probes are exec'd in. */
  container: string;
  ports: ContainerPort[];
}

export interface ShadowPlan {
  scenario: Scenario;
  expected: ExpectedMatrix;
  pods: ShadowPod[];
  namespaces: string[];
  /** Namespaces, service accounts, pods: applied and awaited before any policy. */
  setup: Obj[];
  /** The scenario's Services that can be probed through their ClusterIP (services.ts), applied on their own once the pods are up (run.ts). */
  services: ShadowService[];
  /** The scenario's policies as applied. */
  policies: Obj[];
  /** What is deleted after the scenario (never the cluster's own namespaces). */
  teardown: Obj[];
  notes: string[];
}

/** Namespaces the harness must never delete. */
export const PROTECTED_NAMESPACES = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease', 'kube-flannel', 'calico-system', 'calico-apiserver', 'tigera-operator', PROBE_NAMESPACE]);
const NS_NAME_LABEL = 'kubernetes.io/metadata.name';
/** Spare ports for the netexec HTTP/UDP servers a pod needs but did not declare. */
const SPARE_BASE = 20000;

/** One netexec per declared port number (TCP → --http-port, UDP → --udp-port, SCTP → --sctp-port). */
export function servers(ports: readonly ContainerPort[], image: string): Obj[] {
  const numbers = [...new Set(ports.map((p) => p.port))].sort((a, b) => a - b);
  const taken = new Set(numbers);
  let spare = SPARE_BASE;
  const nextSpare = () => {
    while (taken.has(spare)) spare++;
    taken.add(spare);
    return spare;
  };
  const groups = numbers.length ? numbers : [null];
  return groups.map((n) => {
    const here = n === null ? [] : ports.filter((p) => p.port === n);
    const has = (proto: string) => here.some((p) => p.protocol === proto);
    const http = n !== null && has('TCP') ? n : nextSpare();
    const udp = n !== null && has('UDP') ? n : nextSpare();
    const args = ['netexec', `--http-port=${http}`, `--udp-port=${udp}`, ...(n !== null && has('SCTP') ? [`--sctp-port=${n}`] : [])];
    return {
      name: n === null ? 'serve' : `serve-${n}`,
      image,
      imagePullPolicy: 'IfNotPresent',
      args,
      ...(here.length ? { ports: here.map((p) => ({ ...(p.name ? { name: p.name } : {}), containerPort: p.port, protocol: p.protocol })) } : {}),
      // netexec's /healthz answers 200 once its UDP server is up.
      readinessProbe: { httpGet: { path: '/healthz', port: http }, periodSeconds: 2 },
    };
  });
}

const dnsLabel = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]/g, '-').replace(/^-+|-+$/g, '').slice(0, 63) || 'shadow';

/** Which endpoints get a shadow pod: all, or per class its first member plus a second one (so intra-class cells are probed too). */
function chosenMembers(expected: ExpectedMatrix, members: Scenario['members']): string[] {
  return expected.classes.flatMap((c) => (members === 'all' ? c.members : c.members.slice(0, 2)));
}

function cleanPolicy(r: Resource): Obj | null {
  const v = r.value;
  const metadata = (v.metadata ?? {}) as Obj;
  const keep: Obj = {};
  for (const k of ['labels', 'annotations']) if (metadata[k]) keep[k] = metadata[k];
  const spec = (v.spec ?? {}) as Obj;
  if (isKubernetesNetworkPolicy(r)) return { apiVersion: v.apiVersion, kind: r.kind, metadata: { ...keep, name: r.name, namespace: namespaceOf(r) }, spec };
  // ClusterNetworkPolicy's CRD (v1alpha2) ships in Calico v3.32's manifests; AdminNetworkPolicy's does not, and v3.32 ignores it.
  if (isAdminPolicy(r) && r.kind === 'ClusterNetworkPolicy') return { apiVersion: v.apiVersion, kind: r.kind, metadata: { ...keep, name: r.name }, spec };
  const calico = r.group === 'projectcalico.org' || r.group === 'crd.projectcalico.org';
  if (!calico || !CALICO_CRD_KINDS.has(r.kind)) return null;
  const namespaced = r.kind === 'NetworkPolicy' || r.kind === 'NetworkSet';
  return toCalicoCrd(r.kind, r.name, namespaced ? namespaceOf(r) : null, spec, keep);
}

export function buildShadow(scenario: Scenario, resources: readonly Resource[], profile: Profile, nodes: string[]): ShadowPlan {
  const cluster = buildCluster(resources);
  const expected = expectedMatrix(resources);
  const byId = new Map<string, WorkloadEndpoint>(cluster.endpoints.map((e) => [e.id, e]));
  const image = imageRef(profile.probeImage);
  const notes: string[] = [];
  const pods: ShadowPod[] = [];
  const podObjs: Obj[] = [];
  const serviceAccounts = new Map<string, Obj>();
  const names = new Set<string>();
  for (const [i, id] of chosenMembers(expected, scenario.members).entries()) {
    const ep = byId.get(id)!;
    let name = dnsLabel(ep.name);
    for (let n = 2; names.has(`${ep.namespace}/${name}`); n++) name = `${dnsLabel(ep.name).slice(0, 58)}-${n}`;
    names.add(`${ep.namespace}/${name}`);
    const node = nodes[i % nodes.length];
    const containers = servers(ep.ports, image);
    pods.push({ id, name, namespace: ep.namespace, node, container: String(containers[0].name), ports: ep.ports });
    const annotations: Record<string, string> = { 'netlint.io/shadow-of': id };
    // On multus-flannel the shadow pods also get net1 (the NAD lives in the harness namespace).
    if (profile.multus) annotations['k8s.v1.cni.cncf.io/networks'] = `${PROBE_NAMESPACE}/${NAD_SECONDARY}`;
    podObjs.push({
      apiVersion: 'v1',
      kind: 'Pod',
      // Labels exactly as the workload's pod template: no marker label that a selector could see.
      metadata: { name, namespace: ep.namespace, labels: { ...ep.labels }, annotations },
      spec: {
        ...(ep.serviceAccount !== 'default' ? { serviceAccountName: ep.serviceAccount } : {}),
        automountServiceAccountToken: false,
        nodeName: node,
        terminationGracePeriodSeconds: 0,
        tolerations: [{ operator: 'Exists' }],
        containers,
      },
    });
    // The account as the input writes it: its labels, which Calico selectors read under pcsa.
    // (reach reads them so), without the name netlint files under projectcalico.org/name for
    // Calico's view (endpoints.ts collectEndpoints). A namespace's `default` account exists
    // already; applied only when the input labels it, and not in a namespace the run keeps (its
    // labels would outlive the scenario, and deleting it leaves pods without an account until
    // the controller makes it again).
    const accountLabels = Object.fromEntries(Object.entries(ep.serviceAccountLabels).filter(([k, v]) => !(k === CALICO_NAME_LABEL && v === ep.serviceAccount)));
    const labelledDefault = ep.serviceAccount === 'default' && Object.keys(accountLabels).length > 0;
    if (labelledDefault && PROTECTED_NAMESPACES.has(ep.namespace)) {
      const note = `ServiceAccount ${ep.namespace}/default is labelled in the input but not in the cluster (the run keeps namespace ${ep.namespace}): cells that depend on its labels may differ for that reason alone`;
      if (!notes.includes(note)) notes.push(note);
    } else if (ep.serviceAccount !== 'default' || labelledDefault)
      serviceAccounts.set(`${ep.namespace}/${ep.serviceAccount}`, {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: { name: ep.serviceAccount, namespace: ep.namespace, ...(Object.keys(accountLabels).length ? { labels: accountLabels } : {}) },
      });
  }
  const policies: Obj[] = [];
  for (const r of resources) {
    const p = cleanPolicy(r);
    if (p) policies.push(p);
    else if (isCalicoPolicy(r) || r.kind.endsWith('NetworkPolicy')) notes.push(`${r.groupKind} ${r.name} (${r.file}) is not applied: kind not supported by the shadow run`);
  }
  const nsNames = [...new Set([...pods.map((p) => p.namespace), ...policies.map((p) => (p.metadata as Obj).namespace).filter((n): n is string => typeof n === 'string')])].sort();
  const namespaces = nsNames.map((name) => {
    const labels = Object.fromEntries(Object.entries(cluster.namespaces.get(name)?.labels ?? {}).filter(([k]) => k !== NS_NAME_LABEL));
    return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, ...(Object.keys(labels).length ? { labels } : {}) } };
  });
  const ordered = (a: ShadowPod, b: ShadowPod) => a.id.localeCompare(b.id);
  pods.sort(ordered);
  const deletable = (o: Obj) => o.kind !== 'Namespace' || !PROTECTED_NAMESPACES.has(String((o.metadata as Obj).name));
  const inProtected = (o: Obj) => PROTECTED_NAMESPACES.has(String((o.metadata as Obj).namespace));
  const services = shadowServices(resources, pods, byId, notes, (ns) => PROTECTED_NAMESPACES.has(ns));
  const setup = [...namespaces, ...serviceAccounts.values(), ...podObjs];
  if (policies.some((p) => /"(ipBlock|nets|notNets)"/.test(JSON.stringify(p.spec))))
    notes.push('policies match addresses (ipBlock/nets): reach knows no shadow pod IP, so cells where a pod IP falls in such a range may differ for that reason alone');
  return {
    scenario,
    expected,
    pods,
    namespaces: nsNames,
    setup,
    services,
    policies,
    // Namespaces last: deleting them also removes what is inside; cluster-scoped policies and tiers explicitly.
    teardown: [
      ...policies.filter((p) => p.kind !== 'Tier' && (!(p.metadata as Obj).namespace || inProtected(p))),
      ...policies.filter((p) => p.kind === 'Tier'),
      ...podObjs.filter(inProtected),
      // After the pods that run as them.
      ...[...serviceAccounts.values()].filter(inProtected),
      ...namespaces.filter(deletable),
    ],
    notes,
  };
}
