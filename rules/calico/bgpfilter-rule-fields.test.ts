import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { calicoResource } from './lib/test-manifests.js';
import rule from './bgpfilter-rule-fields.js';

const filter = (spec: string) => calicoResource('BGPFilter', spec, '{ name: f }');

ruleTester(rule, {
  valid: [
    {
      name: 'cidr with matchOperator and prefixLength, operations on Accept',
      code: filter('exportV4:\n  - { action: Accept, cidr: 10.0.0.0/8, matchOperator: In, prefixLength: { min: 16, max: 24 }, operations: [{ setPriority: { value: 10 } }] }\nimportV6:\n  - { action: Reject, cidr: "fd00::/8", matchOperator: NotIn }'),
    },
    {
      name: 'neither cidr nor matchOperator; empty and null values count as absent',
      code: filter('exportV6:\n  - { action: Reject, interface: eth0 }\n  - { action: Reject, cidr: "", matchOperator: "", prefixLength: null, operations: [] }\nimportV4:\n  - { action: Accept, cidr: null, matchOperator: null, operations: null }'),
    },
    { name: 'no action: the schema rule reports it', code: filter('exportV4:\n  - { operations: [{ setPriority: { value: 10 } }] }') },
  ],
  invalid: [
    {
      name: 'one of cidr and matchOperator, prefixLength without cidr',
      code: filter('exportV4:\n  - { action: Accept, cidr: 10.0.0.0/8 }\n  - { action: Accept, matchOperator: In, prefixLength: { min: 16 } }\nimportV4:\n  - { action: Accept, cidr: "", matchOperator: Equal, prefixLength: {} }\n  - { action: Accept, cidr: 10.0.0.0/8, matchOperator: "" }'),
      errors: [
        { messageId: 'cidrWithoutOperator', line: 6, column: 31, message: 'cidr is set but matchOperator is not: cidr and matchOperator must both be set or both be empty' },
        { messageId: 'operatorWithoutCidr', line: 7, column: 40 },
        { messageId: 'prefixWithoutCidr', line: 7, column: 44, message: 'cidr is required when prefixLength is set' },
        { messageId: 'operatorWithoutCidr', line: 9, column: 50 },
        { messageId: 'prefixWithoutCidr', line: 9, column: 57 },
        { messageId: 'cidrWithoutOperator', line: 10, column: 31 },
      ],
    },
    {
      name: 'operations on a Reject rule',
      code: filter('exportV6:\n  - action: Reject\n    cidr: "fd00::/8"\n    matchOperator: In\n    operations: [{ addCommunity: { value: "65000:100" } }]\nimportV6:\n  - { action: accept, operations: [{ setPriority: { value: 10 } }] }'),
      errors: [
        { messageId: 'operationsAction', line: 6, column: 15, message: 'operations may only be used with action Accept (action is Reject)' },
        { messageId: 'operationsAction', line: 11, column: 17, message: 'operations may only be used with action Accept (action is accept)' },
      ],
    },
  ],
});
