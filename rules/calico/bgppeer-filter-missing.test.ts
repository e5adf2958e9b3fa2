import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './bgppeer-filter-missing.js';

const peer = (filters: string) => `apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: { name: p }\nspec: { peerIP: 10.0.0.1, asNumber: 64512, filters: ${filters} }\n`;
const filter = (name: string) => `apiVersion: projectcalico.org/v3\nkind: BGPFilter\nmetadata: { name: ${name} }\nspec: { exportV4: [{ action: Reject, matchOperator: In, cidr: 10.0.0.0/8 }] }\n`;

ruleTester(rule, {
  valid: [
    { name: 'a filter the input defines', code: `${filter('f1')}---\n${peer('[f1]')}` },
    { name: 'no filters, or an empty list', code: `${peer('[]')}---\n${peer('null')}` },
  ],
  invalid: [
    {
      // clientv3 bgppeer.go validate refuses the peer when a named filter is not in the datastore; bgppeer_e2e_test.go:553
      // creates filter 1, then a peer naming filters 1 and 2, and expects "BGPFilter(s) not found".
      name: 'one of two filters missing where the input defines others',
      code: `${filter('bgp-filter-1')}---\n${peer('[bgp-filter-1, bgp-filter-2]')}`,
      errors: [{ messageId: 'missing', line: 9, column: 68, message: 'filters names BGPFilter "bgp-filter-2", which the input does not define: Calico refuses the BGPPeer ("BGPFilter(s) not found")' }],
    },
    {
      name: 'a filter named where the input holds no BGPFilter: cannot tell',
      code: peer('[bgp-filter-1]'),
      errors: [{ messageId: 'unverified', severity: 'info', line: 4, column: 54 }],
    },
  ],
});
