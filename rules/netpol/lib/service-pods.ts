/** The pods behind a Service and the ports they serve it on, for the rules that reason through Services. */
import type { ClusterModel } from '../../../src/engine/model.js';
import type { Verdict } from '../../../src/engine/netpol/evaluate.js';
import type { ContainerPort, WorkloadEndpoint } from '../../../src/engine/netpol/model.js';
import { endpointsByLabel, ingressFromOutside, reachClasses } from '../../../src/engine/netpol/rule-support.js';
import { serviceSelector } from '../../../src/engine/netpol/services.js';
import type { Resource } from '../../../src/engine/types.js';

export { PORT_PROTOCOLS, servedOn, servicePorts, type ServicePort } from '../../../src/engine/netpol/services.js';

/** Service types that take connections from outside the cluster on every node (the Kubernetes Service page). */
export const EXTERNAL_SERVICE_TYPES: ReadonlySet<unknown> = new Set(['NodePort', 'LoadBalancer']);

/**
 * The workloads a Service's `selector` picks in its namespace; none without a selector (its
 * endpoints are then managed by hand). The label index narrows the search to the pods with the
 * selector's rarest label.
 */
export function podsBehind(model: ClusterModel, service: Resource): WorkloadEndpoint[] {
  const matchLabels = serviceSelector(service);
  if (matchLabels === null) return [];
  const pairs = Object.entries(matchLabels);
  const namespace = service.namespace ?? 'default';
  return endpointsByLabel(model)
    .candidates({ k: 'k8s', selector: { matchLabels } })
    .filter((ep) => ep.namespace === namespace && pairs.every(([k, v]) => ep.labels[k] === v));
}


/**
 * Whether every pod of `served` refuses, on its port, ingress from every address outside the
 * cluster's pods (rule-support.ts ingressFromOutside, decided once per equivalence class and port):
 * the first refusal and why it is refused, or null when one of them lets such a connection in.
 */
export function refusedFromOutside(model: ClusterModel, served: readonly { pod: WorkloadEndpoint; cell: ContainerPort }[]): { pod: WorkloadEndpoint; cell: ContainerPort; why: string } | null {
  if (served.length === 0) return null;
  const { classOf } = reachClasses(model);
  const decided = new Map<string, ReturnType<typeof ingressFromOutside>>();
  let first: { pod: WorkloadEndpoint; cell: ContainerPort; verdict: Verdict } | null = null;
  for (const { pod, cell } of served) {
    const key = `${classOf.get(pod)?.rep.id ?? pod.id}\0${cell.port}/${cell.protocol}`;
    let v = decided.get(key);
    if (v === undefined) decided.set(key, (v = ingressFromOutside(model, pod, cell)));
    if (v.allowed) return null;
    first ??= { pod, cell, verdict: v.verdict };
  }
  const verdict = first!.verdict;
  const why = verdict.reason === 'rule' ? `${verdict.policy} denies it` : verdict.policy ? `${verdict.policy} isolates them and no rule admits it` : 'no rule admits it';
  return { pod: first!.pod, cell: first!.cell, why };
}
