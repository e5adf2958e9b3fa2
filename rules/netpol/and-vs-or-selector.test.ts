import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './and-vs-or-selector.js';

const policy = (peers: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p, namespace: db}
spec:
  podSelector: {}
  ingress:
  - from:
${peers}`;

ruleTester(rule, {
  valid: [
    { name: 'one peer with both selectors (AND)', code: policy('    - namespaceSelector: {matchLabels: {team: web}}\n      podSelector: {matchLabels: {app: api}}\n') },
    { name: 'two podSelector peers', code: policy('    - podSelector: {matchLabels: {app: a}}\n    - podSelector: {matchLabels: {app: b}}\n') },
    // A rule without `from` (every source) has no peers to pair.
    { name: 'a rule without from', code: policy('    - namespaceSelector: {matchLabels: {team: web}}\n').replace('  - from:\n', '  - ports: [{port: 80}]\n  - from:\n') },
    // The rule needs both halves: a namespaceSelector-only peer alone is not the split form.
    { name: 'a namespaceSelector-only peer and no podSelector-only peer', code: policy('    - namespaceSelector: {matchLabels: {team: web}}\n    - ipBlock: {cidr: 10.0.0.0/8}\n') },
    // An empty list item (null) is no peer; it does not stop the check of the others.
    { name: 'a null peer', code: policy('    -\n    - podSelector: {matchLabels: {app: api}}\n') },
    // An ipBlock peer is not a selector peer, even with a namespaceSelector beside it (netpol/ipblock-exclusive reports that).
    { name: 'an ipBlock peer with a namespaceSelector, and a podSelector-only peer', code: policy('    - ipBlock: {cidr: 10.0.0.0/8}\n      namespaceSelector: {matchLabels: {team: web}}\n    - podSelector: {matchLabels: {app: api}}\n') },
    // kubernetes/website content/en/examples/service/networking/networkpolicy.yaml: "one of three
    // sources" (network-policies.md), an ipBlock, a namespaceSelector and a podSelector, ORed on purpose.
    {
      name: "the Kubernetes docs' three sources: an ipBlock beside the two selector peers",
      code: policy('    - ipBlock: {cidr: 172.17.0.0/16, except: [172.17.1.0/24]}\n    - namespaceSelector: {matchLabels: {project: myproject}}\n    - podSelector: {matchLabels: {role: frontend}}\n'),
    },
    // kubeflow/manifests (e.g. its istio-gateway allowances): "the gateway namespace, or my own".
    { name: 'a namespaceSelector-only peer and podSelector: {}', code: policy('    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: istio-system}}\n    - podSelector: {}\n') },
    // A peer with both selectors is the AND form, not the namespaceSelector-only half.
    { name: 'a peer with both selectors and a podSelector-only peer', code: policy('    - namespaceSelector: {matchLabels: {team: web}}\n      podSelector: {matchLabels: {app: api}}\n    - podSelector: {matchLabels: {app: b}}\n') },
    // A peer with both selectors is the AND form, not the podSelector-only half.
    { name: 'a namespaceSelector-only peer and a peer with both selectors', code: policy('    - namespaceSelector: {matchLabels: {team: web}}\n    - namespaceSelector: {matchLabels: {team: db}}\n      podSelector: {matchLabels: {app: api}}\n') },
  ],
  invalid: [
    {
      name: 'the split form',
      code: policy('    - namespaceSelector: {matchLabels: {team: web}}\n    - podSelector: {matchLabels: {app: api}}\n'),
      errors: [{ messageId: 'split', line: 9, column: 7, message: 'peers from[0] (namespaceSelector only) and from[1] (podSelector only) are ORed; to require both, put them in one peer' }],
    },
    {
      // A selector written as null is absent (the API decodes null as unset): from[0] is namespaceSelector-only, from[1] podSelector-only.
      name: 'selectors written as null count as absent',
      code: policy('    - {namespaceSelector: {matchLabels: {team: web}}, podSelector: null}\n    - {namespaceSelector: null, podSelector: {matchLabels: {app: api}}}\n'),
      errors: [{ messageId: 'split', line: 9, column: 7, message: 'peers from[0] (namespaceSelector only) and from[1] (podSelector only) are ORed; to require both, put them in one peer' }],
    },
    {
      // The finding is on the first podSelector-only peer, which may come before the namespaceSelector-only one.
      name: 'the first podSelector-only peer, listed first, is the one reported',
      code: policy('    - podSelector: {matchLabels: {app: a}}\n    - namespaceSelector: {matchLabels: {team: web}}\n    - podSelector: {matchLabels: {app: b}}\n'),
      errors: [{ messageId: 'split', line: 8, column: 7, message: 'peers from[1] (namespaceSelector only) and from[0] (podSelector only) are ORed; to require both, put them in one peer' }],
    },
  ],
});
