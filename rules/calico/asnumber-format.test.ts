import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './asnumber-format.js';

ruleTester(rule, {
  valid: [
    { name: 'integer AS in a CRD-backed BGPConfiguration', code: `
      apiVersion: crd.projectcalico.org/v1
      kind: BGPConfiguration
      metadata: { name: default }
      spec: { asNumber: 64512, nodeToNodeMeshEnabled: false }
    ` },
    { name: 'dotted AS through the Calico API', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: { name: tor }
      spec: { peerIP: 192.0.2.1, asNumber: "1.10" }
    ` },
    { name: 'per-node AS on a Calico Node', code: `
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata: { name: node-1 }
      spec: { bgp: { ipv4Address: 10.0.0.1/24, asNumber: 4200000000 } }
    ` },
    // The ends of what numorstring.ASNumberFromString takes (api/pkg/lib/numorstring/asnumber.go):
    // ParseUint(s, 10, 32), or two halves each ParseUint(part, 10, 16).
    { name: 'the largest AS, and dotted halves at their largest and with several digits', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: { name: tor }
      spec: { peerIP: 192.0.2.1, asNumber: 4294967295, localASNumber: "65535.65535" }
      ---
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: { name: tor-b }
      spec: { peerIP: 192.0.2.2, asNumber: "65000.100", localASNumber: "0.0" }
    ` },
  ],
  invalid: [
    {
      // api/pkg/apis/projectcalico/v3/bgpfilter.go (v3.32.1): asPathPrefix and prependASPath.prefix are lists of
      // numorstring.ASNumber; numorstring_test.go refuses "65536.65535" and -1.
      name: 'AS numbers in a BGPFilter rule and its prepend operation',
      code: `
        apiVersion: projectcalico.org/v3
        kind: BGPFilter
        metadata: { name: f }
        spec:
          exportV4:
            - action: Accept
              asPathPrefix: [64512, "65536.65535"]
              operations: [{ prependASPath: { prefix: ["1.2", -1] } }]
      `,
      errors: [
        { messageId: 'invalid', line: 7, column: 29, message: 'spec.exportV4.0.asPathPrefix.1 "65536.65535" is not a valid AS number (0–4294967295, or X.Y with halves 0–65535)' },
        { messageId: 'invalid', line: 8, column: 55, message: /^spec.exportV4.0.operations.0.prependASPath.prefix.1 -1 is not a valid AS number/ },
      ],
    },
    {
      name: 'three dotted parts',
      code: `
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata: { name: tor }
        spec:
          peerIP: 192.0.2.1
          asNumber: "1.1.1"
      `,
      errors: [{ messageId: 'invalid', line: 6, column: 13, message: 'spec.asNumber "1.1.1" is not a valid AS number (0–4294967295, or X.Y with halves 0–65535)' }],
    },
    {
      name: 'out of range, and a dotted half above 65535 for localASNumber',
      code: `
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata: { name: tor }
        spec:
          peerIP: 192.0.2.1
          asNumber: 4294967296
          localASNumber: "65536.1"
      `,
      errors: [
        { messageId: 'invalid', line: 6, column: 13 },
        { messageId: 'invalid', line: 7, column: 18 },
      ],
    },
    {
      name: 'quoted AS in a crd.projectcalico.org/v1 file',
      code: `
        apiVersion: crd.projectcalico.org/v1
        kind: BGPConfiguration
        metadata: { name: default }
        spec:
          asNumber: "64512"
      `,
      errors: [{ messageId: 'crdString', line: 5, column: 13 }],
    },
  ],
});
