import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './kind-networking.js';

const kind = (networking: string) => `kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnetworking:\n${networking}\nnodes:\n- role: control-plane\n`;

ruleTester(rule, {
  valid: [
    // A patch may set the node mask; netlint does not read kubeadmConfigPatches. kube-ovn's IPv6 kind
    // configs set it in a node's patches.
    { name: "an IPv6 /112 pod subnet with a node's patch that sets the mask", code: kind('  ipFamily: ipv6\n  podSubnet: "fd00:10:16::/112"').replace('- role: control-plane\n', '- role: control-plane\n  kubeadmConfigPatches:\n  - |\n    kind: ClusterConfiguration\n    controllerManager:\n      extraArgs:\n        node-cidr-mask-size-ipv6: "120"\n') },
    { name: 'a small pod subnet with a kubeadm patch that sets the node mask', code: kind('  podSubnet: 172.16.64.0/26') + 'kubeadmConfigPatches:\n- |\n  kind: ClusterConfiguration\n  controllerManager:\n    extraArgs:\n      node-cidr-mask-size: "28"\n' },
    // kind v0.32.0 validate.go: the defaults, a dual-stack pair, an IPv6 cluster, the port kind or the runtime picks.
    { name: 'no networking at all', code: 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n- role: control-plane\n' },
    { name: 'dual stack with one CIDR of each family', code: kind('  ipFamily: dual\n  podSubnet: "10.244.0.0/16,fd00:10:244::/56"\n  serviceSubnet: "10.96.0.0/16,fd00:10:96::/112"\n  kubeProxyMode: nftables') },
    { name: 'IPv6 only, kube-proxy off, the API server port picked by the runtime', code: kind('  ipFamily: ipv6\n  podSubnet: fd00:10:244::/56\n  kubeProxyMode: none\n  apiServerPort: -1\n  disableDefaultCNI: true') },
  ],
  invalid: [
    {
      name: 'a dual-stack pod subnet with host bits in its IPv6 half',
      code: kind('  ipFamily: dual\n  podSubnet: "10.244.0.0/16,fd00:10:244::1/56"'),
      errors: [{ messageId: 'hostBits', severity: 'warning', line: 5, column: 14, message: 'networking.podSubnet holds fd00:10:244::1/56, which has host bits: kind and kubeadm take the network fd00:10:244::/56 from it, not the range written' }],
    },
    {
      // kind#1256: podSubnet 172.16.64.0/26 reaches kubeadm, whose ValidatePodSubnetNodeMask refuses a
      // pod subnet smaller than the node mask (/24 by default) or more than 16 bits wider than it.
      name: "pod subnets kubeadm refuses against its default node masks",
      code: kind('  podSubnet: 172.16.64.0/26') + '---\n' + kind('  ipFamily: ipv6\n  podSubnet: fd00:10::/40'),
      errors: [
        { messageId: 'nodeMask', line: 4, column: 14, message: "networking.podSubnet holds 172.16.64.0/26, smaller than a node's CIDR (/24, kubeadm's default, which kind keeps): kubeadm init, which kind runs with it, refuses it (ValidatePodSubnetNodeMask) and no node starts" },
        { messageId: 'nodeMask', line: 12, column: 14, message: /^networking\.podSubnet holds fd00:10::\/40, more than 16 bits wider than a node's CIDR \(\/64/ },
      ],
    },
    {
      name: 'a family kind does not know, and a proxy mode in capitals',
      code: kind('  ipFamily: IPv4\n  kubeProxyMode: IPVS'),
      errors: [
        { messageId: 'invalid', line: 4, column: 13, message: 'networking.ipFamily is "IPv4", not ipv4, ipv6 or dual: kind refuses the config ("invalid ipFamily")' },
        { messageId: 'invalid', line: 5, column: 18, message: /^networking\.kubeProxyMode is "IPVS"/ },
      ],
    },
    {
      // validateSubnets splits on "," without trimming, and wants one CIDR of the family (two of different families for dual).
      name: 'a space after the comma, two CIDRs in a single-stack cluster, an IPv4 CIDR in an IPv6 cluster, an out-of-range port',
      code: kind('  ipFamily: dual\n  podSubnet: "10.244.0.0/16, fd00:10:244::/56"') + '---\n' + kind('  podSubnet: "10.244.0.0/16,10.245.0.0/16"\n  apiServerPort: 70000') + '---\n' + kind('  ipFamily: ipv6\n  serviceSubnet: 10.96.0.0/16'),
      errors: [
        { messageId: 'invalid', line: 5, column: 14, message: 'networking.podSubnet holds " fd00:10:244::/56", which is not a CIDR (Go net.ParseCIDR): kind refuses the config ("invalid pod subnet")' },
        { messageId: 'invalid', line: 12, column: 14, message: /^networking\.podSubnet holds 2 CIDRs: a single-stack cluster takes one/ },
        { messageId: 'invalid', line: 13, column: 18, message: /^networking\.apiServerPort is 70000, outside -1 to 65535/ },
        { messageId: 'invalid', line: 21, column: 18, message: /^networking\.serviceSubnet is an IPv4 CIDR in an ipv6 cluster/ },
      ],
    },
  ],
});
