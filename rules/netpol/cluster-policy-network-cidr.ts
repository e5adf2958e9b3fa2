/**
 * A ClusterNetworkPolicy egress `networks` entry must be a CIDR. The CRD of kubernetes-sigs/
 * network-policy-api v0.2.0 checks each entry with the CEL rule `isCIDR(self)`
 * (config/crd/standard/policy.networking.k8s.io_clusternetworkpolicies.yaml), and so did the
 * AdminNetworkPolicy and BaselineAdminNetworkPolicy CRDs it replaced (v0.1.7); Kubernetes' CEL
 * library parses it with Go's netip.ParsePrefix and refuses an IPv4-mapped IPv6 address
 * (k8s.io/apiserver pkg/cel/library/cidr.go, parseCIDR). A CIDR with host bits set passes, and
 * Calico v3.32 converts it to its network (cnet.ParseCIDR, then the IPNet's String(), in
 * libcalico-go/lib/backend/k8s/conversion/clusternetworkpolicy.go): a warning, as for an ipBlock.
 */
import { isIpv4MappedValue, isMasked, network, parseCidr } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { asArray, asObject } from '../../src/engine/values.js';

export default defineRule({
  meta: {
    id: 'netpol/cluster-policy-network-cidr',
    description:
      'A ClusterNetworkPolicy (or AdminNetworkPolicy, BaselineAdminNetworkPolicy) egress `networks` entry must be a CIDR (`10.0.0.0/8`, `2001:db8::/32`); the API server rejects anything else, and an IPv4-mapped IPv6 prefix (`::ffff:10.0.0.0/104`). A CIDR with host bits set (`10.0.0.1/8`) is accepted and means its whole network.',
    severity: 'error',
    remediation: 'Write the network with its prefix length, e.g. `10.0.0.0/8`, or `203.0.113.7/32` for one address; write IPv4 ranges in IPv4 form.',
    kinds: ['policy.networking.k8s.io/ClusterNetworkPolicy', 'policy.networking.k8s.io/AdminNetworkPolicy', 'policy.networking.k8s.io/BaselineAdminNetworkPolicy'],
    messages: {
      notString: 'networks entry must be a CIDR string',
      invalid: 'networks entry {{error}} (the API server rejects it)',
      mapped: 'networks entry {{cidr}} is an IPv4-mapped IPv6 prefix, which the API server rejects: write it as IPv4',
      hostBits: 'networks entry {{cidr}} has host bits set: it means {{network}}',
    },
  },
  check(resource, ctx) {
    asArray(asObject(resource.value.spec).egress).forEach((rule, r) => {
      asArray(asObject(rule).to).forEach((peer, p) => {
        asArray(asObject(peer).networks).forEach((entry, n) => {
          const path = ['spec', 'egress', r, 'to', p, 'networks', n];
          if (typeof entry !== 'string') return ctx.report({ path, messageId: 'notString' });
          const parsed = parseCidr(entry);
          if (!parsed.ok) return ctx.report({ path, messageId: 'invalid', data: { error: parsed.error } });
          const { cidr } = parsed;
          if (cidr.family === 6 && isIpv4MappedValue(cidr.addr)) return ctx.report({ path, messageId: 'mapped', data: { cidr: entry } });
          if (!isMasked(cidr)) ctx.report({ path, messageId: 'hostBits', severity: 'warning', data: { cidr: entry, network: network(cidr).text } });
        });
      });
    });
  },
});
