import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './bgppeer-field-values.js';

ruleTester(rule, {
  valid: [
    { name: 'route-reflector peering', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: { name: peer-with-route-reflectors }
      spec:
        nodeSelector: all()
        peerSelector: route-reflector == 'true'
    ` },
    { name: 'external peer with options', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: { name: tor }
      spec:
        peerIP: 192.0.2.1
        asNumber: 64513
        sourceAddress: None
        ttlSecurity: 1
    ` },
  ],
  invalid: [
    {
      name: 'lower-case enum and ttlSecurity out of range',
      code: `
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata: { name: tor }
        spec:
          peerIP: 192.0.2.1
          nextHopMode: self
          ttlSecurity: 256
      `,
      errors: [
        { messageId: 'violation', line: 6, column: 16 },
        { messageId: 'violation', line: 7, column: 16 },
      ],
    },
  ],
});
