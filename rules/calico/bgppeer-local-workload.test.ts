import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './bgppeer-local-workload.js';

const peer = (spec: string) => `
  apiVersion: projectcalico.org/v3
  kind: BGPPeer
  metadata: { name: p }
  spec: { ${spec} }
`;

ruleTester(rule, {
  valid: [
    { name: 'workload peering with an AS', code: peer('localWorkloadSelector: color == "red", asNumber: 64500') },
    { name: 'an ordinary peer', code: peer('peerIP: 10.0.0.1, asNumber: 64500') },
  ],
  invalid: [
    {
      name: 'no AS number',
      code: peer('localWorkloadSelector: color == "red"'),
      errors: [{ messageId: 'needsAS', line: 4, column: 32 }],
    },
    {
      name: 'with peerIP and peerSelector',
      code: peer('localWorkloadSelector: all(), asNumber: 64500, peerIP: 10.0.0.1, peerSelector: all()'),
      errors: [
        { messageId: 'exclusive', line: 4, column: 64, message: 'peerIP must be empty when localWorkloadSelector is used' },
        { messageId: 'exclusive', line: 4, column: 88 },
      ],
    },
  ],
});
