import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './node-field-values.js';

ruleTester(rule, {
  valid: [
    { name: 'BGP addresses of each family with prefixes', code: `
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata: { name: node-1 }
      spec:
        bgp:
          ipv4Address: 10.0.0.1/24
          ipv6Address: "fd00::1/64"
          ipv4IPIPTunnelAddr: 192.168.0.1
        vxlanTunnelMACAddr: "66:bb:0c:9d:3a:01"
    ` },
    {
      // As calico-node writes it and `calicoctl get node -o yaml` shows it: the validator never checks
      // the elements of `addresses` (internalapi NodeSpec tags it `omitempty`, no `dive`).
      name: 'the addresses calico-node records, an interface address with its prefix',
      code: `
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata: { name: node-1 }
      spec:
        addresses:
        - { address: 192.168.5.10/24, type: CalicoNodeIP }
        - { address: 192.168.5.10, type: InternalIP }
        interfaces:
        - { name: eth0, addresses: [192.168.5.10] }
    `,
    },
  ],
  invalid: [
    {
      name: 'address of the wrong family, tunnel address with a prefix, bad MAC, unknown field',
      code: `
        apiVersion: projectcalico.org/v3
        kind: Node
        metadata: { name: node-1 }
        spec:
          bgp:
            ipv4Address: "fd00::1/64"
            ipv4IPIPTunnelAddr: 192.168.0.1/32
          vxlanTunnelMACAddr: "66:bb:0c"
          bgpp: {}
      `,
      errors: [
        { messageId: 'violation', line: 6, column: 18, message: /IPv4 address or CIDR/ },
        { messageId: 'violation', line: 7, column: 25, message: /an IPv4 address/ },
        { messageId: 'violation', line: 8, column: 23, message: /MAC/ },
        { messageId: 'unknownField', line: 9, column: 3, message: /did you mean "bgp"/ },
      ],
    },
  ],
});
