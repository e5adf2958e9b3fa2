import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './bgppeer-exclusive-fields.js';

ruleTester(rule, {
  valid: [
    { name: 'selector pair without asNumber', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: { name: rr }
      spec: { nodeSelector: all(), peerSelector: route-reflector == 'true' }
    ` },
    { name: 'node and peerIP with asNumber', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: { name: tor }
      spec: { node: rack1-host1, peerIP: 192.0.2.1, asNumber: 64513 }
    ` },
    // A peering with workloads on the node names neither peerIP nor peerSelector (calico/bgppeer-local-workload's).
    { name: 'localWorkloadSelector with asNumber', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: { name: workloads }
      spec: { localWorkloadSelector: app == 'bgp-speaker', asNumber: 65100 }
    ` },
    // Only a name, as written for \`calicoctl delete -f\` or \`kubectl delete -f\`: nothing to peer with is said.
    { name: 'no spec at all (a name to delete)', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: { name: old-tor }
    ` },
  ],
  invalid: [
    {
      // confd (client.go updatePeersV1, v3.32.1) finds no peer address and skips the resource; the API took it.
      name: 'neither peerIP nor peerSelector: taken, but no session',
      code: `
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata: { name: rack-a }
        spec:
          nodeSelector: rack == 'a'
          asNumber: 65010
          peerIP: ""
      `,
      errors: [{ messageId: 'noPeer', line: 4, column: 1, severity: 'warning', message: 'the BGPPeer sets none of peerIP, peerSelector and localWorkloadSelector: Calico takes it, but confd finds no peer in it ("PeerIP is not assigned or is malformed") and configures no BGP session from it' }],
    },
    {
      name: 'every pair at once',
      code: `
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata: { name: bad }
        spec:
          node: n1
          nodeSelector: all()
          peerIP: 192.0.2.1
          peerSelector: has(rr)
          asNumber: 64512
      `,
      errors: [
        { messageId: 'nodeAndSelector', line: 6, column: 17 },
        { messageId: 'ipAndSelector', line: 8, column: 17 },
        { messageId: 'asWithSelector', line: 9, column: 13 },
      ],
    },
  ],
});
