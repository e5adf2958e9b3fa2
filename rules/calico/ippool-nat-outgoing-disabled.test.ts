import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ippool-nat-outgoing-disabled.js';
import { calicoNode } from './lib/test-manifests.js';

ruleTester(rule, {
  valid: [
    // evaluateENVBool does not trim: "FALSE " is not false, so the env default pool NATs.
    { name: 'an env pool whose NAT value has a trailing space is read as true', code: calicoNode({ CALICO_IPV4POOL_CIDR: '10.0.0.0/16', CALICO_IPV4POOL_NAT_OUTGOING: 'FALSE ' }) },
    { name: 'natOutgoing true', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 10.0.0.0/16, natOutgoing: true }
    ` },
    { name: 'operator pool defaults to Enabled; IPv6 pools are not reported', code: `
      apiVersion: operator.tigera.io/v1
      kind: Installation
      metadata: { name: default }
      spec:
        calicoNetwork:
          ipPools:
            - cidr: 10.0.0.0/16
            - cidr: "fd00::/48"
              natOutgoing: Disabled
    ` },
  ],
  invalid: [
    {
      name: 'explicit false',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: routable }
        spec:
          cidr: 10.0.0.0/16
          natOutgoing: false
      `,
      errors: [{ messageId: 'off', line: 6, column: 16, severity: 'info', message: 'IPPool routable (10.0.0.0/16) does not NAT outgoing traffic: pod IPs leave the cluster un-NATed, so firewalls and routers must know this range' }],
    },
    {
      name: 'unset on an IPPool points at spec',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.0.0.0/16
      `,
      errors: [{ messageId: 'off', line: 4, column: 1, message: /natOutgoing is unset/ }],
    },
  ],
});
