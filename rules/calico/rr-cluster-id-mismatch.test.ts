import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './rr-cluster-id-mismatch.js';
import { k8sNode } from './lib/test-manifests.js';

const rr = (name: string, id: string) => k8sNode(name, { 'route-reflector': 'true' }, { 'projectcalico.org/RouteReflectorClusterID': id });

ruleTester(rule, {
  valid: [{ name: 'same ID', code: { 'a.yaml': rr('rr-1', '244.0.0.1'), 'b.yaml': rr('rr-2', '244.0.0.1') } }],
  invalid: [
    {
      name: 'the odd one out is reported',
      code: { 'a.yaml': rr('rr-1', '244.0.0.1'), 'b.yaml': rr('rr-2', '244.0.0.2'), 'c.yaml': rr('rr-3', '244.0.0.1') },
      errors: [{ messageId: 'differs', file: 'b.yaml', line: 8, column: 48, message: 'reflector rr-2 has cluster ID 244.0.0.2, while rr-1, rr-3 use 244.0.0.1' }],
    },
    {
      // With thousands of reflectors the whole list made each message (and the report) huge.
      name: 'the common ID\'s holders are named up to five',
      code: { 'odd.yaml': rr('rr-odd', '244.0.0.2'), 'many.yaml': Array.from({ length: 7 }, (_, i) => rr(`rr-${i + 1}`, '244.0.0.1')).join('---\n') },
      errors: [{ messageId: 'differs', file: 'odd.yaml', line: 8, column: 48, message: 'reflector rr-odd has cluster ID 244.0.0.2, while rr-1, rr-2, rr-3, rr-4, rr-5 and 2 more use 244.0.0.1' }],
    },
  ],
});
