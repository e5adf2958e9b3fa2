/**
 * The tigera-operator's own checks of the Installation's IP pools, after it fills their defaults
 * (tigera/operator pkg/controller/ippool/defaults.go fillDefaults and validation.go ValidatePools,
 * v1.42.3, the operator Calico v3.32.1 installs): a refused Installation renders nothing. Field
 * types and enums are calico/installation-field-values', the block size range
 * calico/ippool-blocksize-range's, encapsulation against BGP calico/installation-bgp-for-ipip's.
 */
import { parseGoCidr } from '../../src/engine/cidr.js';
import { andList } from '../../src/engine/plural.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { asObject, objectItems } from '../../src/engine/values.js';
import { BLOCK_SIZE_RANGE } from './ippool-blocksize-range.js';
import { installationCniType } from './lib/installation.js';
import { poolsIn } from './lib/pools.js';

export default defineRule({
  meta: {
    id: 'calico/installation-pool-checks',
    description: 'The tigera-operator refuses an Installation whose IP pools repeat a CIDR or a name, hold less than one block, mix LoadBalancer with other uses, give a LoadBalancer pool encapsulation, a node selector other than all() or disableBGPExport, or restrict pools to some nodes with a non-Calico CNI plugin.',
    severity: 'error',
    remediation: 'Give each pool its own CIDR and name, a CIDR at least one block wide, and keep LoadBalancer pools apart: `allowedUses: [LoadBalancer]`, `encapsulation: None`, `nodeSelector: all()`.',
    kinds: ['operator.tigera.io/Installation'],
    messages: {
      repeated: 'IP pool {{what}} {{value}} is specified more than once (pool {{first}} has it): the operator refuses the Installation',
      tooSmall: 'IP pool {{cidr}} is smaller than one /{{blockSize}} block{{how}}: the operator refuses the Installation ("IP pool size is too small")',
      loadBalancerMixed: 'a LoadBalancer pool cannot also be used for {{others}}: the operator refuses the Installation',
      loadBalancerEncap: 'a LoadBalancer pool must have encapsulation None, not {{encap}}{{how}}: the operator refuses the Installation',
      loadBalancerSelector: 'a LoadBalancer pool\'s nodeSelector must be all(), not "{{selector}}": the operator refuses the Installation',
      loadBalancerExport: 'a LoadBalancer pool must be exported over BGP (disableBGPExport false): the operator refuses the Installation',
      nonCalicoSelector: 'with the {{cni}} CNI plugin a pool\'s nodeSelector must be all(), not "{{selector}}": the operator refuses the Installation',
    },
    docs: 'Defaults come first, as the operator fills them: an IPv4 pool\'s encapsulation is IPIP with the Calico CNI plugin (None otherwise), an IPv6 pool\'s None; the block size 26 or 122; the node selector all(); an unnamed pool\'s name as calico/ippool-overlap explains. Source: tigera/operator pkg/controller/ippool/defaults.go, validation.go (v1.42.3).',
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    const cni = installationCniType(spec);
    const views = new Map(poolsIn(ctx.model, resource).map((p) => [p.path.join('.'), p]));
    const seenCidr = new Map<string, string>();
    const seenName = new Map<string, string>();
    for (const [i, pool] of objectItems(asObject(spec.calicoNetwork).ipPools)) {
      const path: Path = ['spec', 'calicoNetwork', 'ipPools', i];
      const name = views.get(path.join('.'))?.name ?? `#${i}`;
      const cidrText = typeof pool.cidr === 'string' ? pool.cidr : null;
      // ValidatePools parses it with Go's net.ParseCIDR and takes a CIDR holding ":" for IPv6.
      const parsed = cidrText === null ? null : parseGoCidr(cidrText);
      if (parsed === null || !parsed.ok) continue; // ValidatePools refuses it too: calico/installation-field-values'
      // ValidatePools compares the CIDRs as written and the names after defaulting.
      if (seenCidr.has(cidrText!)) ctx.report({ path: [...path, 'cidr'], messageId: 'repeated', data: { what: 'CIDR', value: cidrText, first: seenCidr.get(cidrText!) } });
      else seenCidr.set(cidrText!, name);
      if (seenName.has(name)) ctx.report({ path: typeof pool.name === 'string' ? [...path, 'name'] : path, messageId: 'repeated', data: { what: 'name', value: name, first: seenName.get(name) } });
      else seenName.set(name, name);

      const family = parsed.cidr.family;
      const range = BLOCK_SIZE_RANGE[family];
      const blockSize = pool.blockSize === undefined || pool.blockSize === null ? range.default : pool.blockSize;
      if (typeof blockSize === 'number' && blockSize >= range.min && blockSize <= range.max && parsed.cidr.prefix > blockSize) {
        ctx.report({ path: [...path, 'cidr'], messageId: 'tooSmall', data: { cidr: cidrText, blockSize, how: pool.blockSize === undefined ? ' (the default block size)' : '' } });
      }

      const uses = Array.isArray(pool.allowedUses) ? pool.allowedUses.filter((u): u is string => typeof u === 'string') : [];
      const selector = typeof pool.nodeSelector === 'string' && pool.nodeSelector !== '' ? pool.nodeSelector : 'all()';
      if (uses.includes('LoadBalancer')) {
        const others = uses.filter((u) => u !== 'LoadBalancer');
        if (others.length > 0) ctx.report({ path: [...path, 'allowedUses'], messageId: 'loadBalancerMixed', data: { others: andList(others) } });
        const written = typeof pool.encapsulation === 'string' && pool.encapsulation !== '' ? pool.encapsulation : null;
        const encap = written ?? (family === 4 && cni === 'Calico' ? 'IPIP' : 'None');
        if (encap !== 'None') ctx.report({ path: written === null ? path : [...path, 'encapsulation'], messageId: 'loadBalancerEncap', data: { encap, how: written === null ? ' (an IPv4 pool\'s default with the Calico CNI plugin)' : '' } });
        if (selector !== 'all()') ctx.report({ path: [...path, 'nodeSelector'], messageId: 'loadBalancerSelector', data: { selector } });
        if (pool.disableBGPExport === true) ctx.report({ path: [...path, 'disableBGPExport'], messageId: 'loadBalancerExport' });
      }
      if (cni !== 'Calico' && selector !== 'all()') ctx.report({ path: [...path, 'nodeSelector'], messageId: 'nonCalicoSelector', data: { cni, selector } });
    }
  },
});
