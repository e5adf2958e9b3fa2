import { firstOf, plural } from '../../src/engine/plural.js';
import { isWorkload, namespaceOf } from '../../src/engine/netpol/endpoints.js';
import { matchNamespace } from '../../src/engine/netpol/match.js';
import type { Cluster, NamespaceInfo, NamespaceMatch, WorkloadEndpoint } from '../../src/engine/netpol/model.js';
import { endpointsIn, reachCluster, selectedEndpoints } from '../../src/engine/netpol/rule-support.js';
import { derived } from '../../src/engine/model.js';
import type { ClusterModel } from '../../src/engine/model.js';
import { unevaluatedCaveat } from '../../src/engine/netpol/unevaluated.js';
import type { ReportDescriptor } from '../../src/engine/rule.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Resource } from '../../src/engine/types.js';

/** A policy that selects every pod of its namespaces (present and future) for ingress and allows nothing. */
function isDefaultDeny(p: Cluster['policies'][number]): boolean {
  if (p.ingress === null || p.ingress.some((r) => r.action !== 'Deny' && r.inert === undefined)) return false;
  return p.subject.k === 'pods' && p.subject.pods.k === 'any';
}

/**
 * The default-deny policies, once per lint: the namespaces named by one (a NetworkPolicy names its
 * own), and those that select namespaces otherwise (Calico's global policies), to match per namespace.
 */
const defaultDenies = derived('netpol/default-deny-missing', (model) => {
  const named = new Set<string>();
  const others: NamespaceMatch[] = [];
  for (const p of reachCluster(model).policies) {
    if (!isDefaultDeny(p) || p.subject.k !== 'pods') continue;
    if (p.subject.ns.k === 'is') named.add(p.subject.ns.name);
    else others.push(p.subject.ns);
  }
  return { named, others };
});

/**
 * The workloads a policy isolates for ingress: one that applies to ingress selects them, in a tier
 * whose end denies (every tier but the admin ones, which pass: an AdminNetworkPolicy isolates
 * nothing). Traffic to them is what their policies allow, and a default deny would add nothing
 * (policies add up), even where one of them lets in every source.
 */
const ingressIsolated = derived('netpol/ingress-isolated', (model): ReadonlySet<WorkloadEndpoint> => {
  const cluster = reachCluster(model);
  const passing = new Set(cluster.tiers.filter((t) => t.defaultAction === 'Pass').map((t) => t.name));
  const isolated = new Set<WorkloadEndpoint>();
  for (const p of cluster.policies) {
    if (p.ingress === null || passing.has(p.tier)) continue;
    for (const ep of selectedEndpoints(model, p)) isolated.add(ep);
  }
  return isolated;
});

/** The first Namespace object of each name, once per lint. */
const firstNamespaceObjects = derived('netpol/first-namespace-objects', (m) => {
  const first = new Map<string, Resource>();
  for (const r of m.byKind('Namespace')) if (!first.has(r.name)) first.set(r.name, r);
  return first;
});

function hasDefaultDeny(model: ClusterModel, ns: NamespaceInfo): boolean {
  const { named, others } = defaultDenies(model);
  return named.has(ns.name) || others.some((m) => matchNamespace(m, ns));
}

/** System namespaces: their components (DNS, CNI, the API server's helpers) are rarely behind a default deny. */
export const DEFAULT_EXEMPT = ['kube-system', 'kube-public', 'kube-node-lease'];

export default defineRule({
  meta: {
    id: 'netpol/default-deny-missing',
    description: 'A namespace has workloads that no ingress policy isolates (selects, in a tier that ends in a deny), which accept traffic from anywhere, and no default-deny ingress policy (a policy selecting every pod with Ingress and no ingress rules) that would isolate them. A namespace whose every workload some ingress policy already selects (one policy per workload, or one selecting every pod, such as "allow from the same namespace") is left alone, whatever those policies allow: policies add up, so a default deny would change nothing for them.',
    severity: 'info',
    remediation: 'Add `kind: NetworkPolicy` with `podSelector: {}` and `policyTypes: [Ingress]` (and no `ingress`) to the namespace, then allow what each workload needs.',
    kinds: ['Namespace', 'Pod', 'ReplicationController', 'apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'apps/ReplicaSet', 'batch/Job', 'batch/CronJob'],
    messages: { missing: 'namespace {{namespace}} has {{workloads}} but no default-deny ingress policy, and no ingress policy isolates {{open}}, which {{accept}} traffic from anywhere' },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        exempt: {
          type: 'array',
          items: { type: 'string' },
          default: DEFAULT_EXEMPT,
          description: 'Namespaces not reported (system namespaces, which components expect open)',
        },
      },
    },
  },
  check(resource, ctx) {
    const cluster = reachCluster(ctx.model);
    const name = resource.groupKind === 'Namespace' ? resource.name : namespaceOf(resource);
    const exempt = Array.isArray(ctx.options.exempt) ? (ctx.options.exempt as string[]) : DEFAULT_EXEMPT;
    if (exempt.includes(name)) return;
    const ns = cluster.namespaces.get(name);
    const endpoints = endpointsIn(cluster, name);
    if (!ns || endpoints.length === 0) return;
    // Report on the Namespace object when there is one, else on the namespace's first workload.
    // (its first workload of a kind this rule sees: an operator's Prometheus is one of the endpoints too)
    if (resource.groupKind !== 'Namespace' && (ns.declared || endpoints.find((ep) => ep.resource !== undefined && isWorkload(ep.resource))?.resource !== resource)) return;
    // A namespace written as an object in several files (each example folder declaring it) is said once, at the first.
    if (resource.groupKind === 'Namespace' && firstNamespaceObjects(ctx.model).get(name) !== resource) return;
    if (hasDefaultDeny(ctx.model, ns)) return;
    const isolated = ingressIsolated(ctx.model);
    const open = endpoints.filter((ep) => !isolated.has(ep));
    if (open.length === 0) return;
    // Policies of another enforcer (Cilium, Antrea) may change this: said, and info.
    const unsure = unevaluatedCaveat(ctx.model, [name], 'isolate them');
    const report = (d: ReportDescriptor) => ctx.report(unsure === null ? d : { ...d, ...unsure });
    const shown = open.length === endpoints.length ? (open.length === 1 ? 'it' : 'any of them') : `${firstOf(open.map((ep) => ep.id), 3)}`;
    report({ path: ['metadata', 'name'], messageId: 'missing', data: { namespace: name, workloads: plural(endpoints.length, 'workload'), open: shown, accept: open.length === 1 ? 'accepts' : 'accept' } });
  },
});
