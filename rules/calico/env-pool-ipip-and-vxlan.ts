import { defineRule } from '../../src/engine/rule.js';
import { calicoNodeInstalls, poolSettingIsRead } from './lib/calico-node-env.js';
import { ENV_KINDS } from './lib/env-rule.js';

const ON = ['always', 'crosssubnet', 'cross-subnet'];

export default defineRule({
  meta: {
    id: 'calico/env-pool-ipip-and-vxlan',
    description: 'calico-node env enables both IPIP (`CALICO_IPV4POOL_IPIP`) and VXLAN (`CALICO_IPV4POOL_VXLAN`) for the default pool; the pool fails validation and calico-node exits.',
    severity: 'error',
    remediation: 'Enable one encapsulation and set the other variable to `Never` (the VXLAN manifest sets `CALICO_IPV4POOL_IPIP: Never`).',
    kinds: [...ENV_KINDS],
    messages: { both: 'CALICO_IPV4POOL_VXLAN is "{{vxlan}}" while CALICO_IPV4POOL_IPIP is "{{ipip}}": a pool can use only one encapsulation' },
  },
  check(resource, ctx) {
    for (const install of calicoNodeInstalls(ctx.model)) {
      const ipip = install.env.get('CALICO_IPV4POOL_IPIP');
      const vxlan = install.env.get('CALICO_IPV4POOL_VXLAN');
      if (!ipip?.value || !vxlan?.value || vxlan.resource !== resource || !poolSettingIsRead(install, 'CALICO_IPV4POOL_IPIP')) continue;
      if (ON.includes(ipip.value.trim().toLowerCase()) && ON.includes(vxlan.value.trim().toLowerCase())) {
        ctx.report({ path: vxlan.path, messageId: 'both', data: { ipip: ipip.value, vxlan: vxlan.value } });
      }
    }
  },
});
