import { describe, expect, it } from 'vitest';
import { reachCorpus } from '../../bench/reach-corpus.js';
import { loadSources } from '../../src/engine/load.js';
import { buildModel } from '../../src/engine/model.js';
import { reachClasses, reachCluster, requiredAtom } from '../../src/engine/netpol/rule-support.js';
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule, { shadowedRules } from './shadowed-rule.js';

const pods = `apiVersion: v1
kind: Pod
metadata: {name: db, namespace: x, labels: {app: db}}
spec: {containers: [{name: c, ports: [{containerPort: 5432}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: x, labels: {app: web}}
spec: {containers: [{name: c}]}
---
`;
const deny = (order: number, selector: string) => `apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-to-db}
spec:
  order: ${order}
  selector: app == 'db'
  ingress:
  - action: Deny
    source: {selector: "${selector}"}
---
`;
const allow = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-to-db, namespace: x}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: web}}}]
`;

ruleTester(rule, {
  valid: [
    { name: 'the Deny comes after the allow (higher order)', code: pods + deny(2000, "app == 'web'") + allow },
    { name: 'the Deny covers only some of what the allow matches', code: pods + deny(10, "app == 'nobody'") + allow },
    {
      name: 'no Calico policy: nothing can deny first, so the class limit does not matter',
      code: pods + allow,
      config: { rules: { 'netpol/shadowed-rule': { options: { maxClasses: 1 } } } },
    },
  ],
  invalid: [
    {
      name: 'a Calico Deny of lower order shadows a Kubernetes allow',
      code: pods + deny(10, "app == 'web'") + allow,
      errors: [{ messageId: 'shadowed', line: 27, column: 5, message: 'ingress rule 0 never applies: every connection it matches is denied first by GlobalNetworkPolicy deny-to-db ingress rule 0' }],
    },
    {
      name: 'more classes than maxClasses: the skip is said once, as info, on the first policy, and nothing else is reported',
      code: pods + deny(10, "app == 'web'") + allow,
      config: { rules: { 'netpol/shadowed-rule': { options: { maxClasses: 1 } } } },
      errors: [
        {
          messageId: 'skipped',
          severity: 'info',
          line: 13,
          column: 18,
          message: 'shadowed rules were not looked for: the input has 2 endpoint classes, over the limit of 1 (option maxClasses)',
        },
      ],
    },
  ],
});

describe('the narrowed search', () => {
  it('finds exactly what trying every pair of classes finds, on generated Calico and Kubernetes policies', () => {
    let found = 0;
    let narrowedPeers = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const files = reachCorpus({ endpoints: 600, policies: 240, seed }).map((f) => ({ path: f.path, content: f.text }));
      const model = buildModel(loadSources(files).resources);
      const { classes } = reachClasses(model);
      const everything = { subjects: classes, peers: () => classes };
      for (const policy of reachCluster(model).policies) {
        const narrowed = shadowedRules(model, policy);
        expect(narrowed).toEqual(shadowedRules(model, policy, everything));
        found += narrowed.length;
        for (const dir of ['ingress', 'egress'] as const) for (const r of policy[dir] ?? []) if (requiredAtom(r.peer) !== null) narrowedPeers++;
      }
    }
    // Not vacuous: shadowed rules are found, and most peers are narrowed.
    expect(found).toBeGreaterThan(10);
    expect(narrowedPeers).toBeGreaterThan(100);
  });
});
