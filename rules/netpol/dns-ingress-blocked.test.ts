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

/** The input without DNS pods of its own: the platform's are checked in their place. */
const WEB_ONLY = WORKLOADS.slice(WORKLOADS.indexOf('---\n') + 4);

ruleTester(rule, {
  valid: [
    {
      name: "without DNS pods in the input: the Calico docs' global default deny, which leaves kube-system out",
      code: `${WEB_ONLY}apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: default-deny}
spec:
  selector: projectcalico.org/namespace not in {'kube-system', 'calico-system', 'tigera-operator'}
  types: [Ingress, Egress]
`,
    },
    {
      name: 'without DNS pods in the input: a global policy that lets UDP 53 into every pod (CoreDNS answers; OpenShift DNS, on 5353, stands in only for a policy of its namespace)',
      code: `${WEB_ONLY}apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: everything}
spec: {selector: all(), types: [Ingress], ingress: [{action: Allow, protocol: UDP, destination: {ports: [53]}}, {action: Allow, protocol: TCP, destination: {ports: [53, 8080]}}]}
`,
    },
    {
      name: "Calico's NodeLocal DNSCache guide: CoreDNS admits only the cache's pods, which answer every other pod",
      code: `${WORKLOADS}apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: local-dns-to-core-dns, namespace: kube-system}
spec:
  selector: k8s-app == "kube-dns"
  ingress:
    - {action: Allow, protocol: UDP, source: {selector: k8s-app == "node-local-dns"}, destination: {ports: [53]}}
    - {action: Allow, protocol: TCP, source: {selector: k8s-app == "node-local-dns"}, destination: {ports: [53]}}
`,
    },
    {
      name: 'without DNS pods in the input: a namespaced policy elsewhere does not select the platform DNS',
      code: `${WEB_ONLY}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress]}
`,
    },
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
      name: "without DNS pods in the input: a global default deny whose namespace test is mistyped selects the platform's CoreDNS too",
      code: `${WEB_ONLY}apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: default-deny}
spec:
  selector: projectcalico.org/namespce not in {'kube-system', 'calico-system'}
  types: [Ingress, Egress]
  egress: [{action: Allow, protocol: UDP, destination: {selector: k8s-app == 'kube-dns', ports: [53]}}]
`,
      errors: [{ messageId: 'refused', line: 13, column: 13, message: "GlobalNetworkPolicy default-deny isolates the ingress of cluster DNS (the platform's DNS pods, kube-system pods labelled k8s-app=kube-dns, service account coredns, serving 53/UDP and 53/TCP, which the input does not hold), and UDP 53 from 1 workload (shop/web) is not let in: their name lookups fail there" }],
    },
    {
      name: "without DNS pods in the input: a policy in openshift-dns that lets in UDP 53 only, where OpenShift's DNS listens on 5353",
      code: `${WEB_ONLY}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: dns, namespace: openshift-dns}
spec: {podSelector: {}, policyTypes: [Ingress], ingress: [{from: [{namespaceSelector: {}}], ports: [{port: 53, protocol: UDP}]}]}
`,
      errors: [{ messageId: 'refused', line: 12, column: 8 }],
    },
    {
      name: 'without DNS pods in the input: a NetworkPolicy in kube-system that isolates every pod there',
      code: `${WEB_ONLY}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: kube-system}
spec: {podSelector: {}, policyTypes: [Ingress]}
`,
      errors: [{ messageId: 'refused', line: 12, column: 8 }],
    },
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
