import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ippool-cidr-invalid.js';

ruleTester(rule, {
  valid: [
    { name: 'IPv4 pool', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: default-ipv4 }
      spec:
        cidr: 10.244.0.0/16
    ` },
    // The CRD's schema caps spec.cidr at 48 characters (api/pkg/apis/projectcalico/v3/ippool.go MaxLength=48).
    { name: 'a CIDR of exactly 48 characters', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: long }
      spec: { cidr: "fd00:0000:0000:0000:0000:0000:0000:0000/00000120" }
    ` },
    { name: 'IPv6 pool, CRD API group', code: `
      apiVersion: crd.projectcalico.org/v1
      kind: IPPool
      metadata: { name: v6 }
      spec: { cidr: "fd00:10:244::/56" }
    ` },
    { name: 'a prefix length with a leading zero (Go net.ParseCIDR reads /026 as /26)', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 10.0.0.0/026 }
    ` },
  ],
  invalid: [
    {
      name: 'a CIDR of 49 characters',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: long }
        spec: { cidr: "fd00:0000:0000:0000:0000:0000:0000:0000/000000120" }
      `,
      errors: [{ messageId: 'tooLong', line: 4, column: 15 }],
    },
    {
      name: 'missing cidr points at spec',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          ipipMode: Always
      `,
      errors: [{ messageId: 'missing', line: 4, column: 1, endLine: 4, endColumn: 5 }],
    },
    {
      name: 'prefix out of range',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.0.0.0/33
      `,
      errors: [{ messageId: 'invalid', line: 5, column: 9, endColumn: 20, message: /out of range/ }],
    },
    {
      name: 'bare IP without prefix',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec: { cidr: "10.0.0.0" }
      `,
      errors: [{ messageId: 'invalid', line: 4, column: 15, message: /missing prefix length/ }],
    },
    {
      name: 'host bits set',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.244.1.5/16
      `,
      errors: [{ messageId: 'notMasked', line: 5, column: 9, message: /use 10\.244\.0\.0\/16/ }],
    },
    {
      // cnet reads ::ffff:10.0.0.5/104 as 10.0.0.5/8 (IPNet's networkNumberAndMask).
      name: 'host bits set in an IPv4-mapped pool',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec: { cidr: "::ffff:10.0.0.5/104" }
      `,
      errors: [{ messageId: 'notMasked', line: 4, column: 15, message: /use 10\.0\.0\.0\/8$/ }],
    },
  ],
});
