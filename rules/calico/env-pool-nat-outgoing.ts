import { defineRule } from '../../src/engine/rule.js';
import { ENV_KINDS, checkPoolEnv } from './lib/env-rule.js';

/** What startup.go evaluateENVBool reads as false (case-insensitive, not trimmed); anything else is true. */
const FALSE = ['false', '0', 'no', 'n', 'f'];
const TRUE = ['true', '1', 'yes', 'y', 't'];

export default defineRule({
  meta: {
    id: 'calico/env-pool-nat-outgoing',
    description: '`CALICO_IPV4POOL_NAT_OUTGOING` / `CALICO_IPV6POOL_NAT_OUTGOING` turn NAT off only with false, 0, no, n or f; calico-node reads any other value, such as `off` or `disabled`, as true and creates the default pool with outgoing NAT.',
    severity: 'warning',
    remediation: 'Write `"false"` to turn outgoing NAT off, or `"true"`.',
    kinds: [...ENV_KINDS],
    messages: { readAsTrue: '{{name}} "{{value}}" is read as true: the default pool NATs outgoing traffic (only false, 0, no, n or f turn it off)' },
    docs: 'Source: node/pkg/lifecycle/startup/startup.go `evaluateENVBool` (Calico v3.32), which compares the lower-cased value, spaces included, with false, 0, no, n and f, and returns true for anything else.',
  },
  check(resource, ctx) {
    checkPoolEnv(resource, ctx, ['CALICO_IPV4POOL_NAT_OUTGOING', 'CALICO_IPV6POOL_NAT_OUTGOING'], (v) => {
      const lower = v.value.toLowerCase();
      if (FALSE.includes(lower) || TRUE.includes(lower)) return;
      ctx.report({ path: v.path, messageId: 'readAsTrue', data: { name: v.label, value: v.value } });
    });
  },
});
