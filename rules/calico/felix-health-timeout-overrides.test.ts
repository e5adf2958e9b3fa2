import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './felix-health-timeout-overrides.js';

const felix = (item: string) => `
  apiVersion: projectcalico.org/v3
  kind: FelixConfiguration
  metadata: { name: default }
  spec: { healthTimeoutOverrides: [${item}] }
`;

ruleTester(rule, {
  valid: [
    { name: 'a named reporter with a zero timeout', code: felix('{ name: InternalDataplaneMainLoop, timeout: 0s }') },
  ],
  invalid: [
    { name: 'a bad name', code: felix('{ name: "%", timeout: 10s }'), errors: [{ messageId: 'name', line: 4, column: 42 }] },
    { name: 'no name and a negative timeout', code: felix('{ name: "", timeout: -1s }'), errors: [{ messageId: 'name', line: 4, column: 42 }, { messageId: 'negative', line: 4, column: 55 }] },
  ],
});
