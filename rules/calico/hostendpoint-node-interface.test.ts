import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { calicoResource } from './lib/test-manifests.js';
import rule from './hostendpoint-node-interface.js';

const hep = (spec: string) => calicoResource('HostEndpoint', spec, '{ name: node1-eth0 }');

ruleTester(rule, {
  valid: [
    { name: 'node and interfaceName', code: hep('node: node1\ninterfaceName: eth0') },
    { name: 'node and expectedIPs only', code: hep('node: node1\nexpectedIPs: [192.0.2.10]\ninterfaceName: ""') },
    { name: 'all interfaces, empty expectedIPs', code: hep('node: node1\ninterfaceName: "*"\nexpectedIPs: []') },
    { name: 'no spec: the CEL rules are on spec', code: 'apiVersion: projectcalico.org/v3\nkind: HostEndpoint\nmetadata: { name: h }\n' },
  ],
  invalid: [
    {
      name: 'empty spec',
      code: hep('{}'),
      errors: [
        { messageId: 'noInterface', line: 4, column: 1, message: 'at least one of interfaceName or expectedIPs must be specified' },
        { messageId: 'noNode', line: 4, column: 1, message: 'node must be specified' },
      ],
    },
    {
      name: 'present but empty fields',
      code: hep('node: ""\ninterfaceName: ""\nexpectedIPs: []\nprofiles: [p]'),
      errors: [
        { messageId: 'noNode', line: 5, column: 9 },
        { messageId: 'noInterface', line: 6, column: 18 },
      ],
    },
    {
      name: 'null values are pruned, an empty expectedIPs list is pointed at',
      code: hep('node: null\ninterfaceName: null\nexpectedIPs: []\nprofiles: [p]'),
      errors: [
        { messageId: 'noNode', line: 4, column: 1 },
        { messageId: 'noInterface', line: 7, column: 3 },
      ],
    },
  ],
});
