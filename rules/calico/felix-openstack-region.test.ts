import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './felix-openstack-region.js';

const felix = (region: string) => `
  apiVersion: projectcalico.org/v3
  kind: FelixConfiguration
  metadata: { name: default }
  spec: { openstackRegion: ${region} }
`;

ruleTester(rule, {
  valid: [
    { name: 'a DNS label', code: felix('foo') },
    { name: 'empty', code: felix('""') },
  ],
  invalid: [
    { name: 'upper case', code: felix('FOO'), errors: [{ messageId: 'invalid', line: 4, column: 26, message: /not a DNS label/ }] },
    { name: 'too long', code: felix('my-region-has-a-very-long-and-extremely-interesting-name'), errors: [{ messageId: 'invalid', line: 4, column: 26, message: /longer than 46/ }] },
  ],
});
