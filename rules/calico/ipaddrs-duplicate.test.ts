import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ipaddrs-duplicate.js';
import { deployment } from './lib/test-manifests.js';

const ADDRS = 'cni.projectcalico.org/ipAddrs';

ruleTester(rule, {
  valid: [{ name: 'different addresses', code: { 'a.yaml': deployment('a', 1, { [ADDRS]: '["10.250.0.5"]' }), 'b.yaml': deployment('b', 1, { [ADDRS]: '["10.250.0.6"]' }) } }],
  invalid: [
    {
      name: 'the second workload is reported',
      code: { 'a.yaml': deployment('a', 1, { [ADDRS]: '["10.250.0.5"]' }), 'b.yaml': deployment('b', 1, { [ADDRS]: '["10.250.0.5"]' }) },
      errors: [{ messageId: 'duplicate', file: 'b.yaml', line: 11, column: 42, message: '10.250.0.5 is also the fixed IP of Deployment a (a.yaml)' }],
    },
    {
      // The CNI plugin reads it with net.ParseIP: ::ffff:10.250.0.5 is the address 10.250.0.5.
      name: 'the same address written IPv4-mapped',
      code: { 'a.yaml': deployment('a', 1, { [ADDRS]: '["10.250.0.5"]' }), 'b.yaml': deployment('b', 1, { [ADDRS]: '["::ffff:10.250.0.5"]' }) },
      errors: [{ messageId: 'duplicate', file: 'b.yaml', line: 11, column: 42, message: /is also the fixed IP of Deployment a/ }],
    },
  ],
});
