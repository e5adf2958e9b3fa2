import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './port-number.js';
import { policyWithPorts } from './lib/test-policy.js';

ruleTester(rule, {
  valid: [
    { name: 'port 443', code: policyWithPorts('{ protocol: TCP, port: 443 }') },
    { name: 'a named port is another rule\'s concern', code: policyWithPorts('{ port: http }') },
    { name: 'no port: every port', code: policyWithPorts('{ protocol: UDP }') },
  ],
  invalid: [
    { name: 'port 0', code: policyWithPorts('{ port: 0 }'), errors: [{ messageId: 'range', line: 8, column: 17, message: 'port 0 is not a port number from 1 to 65535' }] },
    { name: 'port 70000', code: policyWithPorts('{ port: 70000 }'), errors: [{ messageId: 'range', line: 8, column: 17, message: /port 70000/ }] },
  ],
});
