import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ipblock-cidr.js';

const policy = (block: string) => `
  apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: { name: p, namespace: x }
  spec:
    podSelector: {}
    egress:
      - to:
          - ipBlock: ${block}
`;

ruleTester(rule, {
  valid: [
    { name: 'an IPv4 network', code: policy('{ cidr: 192.168.0.0/16 }') },
    { name: 'an IPv6 network with except', code: policy('{ cidr: "2001:db8::/64", except: ["2001:db8::/80"] }') },
    { name: 'one address as /32', code: policy('{ cidr: 10.0.0.1/32 }') },
  ],
  invalid: [
    { name: 'a bare address', code: policy('{ cidr: 192.168.5.6 }'), errors: [{ messageId: 'invalid', line: 8, column: 28, message: 'ipBlock cidr "192.168.5.6": missing prefix length (e.g. "192.168.5.6/32")' }] },
    { name: 'an empty cidr', code: policy('{ cidr: "" }'), errors: [{ messageId: 'missing', line: 8, column: 28 }] },
    { name: 'no cidr at all', code: policy('{ except: [10.0.0.0/8] }'), errors: [{ messageId: 'missing', line: 8, column: 11, path: ['spec', 'egress', 0, 'to', 0, 'ipBlock'] }] },
    { name: 'a prefix out of range', code: policy('{ cidr: 10.0.0.0/33 }'), errors: [{ messageId: 'invalid', line: 8, column: 28, message: /prefix length 33 is out of range for IPv4/ }] },
    { name: 'a number', code: policy('{ cidr: 10 }'), errors: [{ messageId: 'notString', line: 8, column: 28 }] },
    {
      // StrictIPCIDRValidation, on by default from Kubernetes 1.36 (apimachinery IsValidCIDRForLegacyField).
      name: 'host bits set: rejected by 1.36 and later, a warning before',
      code: policy('{ cidr: 10.1.2.3/16 }'),
      errors: [{ messageId: 'hostBits', line: 8, column: 28, severity: 'error', message: 'ipBlock cidr 10.1.2.3/16 has host bits set: Kubernetes 1.36 and later reject it; earlier releases accept it (from 1.33 with a warning) and read it as 10.1.0.0/16' }],
    },
    {
      // A cluster before 1.36 (cluster.kubernetesVersion) accepts all three with a warning (GetWarningsForCIDR).
      name: 'on a cluster before 1.36: host bits, leading zeros and an IPv4-mapped range are warnings',
      config: { cluster: { kubernetesVersion: 'v1.34.2' } },
      code: `${policy('{ cidr: 10.1.2.3/16 }')}          - ipBlock: { cidr: 010.0.0.0/8 }\n          - ipBlock: { cidr: "::ffff:10.0.0.0/104" }\n`,
      errors: [
        { messageId: 'hostBits', line: 8, column: 28, severity: 'warning', message: /^ipBlock cidr 10\.1\.2\.3\/16 has host bits set/ },
        { messageId: 'leadingZeros', line: 9, column: 28, severity: 'warning', message: /^ipBlock cidr 010\.0\.0\.0\/8 has leading zeros/ },
        { messageId: 'ipv4Mapped', line: 10, column: 28, severity: 'warning', message: /^ipBlock cidr ::ffff:10\.0\.0\.0\/104 is an IPv4-mapped IPv6 range/ },
      ],
    },
    { name: 'on 1.36 itself, an error', config: { cluster: { kubernetesVersion: '1.36' } }, code: policy('{ cidr: 10.1.2.3/16 }'), errors: [{ messageId: 'hostBits', line: 8, column: 28, severity: 'error', message: /host bits set/ }] },
    {
      name: 'an IPv4-mapped IPv6 range: rejected by 1.36 and later',
      code: policy('{ cidr: "::ffff:10.0.0.0/104" }'),
      errors: [{ messageId: 'ipv4Mapped', line: 8, column: 28, severity: 'error', message: 'ipBlock cidr ::ffff:10.0.0.0/104 is an IPv4-mapped IPv6 range: Kubernetes 1.36 and later reject it; write the IPv4 range instead' }],
    },
    {
      // k8s.io/utils/net ParseCIDRSloppy: Go's pre-1.17 parser, decimal with leading zeros.
      name: 'leading zeros: rejected by 1.36 and later, read as decimal before',
      code: policy('{ cidr: 010.001.0.0/016 }'),
      errors: [{ messageId: 'leadingZeros', line: 8, column: 28, severity: 'error', message: 'ipBlock cidr 010.001.0.0/016 has leading zeros: Kubernetes 1.36 and later reject it; earlier releases accept it (from 1.33 with a warning) and read it as 10.1.0.0/16' }],
    },
    { name: 'leading zeros do not make a bad address good', code: policy('{ cidr: 0300.0.0.0/8 }'), errors: [{ messageId: 'invalid', line: 8, column: 28 }] },
  ],
});
