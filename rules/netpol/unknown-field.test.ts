import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { builtinDataRule } from '../builtin-data-rule.js';
import text from './unknown-field.yaml';

const rule = builtinDataRule(text, 'rules/netpol/unknown-field.yaml');

const policy = (spec: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: p, namespace: x }
spec:
${spec}`;

ruleTester(rule, {
  valid: [
    {
      name: 'every field of the API',
      code: policy(`  podSelector: { matchLabels: { app: a } }
  policyTypes: [Ingress, Egress]
  ingress:
    - from: [{ podSelector: {}, namespaceSelector: { matchLabels: { team: a } } }, { ipBlock: { cidr: 10.0.0.0/8, except: [10.1.0.0/16] } }]
      ports: [{ protocol: TCP, port: 8000, endPort: 8100 }]
  egress:
    - to: [{ namespaceSelector: {} }]
      ports: [{ port: 53, protocol: UDP }]
    - {}
`),
    },
    { name: 'an empty spec', code: policy('  {}\n') },
    { name: 'nulls for absent lists', code: policy('  podSelector: {}\n  ingress: null\n  egress:\n    - to: null\n      ports: null\n') },
    { name: 'fields inside selectors are label-selector\'s', code: policy('  podSelector: { matchlabels: { app: a } }\n') },
  ],
  invalid: [
    {
      name: 'a misspelt direction: without strict validation, a policy that denies all ingress',
      code: policy('  podSelector: {}\n  ingres:\n    - from: [{ podSelector: {} }]\n'),
      errors: [{ messageId: 'violation', line: 6, column: 3, message: 'spec.ingres is not a known field (got [{"from":[{"podSelector":{}}]}])' }],
    },
    {
      name: 'a misspelt from, a selector at the rule\'s level, a misspelt protocol, an ipBlock field',
      code: policy(`  podSelector: {}
  ingress:
    - form: [{ podSelector: {} }]
    - podSelector: { matchLabels: { app: b } }
  egress:
    - to: [{ ipBlock: { cidr: 10.0.0.0/8, exclude: [10.1.0.0/16] } }]
      ports: [{ prot: UDP, port: 53 }]
`),
      errors: [
        { messageId: 'violation', line: 7, column: 7, message: /spec.ingress\[0\].form is not a known field/ },
        { messageId: 'violation', line: 8, column: 7, message: /spec.ingress\[1\].podSelector is not a known field/ },
        { messageId: 'violation', line: 10, column: 43, message: /ipBlock.exclude is not a known field/ },
        { messageId: 'violation', line: 11, column: 17, message: /ports\[0\].prot is not a known field/ },
      ],
    },
  ],
});
