import { containsIp } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { IP_ADDRS, IPAM_KINDS, fixedIpsOf } from './lib/ipam-annotations.js';
import { describePool, podPools, poolsOf } from './lib/pools.js';

export default defineRule({
  meta: {
    id: 'calico/ipaddrs-not-in-pool',
    description:
      'A fixed IP (`cni.projectcalico.org/ipAddrs`) must lie inside an enabled IP pool; Calico IPAM refuses it otherwise and the pod never starts. Checked when the input declares pools of that family.',
    severity: 'error',
    remediation: 'Pick an address inside an enabled pool, ideally a dedicated pool with `nodeSelector: "!all()"` so automatic assignment never hands it out.',
    kinds: [...IPAM_KINDS],
    messages: {
      outside: '{{ip}} is not inside any enabled IP pool ({{pools}})',
      disabled: '{{ip}} is inside {{pool}}, which is disabled',
    },
  },
  check(resource, ctx) {
    const own = fixedIpsOf(ctx.model, resource);
    if (own.length === 0) return;
    const enabled = podPools(ctx.model).filter((p) => p.cidr);
    for (const f of own) {
      if (f.path[f.path.length - 1] !== IP_ADDRS) continue;
      const family = poolsOf(ctx.model).filter((p) => p.cidr?.family === f.ip.family);
      if (family.length === 0 || enabled.some((p) => containsIp(p.cidr!, f.ip))) continue;
      const disabled = family.find((p) => p.disabled && containsIp(p.cidr!, f.ip));
      if (disabled) ctx.report({ path: f.path, span: f.span, messageId: 'disabled', data: { ip: f.text, pool: describePool(disabled) } });
      else ctx.report({ path: f.path, span: f.span, messageId: 'outside', data: { ip: f.text, pools: enabled.filter((p) => p.cidr!.family === f.ip.family).map((p) => p.cidr!.text).join(', ') || 'none enabled' } });
    }
  },
});
