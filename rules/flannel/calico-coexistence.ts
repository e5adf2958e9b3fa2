import { poolsOf } from '../calico/lib/pools.js';
import { flannelNads, flannelPlugin } from '../multus/lib/flannel-nad.js';
import { NAD_KIND, nadOf } from '../multus/lib/nads.js';
import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'flannel/calico-coexistence',
    description: 'With Calico as the default network and flannel as a Multus secondary network, traffic between an address of one network and an address of the other is not a supported path: each network only routes its own range.',
    severity: 'info',
    remediation: 'Keep each conversation on one network (management on flannel `net1`, business on Calico `eth0`) and give each its own range; do not rely on Calico policy for flannel traffic.',
    kinds: [NAD_KIND],
    messages: {
      advice: 'flannel (this NAD) runs beside Calico ({{calico}}): pods reach each other over flannel only between flannel addresses and over Calico only between Calico addresses; Calico policy does not apply to the flannel interface',
    },
    docs: 'Reported once, on the first flannel NAD, when the input also declares a Calico pool (IPPool, Installation or the calico-node env pool).',
  },
  check(resource, ctx) {
    const nad = nadOf(ctx.model, resource);
    if (!nad || !flannelPlugin(nad)) return;
    if (flannelNads(ctx.model)[0] !== nad) return;
    const pool = poolsOf(ctx.model).find((p) => p.cidr);
    if (!pool) return;
    ctx.report({ path: ['spec', 'config'], messageId: 'advice', data: { calico: `pool ${pool.cidr!.text}` } });
  },
});
