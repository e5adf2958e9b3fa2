import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { calicoResource } from './lib/test-manifests.js';
import rule from './felix-node-selector.js';

const felix = (name: string, spec: string) => calicoResource('FelixConfiguration', spec, `{ name: ${name} }`);

ruleTester(rule, {
  valid: [
    { name: 'a selector-scoped resource', code: felix('gpu-nodes', "nodeSelector: has(gpu)\nbpfEnabled: true") },
    { name: 'a name that only contains node.', code: felix('my-node.x', "nodeSelector: all()") },
    { name: 'default without nodeSelector', code: felix('default', 'logSeverityScreen: Info') },
    { name: 'null is pruned', code: felix('node.worker-1', 'nodeSelector: null\nlogSeverityScreen: Debug') },
    { name: 'crd.projectcalico.org selector-scoped', code: 'apiVersion: crd.projectcalico.org/v1\nkind: FelixConfiguration\nmetadata: { name: rack-a }\nspec: { nodeSelector: all() }\n' },
  ],
  invalid: [
    {
      name: 'default with a selector',
      code: felix('default', 'logSeverityScreen: Info\nnodeSelector: all()'),
      errors: [{ messageId: 'nodeSelector', line: 6, column: 17, message: "nodeSelector must not be set on the default FelixConfiguration 'default'" }],
    },
    {
      name: 'per-node with an empty selector',
      code: felix('node.worker-1', 'nodeSelector: ""'),
      errors: [{ messageId: 'nodeSelector', line: 5, column: 17, message: "nodeSelector must not be set on the per-node FelixConfiguration 'node.worker-1'" }],
    },
    {
      name: 'crd.projectcalico.org default',
      code: 'apiVersion: crd.projectcalico.org/v1\nkind: FelixConfiguration\nmetadata: { name: default }\nspec: { nodeSelector: all() }\n',
      errors: [{ messageId: 'nodeSelector', line: 4, column: 23 }],
    },
  ],
});
