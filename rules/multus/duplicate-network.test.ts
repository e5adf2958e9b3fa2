import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { podWith } from './lib/fixtures.js';
import rule from './duplicate-network.js';

ruleTester(rule, {
  valid: [
    { name: 'two networks', code: podWith('k8s.v1.cni.cncf.io/networks: a, b') },
    { name: 'same network, distinct named interfaces (intended)', code: podWith('k8s.v1.cni.cncf.io/networks: a@data0, a@data1') },
    // k8snetworkplumbingwg/multus-dynamic-networks-controller examples/interface-add.yaml: the unnamed entry is net1.
    { name: 'same network, one entry naming its interface (intended)', code: podWith(`k8s.v1.cni.cncf.io/networks: '[{"name": "a"}, {"name": "a", "interface": "ens4"}]'`) },
    { name: 'same name in two namespaces', code: podWith('k8s.v1.cni.cncf.io/networks: infra/a, a') },
  ],
  invalid: [
    {
      name: 'same network twice',
      code: podWith('k8s.v1.cni.cncf.io/networks: flannel-net, flannel-net'),
      errors: [
        {
          messageId: 'twice',
          line: 7,
          column: 47,
          endColumn: 58,
          severity: 'info',
          message: 'network "flannel-net" is already attached by entry 1: the pod gets two interfaces in one subnet, and replies may leave by either; if that is meant, name them (`flannel-net@net1, flannel-net@net2`), else drop the copy',
        },
      ],
    },
    {
      name: 'pod namespace written explicitly the second time',
      code: podWith(`k8s.v1.cni.cncf.io/networks: '[{"name": "a"}, {"name": "a", "namespace": "apps"}]'`),
      errors: [{ messageId: 'twice', line: 7, column: 51, message: /name them \(an "interface" key in each entry\), else drop the copy$/ }],
    },
  ],
});
