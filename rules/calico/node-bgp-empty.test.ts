import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './node-bgp-empty.js';

ruleTester(rule, {
  valid: [
    { name: 'a BGP address', code: `
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata: { name: n }
      spec: { bgp: { ipv4Address: 10.0.0.1/24 } }
    ` },
    { name: 'no BGP section', code: `
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata: { name: n }
      spec: { ipv4VXLANTunnelAddr: 10.0.0.1 }
    ` },
  ],
  invalid: [
    {
      name: 'an empty BGP section',
      code: `
        apiVersion: projectcalico.org/v3
        kind: Node
        metadata: { name: n }
        spec:
          bgp: {}
      `,
      errors: [{ messageId: 'empty', line: 5, column: 3, message: 'spec.bgp should not be empty' }],
    },
  ],
});
