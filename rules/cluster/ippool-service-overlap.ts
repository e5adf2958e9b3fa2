import { overlaps, parseCidr } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { POOL_KINDS, describePool, isPodPool, poolsIn } from '../calico/lib/pools.js';

export default defineRule({
  meta: {
    id: 'cluster/ippool-service-overlap',
    description:
      'A Calico IP pool must not overlap the Service CIDR (kind `serviceSubnet`, kubeadm `serviceSubnet` — default 10.96.0.0/12 —, `--service-cluster-ip-range`, an Installation\'s `serviceCIDRs`, or `cluster.serviceCIDR`), nor the Service cluster IPs the default BGPConfiguration advertises: pods would get addresses kube-proxy treats as Service IPs.',
    severity: 'error',
    remediation: 'Move the pool to a range disjoint from the Service CIDR, inside the cluster pod CIDR.',
    kinds: [...POOL_KINDS],
    messages: {
      overlap: '{{pool}} overlaps the Service CIDR {{service}} ({{source}} in {{file}})',
      advertised: '{{pool}} overlaps the Service cluster IPs {{service}} that Calico advertises over BGP ({{source}} in {{file}})',
    },
  },
  check(resource, ctx) {
    const { serviceCIDRs, advertisedServiceCIDRs } = ctx.model.facts;
    const parsed = (facts: typeof serviceCIDRs) =>
      facts.flatMap((f) => {
        const r = parseCidr(f.cidr);
        return r.ok ? [{ cidr: r.cidr, fact: f }] : [];
      });
    const services = [...parsed(serviceCIDRs).map((s) => ({ ...s, messageId: 'overlap' })), ...parsed(advertisedServiceCIDRs).map((s) => ({ ...s, messageId: 'advertised' }))];
    if (services.length === 0) return;
    for (const p of poolsIn(ctx.model, resource)) {
      if (!p.cidr || !isPodPool(ctx.model, p)) continue;
      const hit = services.find((s) => overlaps(s.cidr, p.cidr!));
      if (hit) ctx.report({ path: p.cidrPath, messageId: hit.messageId, data: { pool: describePool(p), service: hit.fact.cidr, source: hit.fact.source.what, file: hit.fact.source.file } });
    }
  },
});
