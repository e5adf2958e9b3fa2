import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './bgppeer-reachable-by.js';

// Calico v3.32.1 libcalico-go/lib/validator/v3/validator.go: validateReachableBy (:1563-1585) and
// processIPPort (:856-889), which splits a port off only when the whole peerIP matches IPv4PortFormat
// `^(\d+).(\d+).(\d+).(\d+):(\d+)$` or IPv6PortFormat `^\[[0-9a-fA-F:.]+\]:(\d+)$` (:113-114).

const peer = (spec: string) => `
  apiVersion: projectcalico.org/v3
  kind: BGPPeer
  metadata: { name: p }
  spec: { ${spec} }
`;

ruleTester(rule, {
  valid: [
    {
      // processIPPort (:869-877) refuses a port of 0 or above 65535, so Calico stops at "PeerIP is invalid address"
      // (:1574-1577), calico/bgppeer-peerip-format's finding, before comparing families.
      name: 'a peerIP with a port Calico refuses is not compared with reachableBy',
      code: [peer('peerIP: "10.0.0.1:0", asNumber: 64500, reachableBy: "fd00::1"'), peer('peerIP: "10.0.0.1:65536", asNumber: 64500, reachableBy: "fd00::1"')].join('---'),
    },
    { name: 'IPv4 gateway for an IPv4 peer with a port', code: peer('peerIP: "10.0.0.1:8179", asNumber: 64500, reachableBy: 10.0.1.1') },
    { name: 'IPv6 gateway for an IPv6 peer', code: peer('peerIP: "[fd00::1]:179", asNumber: 64500, reachableBy: "fd00::2"') },
    // validateReachableBy compares cnet.IP Versions, which go by To4().
    { name: 'an IPv4-mapped gateway for an IPv4 peer', code: peer('peerIP: 10.0.0.1, asNumber: 64500, reachableBy: "::ffff:10.0.1.1"') },
    // validateReachableBy: `if reachableBy == "" { return true, "" }` (:1564-1566).
    { name: 'an empty reachableBy is unset, so no peerIP is needed', code: peer('peerSelector: all(), reachableBy: ""') },
    {
      // The formats are anchored, so with text around the address net.ParseIP gets the whole peerIP and fails
      // (:880-883): Calico stops at "PeerIP is invalid address" (:1574-1577), the peerIP format rule's finding.
      name: 'a peerIP with text before or after the address:port is not read, so the families are not compared',
      code: [
        peer('peerIP: "x[fd00::1]:179", asNumber: 64500, reachableBy: 10.0.1.1'),
        peer('peerIP: "[fd00::1]:179x", asNumber: 64500, reachableBy: 10.0.1.1'),
        peer('peerIP: "x10.0.0.1:179", asNumber: 64500, reachableBy: "fd00::2"'),
        peer('peerIP: "10.0.0.1:179x", asNumber: 64500, reachableBy: "fd00::2"'),
      ].join('---'),
    },
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
    {
      // `if reachableBy != "" && peerIP == ""` (:1567-1569).
      name: 'an empty peerIP is no peerIP',
      code: peer('peerIP: "", asNumber: 64500, reachableBy: 10.0.1.1'),
      errors: [{ messageId: 'noPeerIP', line: 4, column: 51 }],
    },
    {
      // IPv4PortFormat takes any number of digits per octet; net.SplitHostPort leaves 192.168.10.254.
      name: 'families differ: an IPv4 peer with a port and octets of several digits',
      code: peer('peerIP: "192.168.10.254:179", asNumber: 64500, reachableBy: "fd00::2"'),
      errors: [{ messageId: 'family', line: 4, column: 69, message: 'reachableBy fd00::2 is IPv6 but peerIP 192.168.10.254:179 is IPv4' }],
    },
  ],
});
