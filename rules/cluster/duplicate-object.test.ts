import { describe, expect, it } from 'vitest';
import { DEFAULT_LOAD_LIMITS, loadSources } from '../../src/engine/load.js';
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule, { earlierTwins } from './duplicate-object.js';

const policy = (name: string, namespace: string | null, port: number) => `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: ${name}${namespace === null ? '' : `, namespace: ${namespace}`} }
spec:
  podSelector: { matchLabels: { app: api } }
  ingress: [{ ports: [{ port: ${port} }] }]
`;

ruleTester(rule, {
  valid: [
    { name: 'different names', code: `${policy('api-http', 'shop', 80)}---${policy('api-metrics', 'shop', 9090)}` },
    { name: 'the same name in two namespaces', code: `${policy('api', 'shop', 80)}---${policy('api', 'billing', 80)}` },
    { name: 'the same name for two kinds (a Kubernetes and a Calico policy)', code: `${policy('api', 'shop', 80)}---\napiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: { name: api, namespace: shop }\nspec: { selector: all() }\n` },
    { name: 'the same object in two files (alternatives side by side are not compared)', code: { 'dev/policy.yaml': policy('api', 'shop', 80), 'dev/policy-v2.yaml': policy('api', 'shop', 8080) } },
    { name: 'generateName only', code: 'apiVersion: v1\nkind: Pod\nmetadata: { generateName: probe- }\nspec: { containers: [{ name: c, image: busybox }] }\n---\napiVersion: v1\nkind: Pod\nmetadata: { generateName: probe- }\nspec: { containers: [{ name: c, image: busybox }] }\n' },
  ],
  invalid: [
    {
      name: 'a copied policy whose name was not changed',
      code: `${policy('api-ingress', 'shop', 80)}---${policy('api-ingress', 'shop', 9090)}`,
      errors: [{ messageId: 'twin', line: 10, column: 19, message: 'NetworkPolicy shop/api-ingress is also defined at test.yaml:3: applied together, the later one replaces the earlier' }],
    },
    {
      name: 'no namespace on either: both land in the namespace they are applied to',
      code: `${policy('web', null, 80)}---${policy('web', null, 81)}---${policy('web', null, 82)}`,
      errors: [
        { messageId: 'twin', line: 10, column: 19, message: 'NetworkPolicy web is also defined at test.yaml:3: applied together, the later one replaces the earlier' },
        { messageId: 'twin', line: 17, column: 19, message: 'NetworkPolicy web is also defined at test.yaml:3: applied together, the later one replaces the earlier' },
      ],
    },
  ],
});

describe('earlierTwins', () => {
  it('finds the same twins when the resources of a file do not come in one run', () => {
    const { resources } = loadSources(
      [
        { path: 'a.yaml', content: `${policy('x', 'shop', 80)}---${policy('y', 'shop', 80)}---${policy('x', 'shop', 81)}` },
        { path: 'b.yaml', content: `${policy('x', 'shop', 80)}---${policy('x', 'shop', 82)}` },
      ],
      DEFAULT_LOAD_LIMITS,
    );
    const names = (twins: Map<(typeof resources)[number], (typeof resources)[number]>) =>
      [...twins].map(([later, earlier]) => `${later.file}:${resources.indexOf(later)}->${resources.indexOf(earlier)}`).sort();
    const inRuns = names(earlierTwins(resources));
    expect(inRuns).toEqual(['a.yaml:2->0', 'b.yaml:4->3']);
    // a, b, a, b, a: each file's objects keep their order, and files are still not compared.
    const interleaved = [resources[0], resources[3], resources[1], resources[4], resources[2]];
    expect(names(earlierTwins(interleaved))).toEqual(inRuns);
  });
});
