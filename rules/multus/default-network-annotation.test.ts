import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { podWith } from './lib/fixtures.js';
import rule from './default-network-annotation.js';

ruleTester(rule, {
  valid: [
    { name: 'one qualified network', code: podWith('v1.multus-cni.io/default-network: kube-system/flannel-default') },
    { name: 'JSON form', code: podWith(`v1.multus-cni.io/default-network: '[{"name": "calico", "namespace": "kube-system"}]'`) },
  ],
  invalid: [
    {
      name: 'two networks',
      code: podWith('v1.multus-cni.io/default-network: calico, flannel'),
      errors: [{ messageId: 'notOne', line: 7, column: 47, endColumn: 54, message: /names 2 networks/ }],
    },
    {
      name: 'an empty value (parsePodNetworkAnnotation refuses it)',
      code: podWith(`v1.multus-cni.io/default-network: ''`),
      errors: [{ messageId: 'none', line: 7, column: 39 }],
    },
    {
      name: 'an empty JSON list (no first network to read)',
      code: podWith(`v1.multus-cni.io/default-network: '[]'`),
      errors: [{ messageId: 'none', line: 7, column: 39 }],
    },
    {
      name: 'syntax error',
      code: podWith('v1.multus-cni.io/default-network: infra/Flannel'),
      errors: [{ messageId: 'badName', line: 7, column: 45 }],
    },
  ],
});
