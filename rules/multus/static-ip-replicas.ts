import { severalPodsOf } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { NETWORKS_ANNOTATION, podAnnotations } from './lib/annotation.js';
import { annotationOf } from './lib/messages.js';
import { POD_KINDS } from './lib/nads.js';

export default defineRule({
  meta: {
    id: 'multus/static-ip-replicas',
    description:
      'A static address (`"ips"` in the JSON form of `k8s.v1.cni.cncf.io/networks`) in the pod template of a workload that runs several pods (Deployment, ReplicaSet or StatefulSet with `replicas` > 1, a DaemonSet on more than one node, a Job with `parallelism` > 1): every pod asks for the same address on the secondary network, so they collide on its segment (or IPAM refuses all but one).',
    severity: 'error',
    remediation: 'Give each pod its own address: one workload per static IP, or let the NetworkAttachmentDefinition\'s IPAM (host-local ranges, whereabouts) hand out addresses and drop `"ips"`.',
    kinds: POD_KINDS,
    messages: { many: 'static IP {{ips}} on network "{{network}}" is in the pod template of a {{kind}} that runs {{count}}; every pod asks for the same address' },
    docs: 'The same reasoning as `calico/ipaddrs-replicas` for the secondary network: Multus passes `ips` to the delegate plugin as a runtime config (the `static` IPAM or a plugin with the `ips` capability), which assigns it to every pod that asks.',
  },
  check(resource, ctx) {
    const a = annotationOf(ctx.model, resource, NETWORKS_ANNOTATION);
    // A host-network pod runs no CNI plugin, so it asks for no address (multus/hostnetwork-annotation says so).
    if (!a || podAnnotations(resource)?.hostNetwork) return;
    const withIps = a.parsed.selections.filter((s) => staticIps(s.element).length > 0);
    if (withIps.length === 0) return;
    const count = severalPodsOf(resource, ctx.model.facts);
    if (count === null) return;
    for (const s of withIps) {
      ctx.report({ path: a.path, span: s.spanOf('ips'), messageId: 'many', data: { ips: staticIps(s.element).join(', '), network: s.name, kind: resource.kind, count } });
    }
  },
});

/** The `ips` of a JSON selection element (Multus matches the key case-insensitively). */
function staticIps(element: Record<string, unknown> | null): string[] {
  if (!element) return [];
  const key = Object.keys(element).find((k) => k.toLowerCase() === 'ips');
  const v = key === undefined ? undefined : element[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : [];
}
