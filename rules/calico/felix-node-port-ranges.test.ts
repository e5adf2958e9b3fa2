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
    // libcalico-go validator.go refuses more than 7 (len > 7); a port written as a string is a port too.
    { name: 'seven entries, one a single port as a string', code: felix('["30000:30099", "30100:30199", "30200:30299", "30300:30399", "30400:30499", "30500:30599", "31000"]') },
  ],
  invalid: [
    {
      name: 'ranges Calico refuses in natPortRange, bpfPSNATPorts and kubeNodePortRanges (reversed, 0, above 65535)',
      code: `
        apiVersion: projectcalico.org/v3
        kind: FelixConfiguration
        metadata: { name: default }
        spec:
          natPortRange: "2000:1000"
          bpfPSNATPorts: "0:10"
          kubeNodePortRanges: ["30000:32767", "5:65536"]
      `,
      errors: [
        { messageId: 'reversed', line: 5, column: 17, message: 'natPortRange "2000:1000" starts above its end: Calico rejects the FelixConfiguration' },
        { messageId: 'outOfRange', line: 6, column: 18 },
        { messageId: 'outOfRange', line: 7, column: 39 },
      ],
    },
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
