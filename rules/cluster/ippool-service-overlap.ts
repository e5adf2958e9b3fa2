import { overlaps, parseCidr } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { derived } from '../../src/engine/model.js';
import type { CidrFact } from '../../src/engine/model.js';
import { POOL_KINDS, describePool, isPodPool, poolsIn } from '../calico/lib/pools.js';

/** The Service CIDRs, then the advertised Service cluster IPs, parsed once per lint (the rule runs on every ConfigMap). */
const serviceRanges = derived('cluster/service-ranges', (m) => {
  const { serviceCIDRs, advertisedServiceCIDRs } = m.facts;
  const parsed = (facts: readonly CidrFact[], messageId: string) =>
    facts.flatMap((fact) => {
      const r = parseCidr(fact.cidr);
      return r.ok ? [{ cidr: r.cidr, fact, messageId }] : [];
    });
  return [...parsed(serviceCIDRs, 'overlap'), ...parsed(advertisedServiceCIDRs, 'advertised')];
});

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
    const services = serviceRanges(ctx.model);
    if (services.length === 0) return;
    for (const p of poolsIn(ctx.model, resource)) {
      if (!p.cidr || !isPodPool(ctx.model, p)) continue;
      const hit = services.find((s) => overlaps(s.cidr, p.cidr!));
      if (hit) ctx.report({ path: p.cidrPath, messageId: hit.messageId, data: { pool: describePool(p), service: hit.fact.cidr, source: hit.fact.source.what, file: hit.fact.source.file } });
    }
  },
});
