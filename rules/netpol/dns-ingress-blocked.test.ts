// A pod isolated for ingress takes only what its policies let in (Kubernetes' NetworkPolicy page;
// Calico: the end of a tier denies for the endpoints its policies select). A GlobalNetworkPolicy
// with `selector: all()` and type Ingress selects CoreDNS too: profiidev/server-config's homelab
// (at 0753da1) cuts every namespace's DNS that way.
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './dns-ingress-blocked.js';

const WORKLOADS = `apiVersion: apps/v1
kind: Deployment
metadata: {name: coredns, namespace: kube-system}
spec:
  template:
    metadata: {labels: {k8s-app: kube-dns}}
    spec: {containers: [{name: coredns, ports: [{containerPort: 53, protocol: UDP}, {containerPort: 53, protocol: TCP}]}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, ports: [{containerPort: 8080}]}]}
---
`;

ruleTester(rule, {
  valid: [
    {
      name: 'a policy on CoreDNS that lets UDP 53 in from every namespace',
      code: `${WORKLOADS}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: dns, namespace: kube-system}
spec:
  podSelector: {matchLabels: {k8s-app: kube-dns}}
  ingress: [{from: [{namespaceSelector: {}}], ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]}]
`,
    },
    {
      name: 'an ingress policy that does not select the DNS pods',
      code: `${WORKLOADS}apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: web-only}
spec: {selector: app == 'web', types: [Ingress], ingress: [{action: Allow, protocol: TCP, destination: {ports: [8080]}}]}
`,
    },
  ],
  invalid: [
    {
      name: 'a GlobalNetworkPolicy on every pod that lets in only TCP 8080',
      code: `${WORKLOADS}apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: web-ingress}
spec: {order: 90, selector: all(), types: [Ingress], ingress: [{action: Allow, protocol: TCP, destination: {ports: [8080]}}]}
`,
      errors: [{ messageId: 'refused', line: 20, column: 29, message: 'GlobalNetworkPolicy web-ingress isolates the ingress of cluster DNS (kube-system/coredns), and UDP 53 from 1 workload (shop/web) is not let in: their name lookups fail there' }],
    },
  ],
});
