import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { builtinDataRule } from '../builtin-data-rule.js';
import text from './bgppeer-keep-next-hop.yaml';

const rule = builtinDataRule(text, 'rules/calico/bgppeer-keep-next-hop.yaml');

const peer = (spec: string) => `
  apiVersion: projectcalico.org/v3
  kind: BGPPeer
  metadata: { name: p }
  spec: { peerIP: 10.0.0.1, asNumber: 64500, ${spec} }
`;

ruleTester(rule, {
  valid: [
    { name: 'the deprecated field alone', code: peer('keepOriginalNextHop: true') },
    { name: 'nextHopMode alone', code: peer('nextHopMode: Keep') },
  ],
  invalid: [
    {
      name: 'both',
      code: peer('keepOriginalNextHop: true, nextHopMode: Self'),
      errors: [{ messageId: 'violation', line: 4, column: 65, message: 'spec.keepOriginalNextHop is deprecated and must not be true when nextHopMode is set' }],
    },
  ],
});
