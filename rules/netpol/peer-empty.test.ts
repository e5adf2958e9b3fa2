import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { policyWithIngress as policy } from './lib/test-policy.js';
import rule from './peer-empty.js';

ruleTester(rule, {
  valid: [
    { name: 'a rule without from allows every source', code: policy('      - ports: [{ port: 80 }]') },
    { name: 'selectors written as {}', code: policy('      - from: [{ namespaceSelector: {} }, { podSelector: {} }]') },
    { name: 'an ipBlock peer', code: policy('      - from: [{ ipBlock: { cidr: 10.0.0.0/8 } }]') },
  ],
  invalid: [
    {
      name: 'an empty peer',
      code: policy('      - from: [{}]'),
      errors: [{ messageId: 'empty', line: 7, column: 16, message: 'this from peer sets none of podSelector, namespaceSelector and ipBlock; the API server rejects the policy ("must specify a peer")' }],
    },
    {
      name: 'selectors written as null',
      code: policy('      - from:\n          - podSelector: null'),
      errors: [{ messageId: 'empty', line: 8, column: 13, message: /this from peer sets none/ }],
    },
  ],
});
