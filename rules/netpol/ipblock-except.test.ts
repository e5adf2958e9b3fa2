import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ipblock-except.js';

const policy = (block: string) => `
  apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: { name: p, namespace: x }
  spec:
    podSelector: {}
    policyTypes: [Egress]
    egress:
    - to:
      - ipBlock:
${block}
`;

ruleTester(rule, {
  valid: [
    { name: 'except inside cidr', code: policy('          cidr: 10.0.0.0/8\n          except: [10.1.0.0/16, 10.2.3.0/24]') },
    { name: 'IPv6', code: policy('          cidr: "fd00::/8"\n          except: ["fd00:1::/32"]') },
    { name: 'no except', code: policy('          cidr: 0.0.0.0/0') },
  ],
  invalid: [
    {
      name: 'leading zeros in an except entry: rejected by 1.36 and later, read as decimal inside the cidr before',
      code: policy('          cidr: 10.0.0.0/16\n          except:\n          - 10.0.001.0/24'),
      errors: [{ messageId: 'leadingZeros', severity: 'error', line: 12, column: 11, message: 'except entry 10.0.001.0/24 has leading zeros: Kubernetes 1.36 and later reject it; earlier releases accept it (from 1.33 with a warning) and read it as 10.0.1.0/24' }],
    },
    {
      name: 'host bits in an except entry, and an IPv4-mapped one: rejected by 1.36 and later',
      code: policy('          cidr: "::/0"\n          except:\n          - "fd00::1/64"\n          - "::ffff:10.0.0.0/104"'),
      errors: [
        { messageId: 'hostBits', severity: 'error', line: 12, column: 11, message: 'except entry fd00::1/64 has host bits set: Kubernetes 1.36 and later reject it; earlier releases accept it (from 1.33 with a warning) and read it as fd00::/64' },
        { messageId: 'ipv4Mapped', severity: 'error', line: 13, column: 11 },
      ],
    },
    {
      name: 'the same on a cluster before 1.36 (cluster.kubernetesVersion): warnings, as its API server warns',
      config: { cluster: { kubernetesVersion: '1.35' } },
      code: policy('          cidr: "::/0"\n          except:\n          - "fd00::1/64"\n          - "::ffff:10.0.0.0/104"'),
      errors: [
        { messageId: 'hostBits', severity: 'warning', line: 12, column: 11 },
        { messageId: 'ipv4Mapped', severity: 'warning', line: 13, column: 11 },
      ],
    },
    {
      name: 'except outside the cidr',
      code: policy('          cidr: 10.0.0.0/16\n          except:\n          - 10.1.0.0/24'),
      errors: [{ messageId: 'outside', line: 12, column: 11, endColumn: 22, message: 'except entry 10.1.0.0/24 is not inside the ipBlock cidr 10.0.0.0/16' }],
    },
    {
      name: 'except equal to the cidr is not a strict subset',
      code: policy('          cidr: 10.0.0.0/16\n          except: [10.0.0.0/16]'),
      errors: [{ messageId: 'notStrict', line: 11, column: 18 }],
    },
    {
      name: 'invalid except, ingress direction',
      code: `
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: p }
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock: { cidr: 192.168.0.0/16, except: [192.168.1.0] }
      `,
      errors: [{ messageId: 'invalid', line: 8, column: 49, message: /missing prefix length/ }],
    },
  ],
});
