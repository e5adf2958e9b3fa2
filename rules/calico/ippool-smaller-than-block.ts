import { parseCalicoCidr } from '../../src/engine/calico-formats.js';
import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';
import { BLOCK_SIZE_RANGE } from './ippool-blocksize-range.js';

export default defineRule({
  meta: {
    id: 'calico/ippool-smaller-than-block',
    description: 'An enabled IPPool must hold at least one block: its prefix length may not be longer than its blockSize (default 26 / 122).',
    severity: 'error',
    remediation: 'Widen the pool\'s CIDR or lower its blockSize; Calico rejects the pool ("IP pool size is too small for use with Calico IPAM").',
    kinds: ['calico/IPPool'],
    messages: {
      tooSmall: 'the pool {{cidr}} (/{{prefix}}) is smaller than one /{{blockSize}} block{{default}}',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    if (spec.disabled === true || typeof spec.cidr !== 'string') return;
    // clientv3 ippool.go (v3.32.1): the block size goes by the address's cnet.IP.Version and is
    // compared with the mask's Mask.Size(), which for `::ffff:10.0.0.0/104` counts 104 of 128.
    const parsed = parseCalicoCidr(spec.cidr);
    if (!parsed.ok) return;
    const range = BLOCK_SIZE_RANGE[parsed.ip.family];
    const given = typeof spec.blockSize === 'number' && spec.blockSize !== 0 ? spec.blockSize : null;
    const blockSize = given ?? range.default;
    if (blockSize < range.min || blockSize > range.max) return; // ippool-blocksize-range reports it
    if (parsed.maskOnes > blockSize) {
      ctx.report({
        path: ['spec', 'cidr'],
        messageId: 'tooSmall',
        data: { cidr: spec.cidr, prefix: String(parsed.maskOnes), blockSize: String(blockSize), default: given === null ? ' (the default block size)' : '' },
      });
    }
  },
});
