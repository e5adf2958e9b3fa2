import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ippool-smaller-than-block.js';

ruleTester(rule, {
  valid: [
    { name: 'pool of exactly one block', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 10.0.0.0/26 }
    ` },
    { name: 'a disabled /27 is accepted', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 10.0.0.0/27, disabled: true }
    ` },
    { name: 'a /026 pool (Go reads the leading zero as decimal) holds one /26 block', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 10.0.0.0/026 }
    ` },
  ],
  invalid: [
    {
      name: 'a /027 pool is a /27',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec: { cidr: 10.0.0.0/027 }
      `,
      errors: [{ messageId: 'tooSmall', line: 4, column: 15, message: 'the pool 10.0.0.0/027 (/27) is smaller than one /26 block (the default block size)' }],
    },
    {
      // clientv3 ippool.go: the address is IPv4 (default block 26), Mask.Size() counts 104 of 128.
      name: 'an IPv4-mapped pool: IPv4 block size against a 128-bit mask',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec: { cidr: "::ffff:10.0.0.0/104" }
      `,
      errors: [{ messageId: 'tooSmall', line: 4, column: 15, message: 'the pool ::ffff:10.0.0.0/104 (/104) is smaller than one /26 block (the default block size)' }],
    },
    {
      name: '/27 with the default /26 blocks',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.0.0.0/27
      `,
      errors: [{ messageId: 'tooSmall', line: 5, column: 9, message: 'the pool 10.0.0.0/27 (/27) is smaller than one /26 block (the default block size)' }],
    },
    {
      name: '/24 with /23 blocks',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec: { cidr: 10.0.0.0/24, blockSize: 23 }
      `,
      errors: [{ messageId: 'tooSmall', line: 4, column: 15 }],
    },
  ],
});
