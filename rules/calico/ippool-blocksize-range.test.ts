import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ippool-blocksize-range.js';

ruleTester(rule, {
  valid: [
    { name: 'IPv4 /26 and IPv6 /122', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: v4 }
      spec: { cidr: 10.244.0.0/16, blockSize: 26 }
      ---
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: v6 }
      spec: { cidr: "fd00:10:244::/56", blockSize: 122 }
    ` },
    { name: 'operator Installation pool with the default block size', code: `
      apiVersion: operator.tigera.io/v1
      kind: Installation
      metadata: { name: default }
      spec: { calicoNetwork: { ipPools: [ { cidr: 10.244.0.0/16, blockSize: 26 } ] } }
    ` },
    // libcalico-go clientv3 ippool.go refuses > 32 || < 20 (IPv4) and > 128 || < 116 (IPv6): both ends are in.
    { name: 'the ends of each range: 20 and 32, 116 and 128', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: v4-20 }
      spec: { cidr: 10.0.0.0/16, blockSize: 20 }
      ---
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: v4-32 }
      spec: { cidr: 10.1.0.0/16, blockSize: 32 }
      ---
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: v6-116 }
      spec: { cidr: "fd00:1::/112", blockSize: 116 }
      ---
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: v6-128 }
      spec: { cidr: "fd00:2::/112", blockSize: 128 }
    ` },
    { name: 'blockSize 0 means the default', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: v4 }
      spec: { cidr: 10.244.0.0/16, blockSize: 0 }
    ` },
  ],
  invalid: [
    {
      name: 'one past each end: 19 and 33, 115 and 129',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: a }
        spec: { cidr: 10.0.0.0/16, blockSize: 19 }
        ---
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: b }
        spec: { cidr: 10.1.0.0/16, blockSize: 33 }
        ---
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: c }
        spec: { cidr: "fd00:1::/112", blockSize: 115 }
        ---
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: d }
        spec: { cidr: "fd00:2::/112", blockSize: 129 }
      `,
      errors: [
        { messageId: 'outOfRange', line: 4, column: 39, message: 'spec.blockSize 19 is outside 20–32 for an IPv4 pool' },
        { messageId: 'outOfRange', line: 9, column: 39, message: 'spec.blockSize 33 is outside 20–32 for an IPv4 pool' },
        { messageId: 'outOfRange', line: 14, column: 42, message: 'spec.blockSize 115 is outside 116–128 for an IPv6 pool' },
        { messageId: 'outOfRange', line: 19, column: 42, message: 'spec.blockSize 129 is outside 116–128 for an IPv6 pool' },
      ],
    },
    {
      // clientv3 ippool.go checks the range of the address's family: ::ffff:10.0.0.0 is IPv4.
      name: 'an IPv4-mapped IPPool with an IPv6 block size',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: mapped }
        spec: { cidr: "::ffff:10.0.0.0/104", blockSize: 122 }
      `,
      errors: [{ messageId: 'outOfRange', line: 4, column: 49, message: 'spec.blockSize 122 is outside 20–32 for an IPv4 pool' }],
    },
    {
      // The operator defaults only an absent block size; 0 then fails ValidatePools' range check.
      name: 'blockSize 0 in an Installation pool',
      code: `
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: { name: default }
        spec: { calicoNetwork: { ipPools: [ { cidr: 10.244.0.0/16, blockSize: 0 } ] } }
      `,
      errors: [{ messageId: 'outOfRange', line: 4, column: 71, message: 'spec.calicoNetwork.ipPools[0].blockSize 0 is outside 20–32 for an IPv4 pool' }],
    },
    {
      name: 'IPv4 block of /18',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: v4 }
        spec:
          cidr: 10.0.0.0/16
          blockSize: 18
      `,
      errors: [{ messageId: 'outOfRange', line: 6, column: 14, message: 'spec.blockSize 18 is outside 20–32 for an IPv4 pool' }],
    },
    {
      name: 'IPv6 pool with an IPv4-sized block (a quoted block size is the field-value rule\'s)',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: v6 }
        spec: { cidr: "fd00::/48", blockSize: 26 }
        ---
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: v4 }
        spec: { cidr: 10.0.0.0/16, blockSize: "26" }
      `,
      errors: [
        { messageId: 'outOfRange', line: 4, column: 39, message: /IPv6/ },
      ],
    },
    {
      name: 'operator Installation pool with an IPv4 block of /18',
      code: `
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: { name: default }
        spec:
          calicoNetwork:
            ipPools:
              - cidr: 10.244.0.0/16
                blockSize: 18
      `,
      errors: [{ messageId: 'outOfRange', line: 8, column: 20, message: 'spec.calicoNetwork.ipPools[0].blockSize 18 is outside 20–32 for an IPv4 pool' }],
    },
  ],
});
