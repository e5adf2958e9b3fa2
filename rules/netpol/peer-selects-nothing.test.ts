import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './peer-selects-nothing.js';

const world = `apiVersion: v1
kind: Namespace
metadata: {name: front, labels: {team: web}}
---
apiVersion: v1
kind: Pod
metadata: {name: ui, namespace: front, labels: {app: ui}}
spec: {containers: [{name: c}]}
---
`;
const policy = (peer: string) => `${world}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p, namespace: back}
spec:
  podSelector: {}
  ingress:
  - from:
    - ${peer}
`;

ruleTester(rule, {
  valid: [
    { name: 'namespace and pod labels that exist', code: policy('{namespaceSelector: {matchLabels: {team: web}}, podSelector: {matchLabels: {app: ui}}}') },
    { name: 'the implicit namespace name label', code: policy('{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: front}}}') },
    { name: 'an ipBlock is not judged', code: policy('{ipBlock: {cidr: 10.0.0.0/8}}') },
    {
      name: 'cluster DNS in a namespace the input does not hold cannot be judged',
      code: policy('{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}'),
    },
    { name: 'a podSelector for a namespace whose workloads are elsewhere', code: policy('{podSelector: {matchLabels: {app: billing}}}') },
  ],
  invalid: [
    {
      name: 'a namespace label nobody has',
      code: policy('{namespaceSelector: {matchLabels: {team: frontend}}}'),
      errors: [{ messageId: 'noNamespace', line: 17, column: 7, message: 'this namespaceSelector matches none of the 1 Namespace in the input' }],
    },
    {
      name: 'a podSelector alone looks in the policy\'s own namespace',
      code: policy('{podSelector: {matchLabels: {app: ui}}}'),
      errors: [{ messageId: 'otherNamespace', line: 17, column: 7, message: 'this podSelector looks only in namespace back, where nothing matches; the matching workloads are in front (a namespaceSelector is missing?)' }],
    },
    {
      name: 'pod labels nobody in the selected namespace has',
      code: policy('{namespaceSelector: {matchLabels: {team: web}}, podSelector: {matchLabels: {app: api}}}'),
      errors: [{ messageId: 'nothing', line: 17, column: 7, message: 'this peer matches none of the 1 workload in the input' }],
    },
  ],
});
