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
    { name: 'staged policies: a tier prefix, a converted name', code: named('StagedNetworkPolicy', 'th.ing', ', namespace: x') + '---\n' + named('StagedNetworkPolicy', 'knp.default.thing', ', namespace: x') + '---\n' + named('StagedGlobalNetworkPolicy', 'security.thing') },
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
    {
      // validator_test.go (v3.32.1) "disallow name with dot" for both staged kinds, and "disallow k8s policy name" for the staged global one.
      name: 'staged policies: several dots, the reserved prefix on a global one',
      code: named('StagedNetworkPolicy', 't.h.i.ng', ', namespace: x') + '---\n' + named('StagedGlobalNetworkPolicy', 't.h.i.ng') + '---\n' + named('StagedGlobalNetworkPolicy', 'knp.default.thing'),
      errors: [
        { messageId: 'invalid', line: 3, column: 21, message: 'StagedNetworkPolicy name "t.h.i.ng" is not accepted by Calico: it may hold at most one dot (the tier prefix)' },
        { messageId: 'invalid', line: 9, column: 21, message: 'StagedGlobalNetworkPolicy name "t.h.i.ng" is not accepted by Calico: it may hold at most one dot (the tier prefix)' },
        { messageId: 'invalid', line: 15, column: 21, message: /StagedGlobalNetworkPolicy name "knp.default.thing" .*reserved/ },
      ],
    },
  ],
});
