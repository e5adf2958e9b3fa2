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
        maxRestartTime: 1m30s
        keepaliveTime: "0"
    ` },
  ],
  invalid: [
    {
      // metav1.Duration decodes with Go's time.ParseDuration: "5x" and "30" (no unit) fail.
      name: 'durations Go does not parse',
      code: `
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata: { name: tor }
        spec:
          peerIP: 192.0.2.1
          maxRestartTime: 5x
          keepaliveTime: "30"
      `,
      errors: [
        { messageId: 'violation', line: 6, column: 19, message: 'spec.maxRestartTime must be a duration such as 90s, 1m30s or 250ms (got "5x")' },
        { messageId: 'violation', line: 7, column: 18, message: /keepaliveTime must be a duration/ },
      ],
    },
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
