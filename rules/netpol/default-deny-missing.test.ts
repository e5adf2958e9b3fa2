import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './default-deny-missing.js';

const web = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web}]}}}
`;
const ns = `apiVersion: v1
kind: Namespace
metadata: {name: shop}
---`;
const denyAll = `
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress]}
`;

ruleTester(rule, {
  valid: [
    { name: 'a default deny in the namespace', code: ns + web + denyAll },
    { name: 'kube-system is exempt by default', code: web.replace('namespace: shop', 'namespace: kube-system') },
    { name: 'a namespace exempted in the options', code: ns + web, config: { rules: { 'netpol/default-deny-missing': { options: { exempt: ['shop'] } } } } },
    {
      name: 'a Calico GlobalNetworkPolicy denying ingress everywhere',
      code: `${web}---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-all}
spec: {selector: all(), types: [Ingress]}
`,
    },
    { name: 'a namespace without workloads', code: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: empty}\n' },
    {
      name: 'a Calico policy selecting every pod whose ingress rules only deny',
      code: `${web}---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: deny-all, namespace: shop}
spec: {selector: all(), types: [Ingress], ingress: [{action: Deny}]}
`,
    },
    // kubeflow/manifests' default-allow-same-namespace: every pod is isolated, and only its namespace gets in.
    {
      name: 'a policy selecting every pod that lets in its own namespace (or all namespaces)',
      code: `${ns}${web}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-allow-same-namespace, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress], ingress: [{from: [{podSelector: {}}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-all-namespaces, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress], ingress: [{from: [{namespaceSelector: {}}]}]}
`,
    },
    {
      // Policies add up: a default deny would restrict nothing an explicit allow-all policy opens.
      name: 'policies selecting every pod with a rule that lets in anything (Kubernetes and Calico)',
      code: `${ns}${web}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-all, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress], ingress: [{}]}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: deny-then-allow, namespace: shop}
spec: {selector: all(), types: [Ingress], ingress: [{action: Deny, source: {selector: app == 'bad'}}, {action: Allow}]}
`,
    },
    // argo-cd's and kube-prometheus' manifests give each workload a policy of its own.
    {
      name: 'every workload isolated by a policy of its own',
      code: `${ns}${web}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec: {podSelector: {matchLabels: {app: web}}, policyTypes: [Ingress], ingress: [{ports: [{port: 8080}]}]}
`,
    },
  ],
  invalid: [
    {
      name: 'reported on the Namespace object',
      code: ns + web,
      errors: [{ messageId: 'missing', line: 3, column: 18, message: 'namespace shop has 1 workload but no default-deny ingress policy, and no ingress policy isolates it, which accepts traffic from anywhere' }],
    },
    {
      // Example folders each declaring the namespace: one finding, at the first declaration.
      name: 'said once for a namespace declared in several files',
      code: { 'a/ns.yaml': ns + web, 'b/ns.yaml': ns, 'c/ns.yaml': ns },
      errors: [{ messageId: 'missing', file: 'a/ns.yaml', line: 3, column: 18 }],
    },
    {
      // A CiliumNetworkPolicy selecting an endpoint isolates it (docs.cilium.io, "Policy Enforcement Modes").
      name: 'a Cilium policy in the namespace may isolate it: said',
      code: `${ns}${web}---
apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: web-ingress, namespace: shop}
spec:
  endpointSelector: {matchLabels: {app: web}}
  ingress: [{fromEndpoints: [{matchLabels: {app: api}}]}]
`,
      errors: [{ messageId: 'missing', line: 3, column: 18, severity: 'info', message: /accepts traffic from anywhere; but netlint does not evaluate Cilium policy, and CiliumNetworkPolicy shop\/web-ingress may isolate them$/ }],
    },
    {
      name: 'reported on the first workload when the namespace is not declared, and a podSelector-limited deny does not count',
      code: `${web}---
${web.replace('name: web', 'name: api').replace(/app: web/g, 'app: api')}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-web, namespace: shop}
spec: {podSelector: {matchLabels: {app: web}}, policyTypes: [Ingress]}
`,
      errors: [{ messageId: 'missing', line: 3, column: 18, message: 'namespace shop has 2 workloads but no default-deny ingress policy, and no ingress policy isolates shop/api, which accepts traffic from anywhere' }],
    },
    {
      name: 'of three workloads, the two no ingress policy isolates are named',
      code: `${ns}${web}---
${web.replace('name: web', 'name: api').replace(/app: web/g, 'app: api')}---
${web.replace('name: web', 'name: db').replace(/app: web/g, 'app: db')}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-from-api, namespace: shop}
spec: {podSelector: {matchLabels: {app: db}}, ingress: [{from: [{podSelector: {matchLabels: {app: api}}}]}]}
`,
      errors: [{ messageId: 'missing', line: 3, column: 18, message: 'namespace shop has 3 workloads but no default-deny ingress policy, and no ingress policy isolates shop/web, shop/api, which accept traffic from anywhere' }],
    },
    {
      name: 'kube-system is reported once the exemptions are emptied',
      code: web.replace('namespace: shop', 'namespace: kube-system'),
      config: { rules: { 'netpol/default-deny-missing': { options: { exempt: [] } } } },
      errors: [{ messageId: 'missing', line: 3, column: 18, message: /namespace kube-system/ }],
    },
  ],
});
