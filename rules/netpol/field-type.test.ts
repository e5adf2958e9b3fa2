import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './field-type.js';

const policy = (spec: string) => `
  apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: { name: p, namespace: x }
  spec:
${spec}
`;

ruleTester(rule, {
  valid: [
    {
      name: 'every field with its type, and nulls (Go decodes null into the zero value)',
      code: policy(`
    podSelector: {}
    policyTypes: [Ingress, Egress]
    ingress:
    - from: [{ ipBlock: { cidr: 10.0.0.0/8, except: [10.1.0.0/16] } }, { namespaceSelector: {} }]
      ports: [{ port: 80 }, { port: http, protocol: TCP }, { port: 32000, endPort: 32768 }]
    - null
    egress:
    - to: null
      ports: null`),
    },
    { name: 'no spec at all is other rules\' concern', code: 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: p }\n' },
  ],
  invalid: [
    {
      name: 'a string for policyTypes, a map for ingress, a string for egress',
      code: policy(`
    podSelector: {}
    policyTypes: Ingress
    ingress: {}
    egress: none`),
      errors: [
        { messageId: 'wrongType', line: 7, column: 16, message: 'policyTypes must be a list, not the string "Ingress": the API server cannot decode the policy' },
        { messageId: 'wrongType', line: 8, column: 3, message: 'ingress must be a list, not an object: the API server cannot decode the policy' },
        { messageId: 'wrongType', line: 9, column: 11, message: 'egress must be a list, not the string "none": the API server cannot decode the policy' },
      ],
    },
    {
      name: 'a map for from and ports; a string ipBlock, a string except, a null peer, a boolean port, a string endPort, a string ports entry',
      code: policy(`
    podSelector: {}
    ingress:
    - from: {}
      ports: {}
    - from:
      - ipBlock: x
      - ipBlock: { cidr: 10.0.0.0/8, except: 10.1.0.0/16 }
      - null
      ports:
      - { port: true, endPort: "90" }
      - "80"`),
      errors: [
        { messageId: 'wrongType', line: 8, column: 5, message: /^from must be a list, not an object/ },
        { messageId: 'wrongType', line: 9, column: 5, message: /^ports must be a list, not an object/ },
        { messageId: 'wrongType', line: 11, column: 16, message: /^ipBlock must be an object, not the string "x"/ },
        { messageId: 'wrongType', line: 12, column: 44, message: /^except must be a list, not the string "10.1.0.0\/16"/ },
        { messageId: 'nullPeer', line: 13, column: 7, message: /^a null from peer decodes as an empty one/ },
        { messageId: 'wrongType', line: 15, column: 15, message: /^port must be a number or a port name, not true/ },
        { messageId: 'wrongType', line: 15, column: 30, message: /^endPort must be a whole number, not the string "90"/ },
        { messageId: 'wrongType', line: 16, column: 7, message: /^ports\[1\] must be an object, not the string "80"/ },
      ],
    },
  ],
});
