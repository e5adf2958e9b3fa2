import { namespaceOf } from '../../src/engine/netpol/endpoints.js';
import { policyOf, reachCluster, selectedEndpoints } from '../../src/engine/netpol/rule-support.js';
import { defineRule } from '../../src/engine/rule.js';
import { asObject, isObject, objectItems } from '../../src/engine/values.js';
import { peerScope } from './lib/peer-namespaces.js';

export default defineRule({
  meta: {
    id: 'netpol/named-port-undeclared',
    description: 'A rule names a port (`port: http`) that no possible destination declares with that name and protocol: named ports resolve on the destination pod\'s containers, so the entry allows nothing.',
    severity: 'warning',
    remediation: 'Use the `name` of a `containerPort` of the destination pods (and its protocol), or a port number.',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: { undeclared: 'no {{where}} declares a {{protocol}} port named "{{name}}"' },
    docs: 'Ingress names are looked up on the pods the policy selects. An egress name resolves on the destination pods, which the input may not hold: an egress rule is judged only when every destination it can reach is in a namespace with workloads in the input (see `netpol/peer-selects-nothing` for which peers those are). A rule without `to` (any destination), with an `ipBlock` peer, with `namespaceSelector: {}` or a namespaceSelector by labels other than `kubernetes.io/metadata.name`, or naming a namespace without workloads in the input (e.g. `port: dns` toward CoreDNS in `kube-system`) is not reported.',
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    // Most policies use numeric ports only: nothing to resolve, so skip the endpoint matching.
    const named = (['ingress', 'egress'] as const).some((dir) => objectItems(spec[dir]).some(([, rule]) => objectItems(rule.ports).some(([, e]) => typeof e.port === 'string')));
    if (!named) return;
    const policy = policyOf(ctx.model, resource);
    if (!policy) return;
    const cluster = reachCluster(ctx.model);
    const everywhere = ctx.model.memo('netpol/declared-port-names', () => new Set(cluster.endpoints.flatMap((e) => e.ports.map((p) => `${p.name}/${p.protocol}`))));
    const own = namespaceOf(resource);
    // Egress names resolve on the destination pods: only when the input holds every pod the rule
    // can reach is an undeclared name provable. No `to` (or an empty one) reaches any destination
    // (https://kubernetes.io/docs/concepts/services-networking/network-policies/).
    const destinationsInInput = (to: unknown): boolean =>
      Array.isArray(to) && to.length > 0 && to.every((peer) => isObject(peer) && peerScope(cluster, peer, own).k === 'closed');
    for (const dir of ['ingress', 'egress'] as const) {
      // Ingress ports are on the policy's own pods; egress ports on any destination in the input.
      const destinations = dir === 'ingress' ? selectedEndpoints(ctx.model, policy) : cluster.endpoints;
      if (destinations.length === 0) continue;
      const declared = dir === 'ingress' ? new Set(destinations.flatMap((e) => e.ports.map((p) => `${p.name}/${p.protocol}`))) : everywhere;
      for (const [i, rule] of objectItems(spec[dir])) {
        if (dir === 'egress' && !destinationsInInput(rule.to)) continue;
        for (const [k, entry] of objectItems(rule.ports)) {
          if (typeof entry.port !== 'string') continue;
          const protocol = typeof entry.protocol === 'string' ? entry.protocol : 'TCP';
          if (declared.has(`${entry.port}/${protocol}`)) continue;
          ctx.report({
            path: ['spec', dir, i, 'ports', k, 'port'],
            messageId: 'undeclared',
            data: { name: entry.port, protocol, where: dir === 'ingress' ? 'pod this policy selects' : 'workload in the input' },
          });
        }
      }
    }
  },
});
