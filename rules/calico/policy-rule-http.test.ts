import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './policy-rule-http.js';
import { calicoPolicy } from './lib/test-manifests.js';

const policy = (dir: 'ingress' | 'egress', rule: string) => calicoPolicy('GlobalNetworkPolicy', dir, rule);

ruleTester(rule, {
  valid: [
    { name: 'Allow on TCP', code: policy('ingress', 'action: Allow\nprotocol: TCP\nhttp: { methods: [GET] }') },
    { name: 'Allow without protocol', code: policy('ingress', 'action: Allow\nhttp: { paths: [{ prefix: /api }] }') },
  ],
  invalid: [
    {
      name: 'Deny rule on UDP',
      code: policy('ingress', 'action: Deny\nprotocol: UDP\nhttp: { methods: [GET] }'),
      errors: [
        { messageId: 'action', line: 6, column: 15, message: 'http matches are only valid in Allow rules (action is Deny)' },
        { messageId: 'protocol', line: 7, column: 17 },
      ],
    },
    {
      name: 'in an egress rule',
      code: policy('egress', 'action: Allow\nhttp: { methods: [GET] }'),
      errors: [{ messageId: 'egress', line: 7, column: 7 }],
    },
  ],
});
