import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './kubeadm-networking.js';

const cc = (body: string) => `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n${body}\n`;

ruleTester(rule, {
  valid: [
    // kubeadm validation.go: dual stack, a node mask inside 16 bits of the pod prefix, an endpoint with and without a port.
    { name: 'a dual-stack cluster with its defaults', code: cc('controlPlaneEndpoint: "cp.example.com:6443"\nnetworking:\n  podSubnet: "10.244.0.0/16,fd00:10:244::/56"\n  serviceSubnet: "10.96.0.0/16,fd00:10:96::/112"') },
    { name: 'a /21 node mask (v1beta3 map form) for a /16 pod subnet, an IP endpoint', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\ncontrolPlaneEndpoint: 10.0.0.10\nnetworking: { podSubnet: 192.168.0.0/16 }\ncontrollerManager:\n  extraArgs: { node-cidr-mask-size-ipv4: "21" }\n' },
    { name: 'a /29 pod subnet with allocate-node-cidrs off is not held to the node mask', code: cc('networking: { podSubnet: 10.0.0.0/28 }\ncontrollerManager:\n  extraArgs:\n  - { name: allocate-node-cidrs, value: "false" }') },
  ],
  invalid: [
    {
      // ValidateIPNetFromString reads them with net.ParseCIDR, which keeps the network: kubevirtci's
      // 10.76.0.0/12 is 10.64.0.0/12, a tutorial's 192.168.0.0/12 is 192.160.0.0/12.
      name: 'pod and Service subnets written with host bits',
      code: cc('networking:\n  podSubnet: 10.76.0.0/12\n  serviceSubnet: 192.168.0.0/12'),
      errors: [
        { messageId: 'hostBits', severity: 'warning', line: 4, column: 14, message: 'networking.podSubnet holds 10.76.0.0/12, which has host bits: kubeadm takes the network 10.64.0.0/12 from it, not the range written' },
        { messageId: 'hostBits', severity: 'warning', line: 5, column: 18, message: /^networking\.serviceSubnet holds 192\.168\.0\.0\/12, .* the network 192\.160\.0\.0\/12/ },
      ],
    },
    {
      name: 'two IPv4 pod CIDRs, a Service range of 8 addresses, an endpoint host in capitals',
      code: cc('controlPlaneEndpoint: "Cp.Example.com:6443"\nnetworking:\n  podSubnet: "10.244.0.0/16,10.245.0.0/16"\n  serviceSubnet: 10.96.0.0/29'),
      errors: [
        { messageId: 'invalid', line: 3, column: 23, message: 'controlPlaneEndpoint has host "Cp.Example.com", which is neither an IP address nor a DNS-1123 subdomain: kubeadm refuses the configuration' },
        { messageId: 'invalid', line: 5, column: 14, message: /^networking\.podSubnet holds two CIDRs of one family/ },
        { messageId: 'invalid', line: 6, column: 18, message: /^networking\.serviceSubnet holds 10\.96\.0\.0\/29, with fewer than 10 addresses/ },
      ],
    },
    {
      name: 'a pod subnet narrower than the node mask, one too wide for it, a mask flag that is no number, a port 0',
      code: [
        cc('networking: { podSubnet: 10.0.0.0/25 }'),
        cc('networking: { podSubnet: "fd00::/40" }'),
        cc('networking: { podSubnet: 10.0.0.0/16 }\ncontrollerManager:\n  extraArgs:\n  - { name: node-cidr-mask-size-ipv4, value: aa }'),
        cc('controlPlaneEndpoint: "1.2.3.4:0"'),
      ].join('---\n'),
      errors: [
        { messageId: 'invalid', line: 3, column: 26, message: /^networking\.podSubnet holds 10\.0\.0\.0\/25, smaller than a node's CIDR \(\/24, the default\)/ },
        { messageId: 'invalid', line: 7, column: 26, message: /^networking\.podSubnet holds fd00::\/40, more than 16 bits wider than a node's CIDR \(\/64, the default\)/ },
        { messageId: 'invalid', line: 11, column: 26, message: /whose value "aa" is not an integer/ },
        { messageId: 'invalid', line: 18, column: 23, message: /^controlPlaneEndpoint has port "0", not a number from 1 to 65535/ },
      ],
    },
  ],
});
