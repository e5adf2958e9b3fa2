import { familyBits, parseCidr } from '../../src/engine/cidr.js';
import { findingsPerResource } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';

/** kubeadm's `MaximumBitsForServiceSubnet`: a Service range has at most 2^20 addresses. */
const MAX_SERVICE_BITS = 20;

/** Oversized Service ranges written in kind or kubeadm configs, filed under their resource. */
const oversized = findingsPerResource('cluster/service-subnet-size', (m, report) => {
  for (const f of m.facts.serviceCIDRs) {
    const r = f.source.resource;
    if (!r || f.source.defaulted || (r.groupKind !== 'kind.x-k8s.io/Cluster' && r.groupKind !== 'kubeadm.k8s.io/ClusterConfiguration')) continue;
    const parsed = parseCidr(f.cidr);
    if (!parsed.ok) continue;
    const bits = familyBits(parsed.cidr.family) - parsed.cidr.prefix;
    if (bits > MAX_SERVICE_BITS) report(r, { path: f.source.path ?? [], messageId: 'tooLarge', data: { cidr: f.cidr, min: String(familyBits(parsed.cidr.family) - MAX_SERVICE_BITS) } });
  }
});

export default defineRule({
  meta: {
    id: 'cluster/service-subnet-size',
    description: 'kubeadm (and kind, which runs kubeadm) refuses a Service subnet with more than 2^20 addresses: an IPv4 `serviceSubnet` must be /12 or smaller, an IPv6 one /108 or smaller.',
    severity: 'error',
    remediation: 'Use a smaller range, e.g. `serviceSubnet: 10.96.0.0/12` (the kubeadm default) or an IPv6 /112.',
    kinds: ['kind.x-k8s.io/Cluster', 'kubeadm.k8s.io/ClusterConfiguration'],
    messages: { tooLarge: 'serviceSubnet {{cidr}} is too large: kubeadm accepts at most a /{{min}} for this family, and cluster creation fails' },
    docs: 'Source: kubeadm `validation.go` `ValidateServiceSubnetSize` with `MaximumBitsForServiceSubnet = 20`.',
  },
  check(resource, ctx) {
    for (const d of oversized(ctx.model, resource)) ctx.report(d);
  },
});
