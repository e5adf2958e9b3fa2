import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './felix-node-port-ranges.js';

const felix = (ranges: string) => `
  apiVersion: projectcalico.org/v3
  kind: FelixConfiguration
  metadata: { name: default }
  spec: { kubeNodePortRanges: ${ranges} }
`;

ruleTester(rule, {
  valid: [
    { name: 'the default range and a single port', code: felix('["30000:32767", 31000]') },
  ],
  invalid: [
    {
      name: 'eight entries',
      code: felix('[1, 2, 3, 4, 5, 6, 7, 8]'),
      errors: [{ messageId: 'tooLong', line: 4, column: 9, message: 'kubeNodePortRanges has 8 entries; Calico allows at most 7' }],
    },
    {
      name: 'a named port',
      code: felix('["30000:32767", nodeports]'),
      errors: [{ messageId: 'named', line: 4, column: 45 }],
    },
  ],
});
