import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './builtin-tier.js';

const tier = (name: string, spec: string) => `
  apiVersion: projectcalico.org/v3
  kind: Tier
  metadata:
    name: ${name}
  spec: ${spec}
`;

ruleTester(rule, {
  valid: [
    { name: 'the default tier as Calico makes it; its defaultAction may be left to the CRD default', code: tier('default', '{ order: 1000000 }') },
    { name: 'kube-admin and kube-baseline as Calico makes them', code: `${tier('kube-admin', '{ order: 1000, defaultAction: Pass }')}---${tier('kube-baseline', '{ order: 10000000, defaultAction: Pass }')}` },
    { name: 'a tier of your own, any order and action', code: `${tier('security', '{ order: 100, defaultAction: Pass }')}---${tier('platform', '{}')}` },
    { name: 'a wrong type is the field-values rule’s, not reported twice', code: tier('kube-admin', '{ order: "1000", defaultAction: Allow }') },
  ],
  invalid: [
    {
      name: 'kube-admin without defaultAction (defaults to Deny) and with another order',
      code: tier('kube-admin', '{ order: 2000 }'),
      errors: [
        { messageId: 'action', line: 4, column: 9, message: 'the kube-admin tier must have defaultAction Pass (got Deny, the default)' },
        { messageId: 'order', line: 5, column: 16, message: 'the kube-admin tier must have order 1000 (got 2000)', path: ['spec', 'order'] },
      ],
    },
    {
      name: 'the default tier with Pass and no order; kube-baseline with Deny',
      code: `${tier('default', '{ defaultAction: Pass }')}---${tier('kube-baseline', '{ order: 10000000, defaultAction: Deny }')}`,
      errors: [
        { messageId: 'order', line: 4, column: 11, message: 'the default tier must have order 1000000 (got none)', path: ['metadata', 'name'] },
        { messageId: 'action', line: 5, column: 26, message: 'the default tier must have defaultAction Deny (got Pass)', path: ['spec', 'defaultAction'] },
        { messageId: 'action', line: 11, column: 43, message: 'the kube-baseline tier must have defaultAction Pass (got Deny)' },
      ],
    },
  ],
});
