import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './policy-rule-http.js';
import { calicoPolicy } from './lib/test-manifests.js';

const policy = (dir: 'ingress' | 'egress', rule: string) => calicoPolicy('GlobalNetworkPolicy', dir, rule);

ruleTester(rule, {
  valid: [
    { name: 'Allow on TCP', code: policy('ingress', 'action: Allow\nprotocol: TCP\nhttp: { methods: [GET] }') },
    { name: 'Allow without protocol', code: policy('ingress', 'action: Allow\nhttp: { paths: [{ prefix: /api }] }') },
    { name: 'methods and paths as the validator wants them', code: policy('ingress', 'action: Allow\nhttp: { methods: [GET, PUT], paths: [{ exact: /healthz }, { prefix: "/api/v1" }] }') },
  ],
  invalid: [
    {
      // validateHTTPMethods / validateHTTPPaths (libcalico-go/lib/validator/v3/validator.go).
      name: 'a repeated method, a path with both forms, one with neither, one without a leading slash, one with a query',
      code: policy('ingress', 'action: Allow\nhttp:\n  methods: [GET, GET]\n  paths: [{ exact: /a, prefix: /b }, {}, { exact: foo }, { prefix: "/x?y" }]'),
      errors: [
        { messageId: 'duplicateMethod', line: 8, column: 24, message: 'http method GET is listed twice' },
        { messageId: 'pathForm', line: 9, column: 17 },
        { messageId: 'pathForm', line: 9, column: 44 },
        { messageId: 'pathValue', line: 9, column: 57, message: 'http path "foo" must start with / and hold no ?, # or space' },
        { messageId: 'pathValue', line: 9, column: 74, message: 'http path "/x?y" must start with / and hold no ?, # or space' },
      ],
    },
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
