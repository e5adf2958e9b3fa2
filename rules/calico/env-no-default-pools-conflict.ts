import { defineRule } from '../../src/engine/rule.js';
import { calicoNodeInstalls } from './lib/calico-node-env.js';
import { ENV_KINDS } from './lib/env-rule.js';

const POOL_CIDRS = ['CALICO_IPV4POOL_CIDR', 'CALICO_IPV6POOL_CIDR'] as const;

export default defineRule({
  meta: {
    id: 'calico/env-no-default-pools-conflict',
    description: 'calico-node env sets `NO_DEFAULT_POOLS=true` and also a default pool CIDR (`CALICO_IPV4POOL_CIDR` / `CALICO_IPV6POOL_CIDR`): calico-node refuses the contradiction at startup and exits.',
    severity: 'error',
    remediation: 'Keep one: drop the pool CIDR variables when pools are created as IPPool resources, or drop `NO_DEFAULT_POOLS` to let calico-node create the default pool.',
    kinds: [...ENV_KINDS],
    messages: { conflict: '{{cidrVar}} is set while NO_DEFAULT_POOLS is "{{noDefault}}": calico-node terminates ("Invalid configuration with NO_DEFAULT_POOLS defined and CALICO_IPV4POOL_CIDR or CALICO_IPV6POOL_CIDR defined")' },
    docs: 'Source: calico-node `startup.go` `configureIPPools`, which checks `NO_DEFAULT_POOLS` (case-insensitive `true`) before creating any pool.',
  },
  check(resource, ctx) {
    for (const install of calicoNodeInstalls(ctx.model)) {
      const noDefault = install.env.get('NO_DEFAULT_POOLS');
      if (!noDefault?.value || noDefault.value.trim().toLowerCase() !== 'true') continue;
      for (const name of POOL_CIDRS) {
        const cidr = install.env.get(name);
        if (!cidr?.value || cidr.value.trim() === '' || cidr.resource !== resource) continue;
        ctx.report({ path: cidr.path, messageId: 'conflict', data: { cidrVar: name, noDefault: noDefault.value } });
      }
    }
  },
});
