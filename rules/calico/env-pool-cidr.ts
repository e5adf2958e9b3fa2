import { parseCalicoCidr } from '../../src/engine/calico-formats.js';
import { overlaps, parseCidr } from '../../src/engine/cidr.js';
import type { Cidr } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { BLOCK_SIZE_RANGE } from './ippool-blocksize-range.js';
import { installOf, poolSettingIsRead } from './lib/calico-node-env.js';
import { ENV_KINDS, checkEnv } from './lib/env-rule.js';

/** The IPv6 link-local range the IPPool validator refuses (the IPv4 one is calico/ippool-cidr-link-local's, which sees the env pool). */
const V6_LINK_LOCAL = (parseCidr('fe80::/10') as { ok: true; cidr: Cidr }).cidr;

export default defineRule({
  meta: {
    id: 'calico/env-pool-cidr',
    description: '`CALICO_IPV4POOL_CIDR` / `CALICO_IPV6POOL_CIDR` must be a CIDR of the right family that holds a block (or `none`); otherwise calico-node exits at start-up.',
    severity: 'error',
    remediation: 'Write the pool as a network with its prefix, e.g. `10.244.0.0/16`, inside the cluster pod CIDR.',
    kinds: [...ENV_KINDS],
    messages: {
      invalid: '{{name}} {{error}}',
      family: '{{name}} is an IPv{{family}} CIDR ({{value}})',
      noneCase: '{{name}} is "{{value}}": calico-node skips the pool only for "none" in lower case, reads this as a CIDR and exits',
      tooSmall: '{{name}} {{value}} is smaller than one /{{blockSize}} block{{how}}: Calico refuses the pool ("IP pool size is too small") and calico-node exits',
      linkLocal: '{{name}} {{value}} overlaps the IPv6 link-local range fe80::/10: Calico refuses the pool and calico-node exits',
    },
    docs: 'calico-node creates its default pools from these at start-up (node/pkg/lifecycle/startup/startup.go configureIPPools, Calico v3.32): `none`, exactly, skips a pool; any other value must parse as a CIDR of the family and pass the IPPool validator (libcalico-go validator.go validateIPPoolSpec: at least one block of `CALICO_IPVxPOOL_BLOCK_SIZE`, default 26 / 122; not link-local), or calico-node exits. With `NO_DEFAULT_POOLS=true` they are not read (calico/env-no-default-pools-conflict).',
  },
  check(resource, ctx) {
    checkEnv(resource, ctx, ['CALICO_IPV4POOL_CIDR', 'CALICO_IPV6POOL_CIDR'], (v) => {
      const install = installOf(ctx.model, v);
      if (install !== undefined && !poolSettingIsRead(install, v.name)) return;
      const text = v.value.trim();
      if (text === '' || text === 'none') return;
      if (text.toLowerCase() === 'none') {
        ctx.report({ path: v.path, messageId: 'noneCase', data: { name: v.label, value: text } });
        return;
      }
      // configureIPPools reads it with cnet.ParseCIDR, checks the IPNet's Version and writes the
      // pool as the IPNet's String(): `::ffff:10.0.0.0/104` becomes the IPv4 pool 10.0.0.0/8.
      const r = parseCalicoCidr(text);
      const family = v.name.includes('IPV6') ? 6 : 4;
      // The parser reads a text without a colon as IPv4 and says what an IPv4 address lacks; for the
      // IPv6 variable, what it lacks is an IPv6 address.
      if (!r.ok) ctx.report({ path: v.path, messageId: 'invalid', data: { name: v.label, error: family === 6 && !text.includes(':') ? `${JSON.stringify(text)}: not an IPv6 CIDR (an IPv6 address is written with colons, e.g. fd00:10:244::/64)` : r.error } });
      else if (r.cidr.family !== family) ctx.report({ path: v.path, messageId: 'family', data: { name: v.label, family: String(r.cidr.family), value: text } });
      else {
        const range = BLOCK_SIZE_RANGE[family];
        const written = install?.env.get(`CALICO_IPV${family}POOL_BLOCK_SIZE`)?.value?.trim();
        const blockSize = written === undefined || written === '' ? range.default : /^[+]?\d+$/.test(written) ? Number(written) : null;
        // A block size out of range is calico/env-pool-blocksize's.
        if (blockSize !== null && blockSize >= range.min && blockSize <= range.max && r.cidr.prefix > blockSize) {
          ctx.report({ path: v.path, messageId: 'tooSmall', data: { name: v.label, value: text, blockSize: String(blockSize), how: written === undefined || written === '' ? ' (the default block size)' : '' } });
        }
        if (family === 6 && overlaps(r.cidr, V6_LINK_LOCAL)) ctx.report({ path: v.path, messageId: 'linkLocal', data: { name: v.label, value: text } });
      }
    });
  },
});
