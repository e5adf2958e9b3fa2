import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ippools-annotation-unknown.js';
import { POOLS, deployment } from './lib/test-manifests.js';

const V4 = 'cni.projectcalico.org/ipv4pools';

ruleTester(rule, {
  valid: [
    { name: 'by name and by exact CIDR', code: { 'pools.yaml': POOLS, 'web.yaml': deployment('web', 3, { [V4]: '["default-ipv4-ippool", "10.250.0.0/24"]' }) } },
    { name: 'no pools declared: silent', code: deployment('web', 3, { [V4]: '["anything"]' }) },
    // ResolvePools parses with net.ParseCIDR; determinePools looks the network up by its text.
    { name: 'by CIDR with a prefix length with a leading zero', code: { 'pools.yaml': POOLS, 'web.yaml': deployment('web', 3, { [V4]: '["10.250.0.0/024"]' }) } },
    // ResolvePools keeps net.ParseCIDR's masked network: 10.250.0.7/24 names 10.250.0.0/24.
    { name: 'by CIDR with host bits', code: { 'pools.yaml': POOLS, 'web.yaml': deployment('web', 3, { [V4]: '["10.250.0.7/24"]' }) } },
  ],
  invalid: [
    {
      name: 'a typo',
      code: { 'pools.yaml': POOLS, 'web.yaml': deployment('web', 3, { [V4]: '["default-ipv4-pool"]' }) },
      errors: [{ messageId: 'unknown', file: 'web.yaml', line: 11, column: 44, message: /names "default-ipv4-pool", which is not an IP pool \(known: default-ipv4-ippool, fixed-ips, old-pool\)/ }],
    },
    {
      name: 'a subnet of a pool',
      code: { 'pools.yaml': POOLS, 'web.yaml': deployment('web', 3, { [V4]: '["10.244.1.0/24"]' }) },
      errors: [{ messageId: 'unknown', file: 'web.yaml', line: 11, column: 44, message: /lies inside default-ipv4-ippool/ }],
    },
    {
      name: 'not JSON, on a Namespace',
      code: `
        apiVersion: v1
        kind: Namespace
        metadata:
          name: team-a
          annotations:
            cni.projectcalico.org/ipv4pools: default-ipv4-ippool
      `,
      errors: [{ messageId: 'notList', line: 6, column: 38 }],
    },
  ],
});
