import { defineRule } from '../../src/engine/rule.js';
import { ENV_KINDS, checkPoolEnv } from './lib/env-rule.js';

export const ENV_ENCAP_VALUES = ['', 'off', 'never', 'always', 'crosssubnet', 'cross-subnet'];

export default defineRule({
  meta: {
    id: 'calico/env-pool-encap-value',
    description:
      'calico-node\'s `CALICO_IPV4POOL_IPIP`, `CALICO_IPV4POOL_VXLAN` and `CALICO_IPV6POOL_VXLAN` accept (case-insensitively) only Always, CrossSubnet (or cross-subnet), Never, Off or empty; any other value makes calico-node exit at start-up when it creates the default pool.',
    severity: 'error',
    remediation: 'Use `Always`, `CrossSubnet` or `Never`.',
    kinds: [...ENV_KINDS],
    messages: { invalid: '{{name}} is "{{value}}"; calico-node accepts Always, CrossSubnet or Never' },
  },
  check(resource, ctx) {
    checkPoolEnv(resource, ctx, ['CALICO_IPV4POOL_IPIP', 'CALICO_IPV4POOL_VXLAN', 'CALICO_IPV6POOL_VXLAN'], (v) => {
      if (!ENV_ENCAP_VALUES.includes(v.value.trim().toLowerCase())) ctx.report({ path: v.path, messageId: 'invalid', data: { name: v.label, value: v.value } });
    });
  },
});
