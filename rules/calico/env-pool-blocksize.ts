import { defineRule } from '../../src/engine/rule.js';
import { BLOCK_SIZE_RANGE } from './ippool-blocksize-range.js';
import { ENV_KINDS, checkPoolEnv } from './lib/env-rule.js';

export default defineRule({
  meta: {
    id: 'calico/env-pool-blocksize',
    description: '`CALICO_IPV4POOL_BLOCK_SIZE` must be an integer 20–32 and `CALICO_IPV6POOL_BLOCK_SIZE` 116–128; otherwise calico-node exits at start-up.',
    severity: 'error',
    remediation: 'Use a plain integer in range, e.g. `"26"` for IPv4 or `"122"` for IPv6.',
    kinds: [...ENV_KINDS],
    messages: { invalid: '{{name}} is "{{value}}"; it must be an integer from {{min}} to {{max}}' },
  },
  check(resource, ctx) {
    checkPoolEnv(resource, ctx, ['CALICO_IPV4POOL_BLOCK_SIZE', 'CALICO_IPV6POOL_BLOCK_SIZE'], (v) => {
      const range = BLOCK_SIZE_RANGE[v.name.includes('IPV6') ? 6 : 4];
      // parseBlockSizeEnvironment reads it with Go's strconv.Atoi: a sign is taken, a space is not.
      const text = v.value;
      if (text === '') return;
      const n = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
      if (!(n >= range.min && n <= range.max)) ctx.report({ path: v.path, messageId: 'invalid', data: { name: v.label, value: v.value, min: String(range.min), max: String(range.max) } });
    });
  },
});
