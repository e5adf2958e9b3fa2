/**
 * A named port in an egress rule whose peers have no pods to name ports on. The experimental
 * channel of kubernetes-sigs/network-policy-api puts a CEL rule on every egress rule: no
 * `destinationNamedPort` (v0.2.0 ClusterNetworkPolicy) or `namedPort` (v0.1.7/v0.1.8
 * AdminNetworkPolicy) beside a `networks`, `nodes` or `domainNames` peer, and no `namedPort` beside
 * a `networks` or `nodes` peer in a BaselineAdminNetworkPolicy
 * (config/crd/experimental/policy.networking.k8s.io_clusternetworkpolicies.yaml at v0.2.0,
 * …_adminnetworkpolicies.yaml and …_baselineadminnetworkpolicies.yaml at v0.1.8). The standard
 * channel has no such rule, but it has no `nodes` or `domainNames` peer and no `namedPort` either,
 * so whichever channel is installed the API server refuses:
 * - a ClusterNetworkPolicy named port beside a nodes or domainNames peer;
 * - an AdminNetworkPolicy or BaselineAdminNetworkPolicy named port beside any such peer.
 * A ClusterNetworkPolicy named port beside a networks peer only (both standard fields) is refused by
 * the experimental CRD and stored by the standard one, though the API's documentation of
 * `destinationNamedPort` says it cannot be used with Networks: a warning.
 */
import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { asArray, asObject, isObject } from '../../src/engine/values.js';

/** The peers without named ports, by kind, as each kind's experimental CEL rule lists them. */
const NO_NAMED_PORTS: Readonly<Record<string, readonly string[]>> = {
  ClusterNetworkPolicy: ['networks', 'nodes', 'domainNames'],
  AdminNetworkPolicy: ['networks', 'nodes', 'domainNames'],
  // domainNames is no field of the baseline in either channel (netpol/admin-policy-field-values).
  BaselineAdminNetworkPolicy: ['networks', 'nodes'],
};

export default defineRule({
  meta: {
    id: 'netpol/cluster-policy-named-port',
    description:
      'An egress rule of a ClusterNetworkPolicy, AdminNetworkPolicy or BaselineAdminNetworkPolicy may not use a named port (`destinationNamedPort`, `namedPort`) when one of its peers is `nodes` or `domainNames` (or, in the v1alpha1 kinds, `networks`): named ports exist only on pods, and the API server refuses the rule with either CRD channel. Beside a ClusterNetworkPolicy `networks` peer it is a warning: the experimental CRD refuses it, the standard one stores a port that means nothing for a network.',
    severity: 'error',
    remediation: 'Give the port by number (`tcp: {destinationPort: {number: 443}}`, `portNumber: {port: 443}`), or move the named port to a rule of its own whose peers are `pods` or `namespaces`.',
    kinds: ['policy.networking.k8s.io/ClusterNetworkPolicy', 'policy.networking.k8s.io/AdminNetworkPolicy', 'policy.networking.k8s.io/BaselineAdminNetworkPolicy'],
    messages: {
      refused:
        'named port {{port}} in an egress rule with a {{peer}} peer (to[{{index}}]): named ports exist only on pods, and the API server refuses the rule (the experimental CRD by its CEL rule; the standard CRD {{standard}})',
      networks:
        'named port {{port}} in an egress rule with a networks peer (to[{{index}}]): the experimental CRD refuses the rule, and the API documents that a named port cannot be used with networks; the standard CRD stores it, to no purpose for the network',
    },
    docs: 'Sources: the experimental-channel CRDs of kubernetes-sigs/network-policy-api v0.2.0 (ClusterNetworkPolicy) and v0.1.8 (AdminNetworkPolicy, BaselineAdminNetworkPolicy; v0.1.7 has the same), whose egress rules carry the CEL rule, and the standard-channel CRDs, which lack both the rule and the `nodes`/`domainNames` peers and `namedPort` (the baseline has no `domainNames` in either channel). An entry that is not a string is `netpol/cluster-policy-field-values`\' or `netpol/admin-policy-field-values`\' to report.',
  },
  check(resource, ctx) {
    const peers = NO_NAMED_PORTS[resource.kind];
    if (!peers) return;
    const cluster = resource.kind === 'ClusterNetworkPolicy';
    asArray(asObject(resource.value.spec).egress).forEach((rule, r) => {
      const { to } = asObject(rule);
      // The first peer of each refused kind: what the message names.
      const found = new Map<string, number>();
      asArray(to).forEach((peer, p) => {
        if (!isObject(peer)) return;
        for (const key of peers) if (Object.hasOwn(peer, key) && !found.has(key)) found.set(key, p);
      });
      if (found.size === 0) return;
      const named = cluster ? namedPorts(asObject(rule).protocols, 'destinationNamedPort', ['spec', 'egress', r, 'protocols']) : namedPorts(asObject(rule).ports, 'namedPort', ['spec', 'egress', r, 'ports']);
      if (named.length === 0) return;
      // The peer that makes the refusal certain; a ClusterNetworkPolicy networks peer alone only warns.
      const certain = cluster ? (['nodes', 'domainNames'] as const).find((k) => found.has(k)) : peers.find((k) => found.has(k));
      for (const { path, port } of named) {
        if (certain !== undefined) {
          const standard = cluster || certain !== 'networks' ? `has no ${certain} peer` : 'has no namedPort';
          ctx.report({ path, messageId: 'refused', data: { port, peer: certain, index: String(found.get(certain)), standard } });
        } else {
          ctx.report({ path, messageId: 'networks', severity: 'warning', data: { port, index: String(found.get('networks')) } });
        }
      }
    });
  },
});

/** The named ports of a rule's protocols/ports list: the path of each entry's field and its name. */
function namedPorts(list: unknown, key: string, base: Path): { path: Path; port: string }[] {
  const out: { path: Path; port: string }[] = [];
  asArray(list).forEach((entry, i) => {
    const value = asObject(entry)[key];
    if (typeof value === 'string') out.push({ path: [...base, i, key], port: JSON.stringify(value) });
  });
  return out;
}
