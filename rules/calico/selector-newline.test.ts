import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './selector-newline.js';

ruleTester(rule, {
  valid: [
    { name: 'a line break inside a quoted literal is part of the string (tokenizer.go)', code: `
        apiVersion: projectcalico.org/v3
        kind: NetworkPolicy
        metadata: { name: p, namespace: x }
        spec:
          selector: "a == \\"x\\ny\\""
      ` },
    { name: 'folded block scalar strips the newline', code: `
      apiVersion: projectcalico.org/v3
      kind: NetworkPolicy
      metadata: { name: p, namespace: x }
      spec:
        selector: >-
          app == 'web' &&
          tier == 'frontend'
    ` },
    { name: 'one line', code: `
      apiVersion: projectcalico.org/v3
      kind: NetworkPolicy
      metadata: { name: p, namespace: x }
      spec:
        selector: app == 'web'
    ` },
  ],
  invalid: [
    {
      name: 'literal block scalar keeps the final newline',
      code: `
        apiVersion: projectcalico.org/v3
        kind: NetworkPolicy
        metadata: { name: p, namespace: x }
        spec:
          selector: |
            app == 'web'
          types: [Ingress]
      `,
      errors: [{ messageId: 'newline', line: 6, column: 5, message: /line break at character 13/ }],
    },
    {
      name: 'escaped newline in a double-quoted BGPPeer selector',
      code: `
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata: { name: p }
        spec:
          nodeSelector: "has(a)\\nhas(b)"
      `,
      errors: [{ messageId: 'newline', line: 5, column: 17, message: /character 7/ }],
    },
  ],
});
