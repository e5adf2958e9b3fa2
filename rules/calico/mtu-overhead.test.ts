import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './mtu-overhead.js';
import { mtuManifest } from './lib/test-manifests.js';

const mtu1500 = { cluster: { physicalMTU: 1500 } };
const jumbo = { cluster: { physicalMTU: 9001 } };

ruleTester(rule, {
  valid: [
    { name: 'auto-detect (0) is never reported', code: mtuManifest('0', { CALICO_IPV4POOL_IPIP: 'Always' }), config: mtu1500 },
    { name: 'IPIP 1480 on 1500', code: mtuManifest('1480', { CALICO_IPV4POOL_IPIP: 'Always' }), config: mtu1500 },
    { name: 'VXLAN 8951 on AWS jumbo frames', code: mtuManifest('8951', { CALICO_IPV4POOL_IPIP: 'Never', CALICO_IPV4POOL_VXLAN: 'Always' }), config: jumbo },
    { name: 'BGP mode uses the full 1500', code: mtuManifest('1500', { CALICO_IPV4POOL_IPIP: 'Never' }), config: mtu1500 },
    { name: 'physical MTU unknown: 1440 fits IPIP on the assumed 1500', code: mtuManifest('1440', { CALICO_IPV4POOL_IPIP: 'Always' }) },
  ],
  invalid: [
    {
      name: 'VXLAN over IPv6 costs 70 bytes: vxlanMTUV6 1450 is too big on 1500',
      code: {
        'pool.yaml': `
          apiVersion: projectcalico.org/v3
          kind: IPPool
          metadata: { name: v6 }
          spec: { cidr: "fd00:10:244::/64", vxlanMode: Always }
        `,
        'felix.yaml': `
          apiVersion: projectcalico.org/v3
          kind: FelixConfiguration
          metadata: { name: default }
          spec: { vxlanMTUV6: 1450 }
        `,
      },
      config: mtu1500,
      errors: [{ messageId: 'tooBig', file: 'felix.yaml', line: 4, column: 21, severity: 'error', message: 'FelixConfiguration default spec.vxlanMTUV6 is 1450, but VXLAN (IPv6) (from IPPool v6 (fd00:10:244::/64) in pool.yaml) on a 1500-byte network leaves at most 1430 (1500 − 70); larger packets are fragmented or dropped' }],
    },
    {
      name: 'physical MTU unknown: 1500 is assumed, and the warning says so',
      code: mtuManifest('1500', { CALICO_IPV4POOL_IPIP: 'Always' }),
      errors: [{ messageId: 'tooBigAssumed', line: 6, column: 13, severity: 'warning', message: 'calico-config veth_mtu is 1500, but IPIP (from CALICO_IPV4POOL_IPIP of DaemonSet calico-node in test.yaml) on a 1500-byte network (assumed: set cluster.physicalMTU in .netlint.yaml if yours differs) leaves at most 1480 (1500 − 20); larger packets are fragmented or dropped' }],
    },
    {
      name: 'physical MTU unknown: VXLAN needs 1450 or less on the assumed 1500',
      code: mtuManifest('1480', { CALICO_IPV4POOL_IPIP: 'Never', CALICO_IPV4POOL_VXLAN: 'Always' }),
      errors: [{ messageId: 'tooBigAssumed', line: 6, column: 13, severity: 'warning', message: /VXLAN \(IPv4\) \(from CALICO_IPV4POOL_VXLAN of DaemonSet calico-node in test\.yaml\) on a 1500-byte network \(assumed.*at most 1450/ }],
    },
    {
      name: 'veth_mtu 1500 with IPIP on 1500: one finding at the ConfigMap key',
      code: mtuManifest('1500', { CALICO_IPV4POOL_IPIP: 'Always' }),
      config: mtu1500,
      errors: [{ messageId: 'tooBig', line: 6, column: 13, message: 'calico-config veth_mtu is 1500, but IPIP (from CALICO_IPV4POOL_IPIP of DaemonSet calico-node in test.yaml) on a 1500-byte network leaves at most 1480 (1500 − 20); larger packets are fragmented or dropped' }],
    },
    {
      name: 'the IPIP value with VXLAN in use',
      code: mtuManifest('1480', { CALICO_IPV4POOL_IPIP: 'Never', CALICO_IPV4POOL_VXLAN: 'CrossSubnet' }),
      config: mtu1500,
      errors: [{ messageId: 'tooBig', line: 6, column: 13, message: /VXLAN \(IPv4\) \(from CALICO_IPV4POOL_VXLAN of DaemonSet calico-node in test\.yaml\) on a 1500-byte network leaves at most 1450/ }],
    },
    {
      name: 'WireGuard on top of VXLAN: the largest overhead wins',
      code: {
        'calico.yaml': mtuManifest('1450', { CALICO_IPV4POOL_VXLAN: 'Always' }),
        'felix.yaml': `
          apiVersion: projectcalico.org/v3
          kind: FelixConfiguration
          metadata: { name: default }
          spec:
            wireguardEnabled: true
            wireguardMTU: 1440
        `,
      },
      config: mtu1500,
      errors: [{ messageId: 'tooBig', file: 'calico.yaml', line: 6, column: 13, message: /WireGuard \(IPv4\) \(from FelixConfiguration default spec\.wireguardEnabled in felix\.yaml\) .* at most 1440/ }],
    },
    {
      name: 'operator Installation mtu',
      code: `
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: { name: default }
        spec:
          calicoNetwork:
            mtu: 1500
            ipPools:
              - cidr: 192.168.0.0/16
                encapsulation: VXLAN
      `,
      config: mtu1500,
      errors: [{ messageId: 'tooBig', line: 6, column: 10, message: /at most 1450/ }],
    },
  ],
});
