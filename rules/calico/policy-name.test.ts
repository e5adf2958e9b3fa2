import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './policy-name.js';

const named = (kind: string, name: string, ns = '') => `
  apiVersion: projectcalico.org/v3
  kind: ${kind}
  metadata: { name: ${name}${ns} }
  spec: { selector: all() }
`;

ruleTester(rule, {
  valid: [
    { name: 'plain names', code: named('NetworkPolicy', 'thing', ', namespace: x') + '---\n' + named('GlobalNetworkPolicy', 'thing') },
    { name: 'a tier prefix', code: named('NetworkPolicy', 'th.ing', ', namespace: x') + '---\n' + named('GlobalNetworkPolicy', 'security.allow-dns') },
    { name: 'a converted Kubernetes policy name', code: named('NetworkPolicy', 'knp.default.thing', ', namespace: x') },
    { name: 'upper case is the general name check\'s finding', code: named('NetworkPolicy', 'tHiNg', ', namespace: x') },
  ],
  invalid: [
    {
      name: 'several dots',
      code: named('NetworkPolicy', 't.h.i.ng', ', namespace: x'),
      errors: [{ messageId: 'invalid', line: 3, column: 19, message: 'NetworkPolicy name "t.h.i.ng" is not accepted by Calico: it may hold at most one dot (the tier prefix)' }],
    },
    {
      name: 'the reserved prefix on a global policy',
      code: named('GlobalNetworkPolicy', 'knp.default.thing'),
      errors: [{ messageId: 'invalid', line: 3, column: 19, message: /reserved/ }],
    },
  ],
});
