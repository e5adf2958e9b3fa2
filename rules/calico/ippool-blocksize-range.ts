import { parseCalicoCidr } from '../../src/engine/calico-formats.js';
import { parseGoCidr } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { asObject } from '../../src/engine/values.js';

/** Calico's effective block size limits per family (0 means "use the default"). */
export const BLOCK_SIZE_RANGE = { 4: { min: 20, max: 32, default: 26 }, 6: { min: 116, max: 128, default: 122 } } as const;

/**
 * The family whose range applies: an IPPool's address's (cnet.IP.Version in clientv3 ippool.go,
 * v3.32.1); the operator's ValidatePools asks whether the text holds a ":" (tigera/operator
 * pkg/controller/ippool/validation.go, v1.42.3), so `::ffff:10.0.0.0/104` is IPv6 there.
 */
function poolFamily(cidr: unknown, installation: boolean): 4 | 6 | null {
  if (typeof cidr !== 'string') return null;
  if (installation) {
    const parsed = parseGoCidr(cidr);
    return parsed.ok ? parsed.cidr.family : null;
  }
  const parsed = parseCalicoCidr(cidr);
  return parsed.ok ? parsed.ip.family : null;
}

export default defineRule({
  meta: {
    id: 'calico/ippool-blocksize-range',
    description: 'An IPPool `blockSize` (and an operator Installation pool\'s) must be 20–32 for IPv4 and 116–128 for IPv6 (absent means the default, 26 or 122; so does 0 in an IPPool, but not in an Installation, whose operator refuses it).',
    severity: 'error',
    remediation: 'Pick a block size inside the range for the pool\'s family; 26 (64 addresses per node block) suits most IPv4 clusters.',
    kinds: ['calico/IPPool', 'operator.tigera.io/Installation'],
    messages: {
      outOfRange: '{{field}} {{value}} is outside {{min}}–{{max}} for an IPv{{family}} pool',
    },
    docs: 'A block size that is not an integer is reported by the field-value rules (`calico/ippool-field-values`, `calico/installation-field-values`). The operator defaults an Installation pool\'s block size only when it is absent and then checks the range (tigera/operator pkg/controller/ippool/defaults.go fillDefaults, validation.go ValidatePools, v1.42.3), so `blockSize: 0` there is refused.',
  },
  check(resource, ctx) {
    const pools: { spec: Record<string, unknown>; path: Path }[] = [];
    const installation = resource.kind !== 'IPPool';
    if (!installation) pools.push({ spec: asObject(resource.value.spec), path: ['spec'] });
    else {
      const list = asObject(asObject(resource.value.spec).calicoNetwork).ipPools;
      if (Array.isArray(list)) list.forEach((p, i) => pools.push({ spec: asObject(p), path: ['spec', 'calicoNetwork', 'ipPools', i] }));
    }
    for (const { spec, path } of pools) {
      const blockSize = spec.blockSize;
      if (typeof blockSize !== 'number' || !Number.isInteger(blockSize) || (blockSize === 0 && !installation)) continue;
      const family = poolFamily(spec.cidr, installation) ?? (blockSize > 32 ? 6 : 4);
      const range = BLOCK_SIZE_RANGE[family];
      if (blockSize < range.min || blockSize > range.max) {
        const at = [...path, 'blockSize'];
        ctx.report({ path: at, messageId: 'outOfRange', data: { field: at.join('.').replace(/\.(\d+)\./g, '[$1].'), value: String(blockSize), min: String(range.min), max: String(range.max), family: String(family) } });
      }
    }
  },
});
