import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './staged-delete-fields.js';

const staged = (kind: string, spec: string) => `apiVersion: projectcalico.org/v3\nkind: ${kind}\nmetadata: { name: p, namespace: x }\nspec:\n${spec}`;

ruleTester(rule, {
  valid: [
    { name: 'a Delete with its tier', code: staged('StagedNetworkPolicy', '  stagedAction: Delete\n  tier: security\n') },
    { name: 'a Delete with types (cleared before validation)', code: staged('StagedGlobalNetworkPolicy', '  stagedAction: Delete\n  types: [Ingress]\n') },
    {
      // validator.go validateStagedGlobalNetworkPolicy compares the spec with reflect.DeepEqual against an empty one: an empty
      // string, false and null (a nil slice or pointer) are zero values.
      name: 'a Delete whose other fields hold their zero values',
      code: staged('StagedGlobalNetworkPolicy', "  stagedAction: Delete\n  selector: ''\n  namespaceSelector: ''\n  doNotTrack: false\n  applyOnForward: false\n  egress: null\n  order: null\n"),
    },
    { name: 'a Set with rules', code: staged('StagedNetworkPolicy', "  stagedAction: Set\n  selector: app == 'a'\n  ingress: [{ action: Allow }]\n") },
  ],
  invalid: [
    {
      name: 'a Delete that also sets a selector and rules',
      code: staged('StagedNetworkPolicy', "  stagedAction: Delete\n  selector: app == 'a'\n  order: 0\n  ingress: [{ action: Allow }]\n"),
      errors: [
        { messageId: 'field', line: 6, column: 13, message: 'spec.selector is set on a staged Delete: Calico accepts only tier with stagedAction Delete' },
        { messageId: 'field', line: 7, column: 10, message: /spec.order/ },
        { messageId: 'field', line: 8, column: 3, message: /spec.ingress/ },
      ],
    },
  ],
});
