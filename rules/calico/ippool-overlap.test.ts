import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ippool-overlap.js';

ruleTester(rule, {
  valid: [
    { name: 'disjoint per-rack pools', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: rack-0 }
      spec: { cidr: 10.0.0.0/24 }
      ---
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: rack-1 }
      spec: { cidr: 10.0.1.0/24 }
    ` },
    { name: 'IPv4 and IPv6 pools', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: v4 }
      spec: { cidr: 10.0.0.0/16 }
      ---
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: v6 }
      spec: { cidr: "fd00::/48" }
    ` },
    // Calico's docs (networking/ipam/change-block-size) show the Installation before and after a
    // pool is added: one object, whose pool of the same CIDR the operator keeps.
    { name: 'one Installation written before and after a pool is added (the last holds)', code: {
      'before.yaml': 'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: { name: default }\nspec:\n  calicoNetwork:\n    ipPools:\n      - { cidr: 10.48.0.0/21, encapsulation: IPIP, natOutgoing: Enabled, nodeSelector: all() }\n',
      'after.yaml': 'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: { name: default }\nspec:\n  calicoNetwork:\n    ipPools:\n      - { cidr: 10.48.0.0/21, encapsulation: IPIP, natOutgoing: Enabled, nodeSelector: all() }\n      - { cidr: 10.48.8.0/21, blockSize: 31, encapsulation: IPIP, natOutgoing: Enabled, nodeSelector: all() }\n',
    } },
  ],
  invalid: [
    {
      name: 'the last definition of an Installation still has its own pools compared',
      code: {
        'before.yaml': 'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: { name: default }\nspec:\n  calicoNetwork:\n    ipPools:\n      - { cidr: 10.48.0.0/21 }\n',
        'after.yaml': 'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: { name: default }\nspec:\n  calicoNetwork:\n    ipPools:\n      - { cidr: 10.48.0.0/21 }\n      - { cidr: 10.48.4.0/22 }\n',
      },
      errors: [{ messageId: 'overlap', file: 'after.yaml', line: 8, column: 17, message: /^Installation pool 10\.48\.4\.0-22 \(10\.48\.4\.0\/22\) overlaps Installation pool 10\.48\.0\.0-21/ }],
    },
    {
      name: 'a /17 inside a /16, the second is reported',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: old }
        spec: { cidr: 10.0.0.0/16 }
        ---
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: new }
        spec:
          cidr: 10.0.128.0/17
          disabled: true
      `,
      errors: [{ messageId: 'overlap', line: 10, column: 9, message: 'IPPool new (10.0.128.0/17) overlaps IPPool old (10.0.0.0/16) declared in test.yaml' }],
    },
    {
      // cnet.ParseCIDR: /016 is /16, ::ffff:10.0.0.0/104 the IPv4 network 10.0.0.0/8.
      name: 'pools written as Go reads them',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: old }
        spec: { cidr: 10.0.0.0/016 }
        ---
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: new }
        spec: { cidr: "::ffff:10.0.0.0/104", disabled: true }
      `,
      errors: [{ messageId: 'overlap', line: 9, column: 15, message: 'IPPool new (::ffff:10.0.0.0/104) overlaps IPPool old (10.0.0.0/016) declared in test.yaml' }],
    },
    {
      name: 'Installation pool overlapping a standalone IPPool of another name',
      code: {
        'a-pool.yaml': `
          apiVersion: crd.projectcalico.org/v1
          kind: IPPool
          metadata: { name: extra }
          spec: { cidr: 192.168.10.0/24 }
        `,
        'b-installation.yaml': `
          apiVersion: operator.tigera.io/v1
          kind: Installation
          metadata: { name: default }
          spec:
            calicoNetwork:
              ipPools:
                - name: default-ipv4-ippool
                  cidr: 192.168.0.0/16
        `,
      },
      errors: [{ messageId: 'overlap', line: 8, column: 15, file: 'b-installation.yaml' }],
    },
    {
      // The operator names unnamed pools after their networks unless there is one pool or a
      // dual-stack pair (tigera/operator ippool/defaults.go fillDefaults, cidrToName).
      name: 'two unnamed Installation pools that overlap',
      code: `
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: { name: default }
        spec:
          calicoNetwork:
            ipPools:
              - cidr: 192.168.0.0/16
              - cidr: 192.168.1.0/24
              - cidr: fd00:10::/64
      `,
      errors: [{ messageId: 'overlap', line: 8, column: 15, message: /192\.168\.1\.0-24 \(192\.168\.1\.0\/24\) overlaps .*192\.168\.0\.0-16 \(192\.168\.0\.0\/16\)/ }],
    },
  ],
});
