import { contains, overlaps, parseCidr } from '../../src/engine/cidr.js';
import type { Cidr } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { kubernetesPeers } from '../../src/engine/netpol/rule-support.js';
import { asArray, asObject } from '../../src/engine/values.js';

export default defineRule({
  meta: {
    id: 'netpol/ipblock-covers-pods',
    description: 'An `ipBlock` overlaps the cluster\'s pod CIDR: pod IPs are ephemeral, so whether a pod falls in the block changes with every reschedule (and CNIs differ on matching pod IPs); select pods with selectors. `0.0.0.0/0` and `::/0` ("anywhere") are left alone. Silent when the pod CIDR is unknown.',
    severity: 'warning',
    remediation: 'Use podSelector/namespaceSelector for in-cluster peers and add the pod CIDR to `except` of blocks meant for external addresses.',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: { covers: 'ipBlock {{cidr}} overlaps the pod CIDR {{pods}}' },
  },
  check(resource, ctx) {
    const podCidrs = ctx.model.facts.podCIDRs.map((f) => parseCidr(f.cidr)).flatMap((r) => (r.ok ? [r.cidr] : []));
    if (podCidrs.length === 0) return;
    for (const ref of kubernetesPeers(resource.value.spec)) {
      if (ref.peer.ipBlock === undefined) continue;
      const block = asObject(ref.peer.ipBlock);
      const parsed = typeof block.cidr === 'string' ? parseCidr(block.cidr) : null;
      if (!parsed?.ok || parsed.cidr.prefix === 0) continue;
      const except = asArray(block.except).flatMap((x) => {
        const c = typeof x === 'string' ? parseCidr(x) : null;
        return c?.ok ? [c.cidr] : [];
      });
      const hit = podCidrs.find((pod: Cidr) => overlaps(parsed.cidr, pod) && !except.some((x) => contains(x, pod)));
      if (hit) ctx.report({ path: [...ref.path, 'ipBlock', 'cidr'], messageId: 'covers', data: { cidr: block.cidr, pods: hit.text } });
    }
  },
});
