import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './mtu-overhead.js';
import { mtuManifest } from './lib/test-manifests.js';

const mtu1500 = { cluster: { physicalMTU: 1500 } };
const jumbo = { cluster: { physicalMTU: 9001 } };

ruleTester(rule, {
  valid: [
    // WireGuard's device takes MTUs above 65535; without WireGuard in use its MTU is not checked against the network.
    { name: 'wireguardMTU above 65535 is left to the overhead check', code: 'apiVersion: projectcalico.org/v3\nkind: FelixConfiguration\nmetadata: { name: default }\nspec: { wireguardMTU: 70000, ipipMTU: 65535 }\n' },
    { name: 'auto-detect (0) is never reported', code: mtuManifest('0', { CALICO_IPV4POOL_IPIP: 'Always' }), config: mtu1500 },
    { name: 'IPIP 1480 on 1500', code: mtuManifest('1480', { CALICO_IPV4POOL_IPIP: 'Always' }), config: mtu1500 },
    { name: 'VXLAN 8951 on AWS jumbo frames', code: mtuManifest('8951', { CALICO_IPV4POOL_IPIP: 'Never', CALICO_IPV4POOL_VXLAN: 'Always' }), config: jumbo },
    { name: 'BGP mode uses the full 1500', code: mtuManifest('1500', { CALICO_IPV4POOL_IPIP: 'Never' }), config: mtu1500 },
    { name: 'physical MTU unknown: 1440 fits IPIP on the assumed 1500', code: mtuManifest('1440', { CALICO_IPV4POOL_IPIP: 'Always' }) },
  ],
  invalid: [
    {
      // ipipMTU is an unbounded int in the API and in Felix; no Linux interface takes more than 65535.
      name: 'ipipMTU above 65535: an error with an IPIP pool, a warning with none; a negative vxlanMTU',
      code: {
        'pool.yaml': 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: pods }\nspec: { cidr: 10.244.0.0/16, ipipMode: Always }\n',
        'felix.yaml': 'apiVersion: projectcalico.org/v3\nkind: FelixConfiguration\nmetadata: { name: default }\nspec: { ipipMTU: 70000, vxlanMTU: -1 }\n',
      },
      config: mtu1500,
      errors: [
        { file: 'felix.yaml', messageId: 'aboveAnyLink', severity: 'error', line: 4, column: 18, message: 'FelixConfiguration default spec.ipipMTU is 70000, more than any Linux interface takes (65535): Felix accepts it, but the kernel refuses it as the MTU of tunl0, so Felix logs that and leaves the device as it is; and where it is the smallest MTU of the encapsulations in use (IPIP is, from IPPool pods (10.244.0.0/16) in pool.yaml), Felix writes it as the pod MTU, which the CNI plugin gives each new pod\'s veth unless its network config sets an mtu: the kernel refuses the veth, and the pod does not start' },
        { file: 'felix.yaml', messageId: 'negative', severity: 'warning', line: 4, column: 35, message: /^FelixConfiguration default spec\.vxlanMTU is -1: Felix reads only 0 as "detect", .* refuses for vxlan\.calico .* where VXLAN \(IPv4\) is in use, .* new pods' veths get the default 1500/ },
      ],
    },
    {
      name: 'FELIX_IPINIPMTU above 65535 with no pool in the input: a warning',
      code: mtuManifest('0', { FELIX_IPINIPMTU: '70000' }),
      errors: [{ messageId: 'aboveAnyLink', severity: 'warning', line: 31, column: 22, message: /^FELIX_IPINIPMTU is 70000, more than any Linux interface takes \(65535\).*smallest MTU of the encapsulations in use, Felix writes/ }],
    },
    {
      // Felix reads an int env value with Go's ParseInt base 0 (param_types.go IntParam): a sign and
      // a 0x prefix count, so these are the values Felix uses, not unreadable text.
      name: 'FELIX_*MTU env values as Felix parses them: hex above 65535, and negative',
      code: mtuManifest('0', { FELIX_IPINIPMTU: '0x11170', FELIX_VXLANMTU: '-1' }),
      errors: [
        { messageId: 'aboveAnyLink', severity: 'warning', line: 31, column: 22, message: /^FELIX_IPINIPMTU is 70000, more than any Linux interface takes \(65535\)/ },
        { messageId: 'negative', severity: 'warning', line: 33, column: 22, message: /^FELIX_VXLANMTU is -1: Felix reads only 0 as "detect"/ },
      ],
    },
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
