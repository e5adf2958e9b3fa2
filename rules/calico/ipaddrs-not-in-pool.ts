import { derived } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { IP_ADDRS, IPAM_KINDS, addressRange, fixedIpsOf } from './lib/ipam-annotations.js';
import { describePool, podPools, podPoolsOverlapping, poolsOf, poolsOverlapping } from './lib/pools.js';

/** Per address family the input declares pools of: its enabled pools' CIDRs as the message lists them. */
const familiesOf = derived('calico/ipaddrs-pool-families', (m) => {
  const out = new Map<number, { enabled: string }>();
  for (const p of poolsOf(m)) if (p.cidr && !out.has(p.cidr.family)) out.set(p.cidr.family, { enabled: podPools(m).filter((e) => e.cidr?.family === p.cidr!.family).map((e) => e.cidr!.text).join(', ') || 'none enabled' });
  return out;
});

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
    for (const f of own) {
      if (f.path[f.path.length - 1] !== IP_ADDRS) continue;
      const declared = familiesOf(ctx.model).get(f.ip.family);
      const at = addressRange(f);
      // Looked up by address, not pool by pool: many pools and many pinned pods stay linear.
      if (declared === undefined || podPoolsOverlapping(ctx.model, at).length > 0) continue;
      const disabled = poolsOverlapping(ctx.model, at).find((p) => p.disabled);
      if (disabled) ctx.report({ path: f.path, span: f.span, messageId: 'disabled', data: { ip: f.text, pool: describePool(disabled) } });
      else ctx.report({ path: f.path, span: f.span, messageId: 'outside', data: { ip: f.text, pools: declared.enabled } });
    }
  },
});
