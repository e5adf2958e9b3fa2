import { contains, parseCidr } from '../../src/engine/cidr.js';
import { derived } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { POOL_KINDS, describePool, podPools, poolsIn } from '../calico/lib/pools.js';

/** The pools that hand out pod addresses, as a set once per lint (not once per pool resource). */
const enabledPools = derived('cluster/ippool-outside-pod-cidr', (m) => new Set(podPools(m)));

export default defineRule({
  meta: {
    id: 'cluster/ippool-outside-pod-cidr',
    description:
      'Calico IP pools should lie inside the cluster pod CIDR (kind `podSubnet`, kubeadm `podSubnet`, `--cluster-cidr`, or `cluster.podCIDR`): kube-proxy uses it to tell pod traffic from external traffic, and the operator refuses Installation pools outside kubeadm\'s podSubnet.',
    severity: 'warning',
    remediation: 'Choose a pool CIDR inside the pod CIDR, or change the cluster\'s pod CIDR to cover the pool.',
    kinds: [...POOL_KINDS],
    messages: {
      outside: '{{pool}} is not inside the cluster pod CIDR {{pod}} ({{source}} in {{file}})',
    },
  },
  check(resource, ctx) {
    const own = poolsIn(ctx.model, resource);
    if (own.length === 0) return;
    const pods = ctx.model.facts.podCIDRs.flatMap((f) => {
      const r = parseCidr(f.cidr);
      return r.ok ? [{ cidr: r.cidr, fact: f }] : [];
    });
    const enabled = enabledPools(ctx.model);
    for (const p of own) {
      if (!p.cidr || !enabled.has(p)) continue;
      const family = pods.filter((x) => x.cidr.family === p.cidr!.family);
      if (family.length === 0 || family.some((x) => contains(x.cidr, p.cidr!))) continue;
      const first = family[0];
      ctx.report({
        path: p.cidrPath,
        messageId: 'outside',
        data: { pool: describePool(p), pod: family.map((x) => x.fact.cidr).join(', '), source: first.fact.source.what, file: first.fact.source.file },
        severity: p.origin === 'Installation' && first.fact.source.what.startsWith('kubeadm') ? 'error' : undefined,
      });
    }
  },
});
