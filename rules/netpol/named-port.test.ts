import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule, { portNameProblem } from './named-port.js';
import { policyWithPorts } from './lib/test-policy.js';

describe('portNameProblem', () => {
  it.each(['http', 'metrics', 'dns-tcp', 'h2c', 'a1'])('accepts %s', (name) => expect(portNameProblem(name)).toBeNull());
  it.each([
    ['', /1 to 15/],
    ['a-very-long-port-name', /1 to 15/],
    ['HTTP', /lower-case/],
    ['web_port', /lower-case/],
    ['8080', /at least one letter/],
    ['-http', /start or end/],
    ['grpc--web', /"--"/],
  ])('rejects %j', (name, message) => expect(portNameProblem(name)).toMatch(message));
});

ruleTester(rule, {
  valid: [
    { name: 'a named port', code: policyWithPorts('{ port: metrics }') },
    { name: 'a number', code: policyWithPorts('{ port: 9090 }') },
  ],
  invalid: [
    {
      name: 'a quoted number',
      code: policyWithPorts('{ port: "8080" }'),
      errors: [{ messageId: 'invalid', line: 8, column: 17, message: 'named port "8080" must contain at least one letter (a number is written without quotes)' }],
    },
    { name: 'upper case', code: policyWithPorts('{ port: HTTP }'), errors: [{ messageId: 'invalid', line: 8, column: 17, message: /may hold only lower-case/ }] },
  ],
});
