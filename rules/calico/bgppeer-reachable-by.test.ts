import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './bgppeer-reachable-by.js';

const peer = (spec: string) => `
  apiVersion: projectcalico.org/v3
  kind: BGPPeer
  metadata: { name: p }
  spec: { ${spec} }
`;

ruleTester(rule, {
  valid: [
    { name: 'IPv4 gateway for an IPv4 peer with a port', code: peer('peerIP: "10.0.0.1:8179", asNumber: 64500, reachableBy: 10.0.1.1') },
    { name: 'IPv6 gateway for an IPv6 peer', code: peer('peerIP: "[fd00::1]:179", asNumber: 64500, reachableBy: "fd00::2"') },
    // validateReachableBy compares cnet.IP Versions, which go by To4().
    { name: 'an IPv4-mapped gateway for an IPv4 peer', code: peer('peerIP: 10.0.0.1, asNumber: 64500, reachableBy: "::ffff:10.0.1.1"') },
  ],
  invalid: [
    {
      name: 'no peerIP',
      code: peer('peerSelector: all(), reachableBy: 10.0.1.1'),
      errors: [{ messageId: 'noPeerIP', line: 4, column: 43, message: 'reachableBy is set but peerIP is empty' }],
    },
    {
      name: 'families differ',
      code: peer('peerIP: "fd00::1", asNumber: 64500, reachableBy: 10.0.1.1'),
      errors: [{ messageId: 'family', line: 4, column: 58, message: 'reachableBy 10.0.1.1 is IPv4 but peerIP fd00::1 is IPv6' }],
    },
  ],
});
