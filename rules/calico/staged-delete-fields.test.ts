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
    // validateStagedKubernetesNetworkPolicy compares the spec with NewStagedKubernetesNetworkPolicy()'s plus stagedAction:
    // podSelector is a metav1.LabelSelector struct, zero when written `{}` or with null fields.
    { name: 'a Kubernetes staged Delete alone', code: staged('StagedKubernetesNetworkPolicy', '  stagedAction: Delete\n') },
    { name: 'a Kubernetes staged Delete with an empty podSelector', code: staged('StagedKubernetesNetworkPolicy', '  stagedAction: Delete\n  podSelector: {}\n  ingress: null\n') },
    { name: 'a Kubernetes staged Delete whose podSelector fields are null', code: staged('StagedKubernetesNetworkPolicy', '  stagedAction: Delete\n  podSelector: { matchLabels: null, matchExpressions: null }\n') },
    { name: 'a Kubernetes staged Set with rules', code: staged('StagedKubernetesNetworkPolicy', '  stagedAction: Set\n  podSelector: { matchLabels: { app: a } }\n  policyTypes: [Ingress]\n  ingress: []\n') },
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
    {
      // encoding/json decodes `[]` to an empty, non-nil slice, and reflect.DeepEqual tells it from the empty spec's nil one.
      name: 'a Delete with empty rule lists and an empty performanceHints',
      code: staged('StagedGlobalNetworkPolicy', '  stagedAction: Delete\n  ingress: []\n  egress: []\n  performanceHints: []\n'),
      errors: [
        { messageId: 'emptyList', line: 6, column: 3, message: 'spec.ingress is an empty list on a staged Delete: Calico compares the spec with an empty one, where the list is absent, and refuses it; remove the field' },
        { messageId: 'emptyList', line: 7, column: 3, message: /^spec.egress is an empty list/ },
        { messageId: 'emptyList', line: 8, column: 3, message: /^spec.performanceHints is an empty list/ },
      ],
    },
    {
      // Nothing clears a StagedKubernetesNetworkPolicy's policyTypes before validation (clientv3 stagedkubernetesnetworkpolicy.go Create).
      name: 'a Kubernetes staged Delete with policyTypes, a selecting podSelector and an empty ingress',
      code: staged('StagedKubernetesNetworkPolicy', '  stagedAction: Delete\n  policyTypes: [Ingress]\n  podSelector: { matchLabels: { app: a } }\n  ingress: []\n'),
      errors: [
        { messageId: 'kubernetesField', line: 6, column: 3, message: 'spec.policyTypes is set on a staged Delete: Calico accepts nothing but stagedAction in a StagedKubernetesNetworkPolicy that stages a Delete' },
        { messageId: 'kubernetesField', line: 7, column: 3, message: /^spec.podSelector is set/ },
        { messageId: 'emptyList', line: 8, column: 3, message: /^spec.ingress is an empty list/ },
      ],
    },
    {
      name: 'a Kubernetes staged Delete whose podSelector holds an empty matchLabels (a non-nil map)',
      code: staged('StagedKubernetesNetworkPolicy', '  stagedAction: Delete\n  podSelector: { matchLabels: {} }\n'),
      errors: [{ messageId: 'kubernetesField', line: 6, column: 3 }],
    },
  ],
});
