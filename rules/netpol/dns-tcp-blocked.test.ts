import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './dns-tcp-blocked.js';

const pod = `apiVersion: v1
kind: Pod
metadata: {name: app, namespace: shop, labels: {app: shop}}
spec: {containers: [{name: c}]}
---
`;
const toKubeDns = '[{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]';
/** An egress policy on every pod of namespace shop, after the shop pod. */
const policy = (egress: string, name = 'egress') => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
${egress}`;
const udpOnly = policy(`  egress:
  - to: ${toKubeDns}
    ports: [{port: 53, protocol: UDP}]
`);
/** CoreDNS as kubeadm deploys it, declaring `ports`. */
const coredns = (ports: string) => `---
apiVersion: apps/v1
kind: Deployment
metadata: {name: coredns, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: kube-dns}}
  template:
    metadata: {labels: {k8s-app: kube-dns}}
    spec: {containers: [{name: coredns, ports: ${ports}}]}
`;

/** Kubernetes' NodeLocal DNSCache ConfigMap in kube-proxy's iptables mode: it takes every pod's queries. */
const nodeLocalDns = `---
apiVersion: v1
kind: ConfigMap
metadata: {name: node-local-dns, namespace: kube-system}
data:
  Corefile: |
    cluster.local:53 {
        bind 169.254.20.10 10.96.0.10
    }
`;
const toCache = (ports: string) => pod + policy(`  egress:\n  - to: [{ipBlock: {cidr: 169.254.20.10/32}}]\n    ports: ${ports}\n`);

ruleTester(rule, {
  valid: [
    { name: 'UDP and TCP 53 in one rule', code: pod + policy(`  egress:\n  - to: ${toKubeDns}\n    ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]\n`) },
    { name: 'TCP 53 in a second rule of the policy', code: pod + policy(`  egress:\n  - to: ${toKubeDns}\n    ports: [{port: 53, protocol: UDP}]\n  - to: ${toKubeDns}\n    ports: [{port: 53, protocol: TCP}]\n`) },
    { name: 'TCP 53 allowed by another policy selecting the same pods', code: `${pod}${udpOnly}---\n${policy(`  egress:\n  - ports: [{port: 53, protocol: TCP}]\n`, 'tcp-out')}` },
    { name: 'a second rule letting every port out', code: pod + policy(`  egress:\n  - to: ${toKubeDns}\n    ports: [{port: 53, protocol: UDP}]\n  - {}\n`) },
    { name: 'the policy selects no pod of the input (nothing to decide)', code: udpOnly },
    { name: 'no rule written for DNS (egress-deny-blocks-dns judges that)', code: pod + policy(`  egress:\n  - ports: [{port: 443, protocol: TCP}]\n`) },
    { name: 'UDP 53 that never reaches DNS (egress-deny-blocks-dns judges that)', code: pod + policy(`  egress:\n  - to: [{podSelector: {matchLabels: {app: resolver}}}]\n    ports: [{port: 53, protocol: UDP}]\n`) },
    { name: 'UDP and TCP 53 to NodeLocal DNSCache', code: toCache('[{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]') + nodeLocalDns },
    {
      name: 'a Calico policy with a UDP and a TCP rule',
      code: `${pod}apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: dns, namespace: shop}
spec:
  selector: all()
  types: [Egress]
  egress:
  - action: Allow
    protocol: UDP
    destination: {namespaceSelector: projectcalico.org/name == 'kube-system', selector: k8s-app == 'kube-dns', ports: [53]}
  - action: Allow
    protocol: TCP
    destination: {namespaceSelector: projectcalico.org/name == 'kube-system', selector: k8s-app == 'kube-dns', ports: [53]}
`,
    },
  ],
  invalid: [
    {
      name: 'UDP 53 only, to the platform DNS pods',
      code: pod + udpOnly,
      errors: [{ messageId: 'udpOnly', line: 13, column: 5 }],
    },
    {
      name: "UDP 53 only, to the input's own CoreDNS that declares only UDP 53 (it answers TCP 53 all the same)",
      code: `${pod}${udpOnly}${coredns('[{containerPort: 53, protocol: UDP, name: dns}]')}`,
      errors: [{ messageId: 'udpOnly', line: 13, column: 5 }],
    },
    { name: 'UDP 53 only to NodeLocal DNSCache, which takes the queries', code: toCache('[{port: 53, protocol: UDP}]') + nodeLocalDns, errors: [{ messageId: 'udpOnly', line: 13, column: 5 }] },
    {
      name: 'TCP 53 allowed, but to other pods than cluster DNS',
      code: pod + policy(`  egress:\n  - to: ${toKubeDns}\n    ports: [{port: 53, protocol: UDP}]\n  - to: [{podSelector: {matchLabels: {app: resolver}}}]\n    ports: [{port: 53, protocol: TCP}]\n`),
      errors: [{ messageId: 'udpOnly', line: 13, column: 5 }],
    },
    {
      name: 'a Calico policy allowing UDP only, TCP 53 denied after it',
      code: `${pod}apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: dns, namespace: shop}
spec:
  selector: all()
  types: [Egress]
  egress:
  - action: Allow
    protocol: UDP
    destination: {ports: [53]}
  - action: Deny
    protocol: TCP
    destination: {ports: [53]}
  - action: Allow
    protocol: TCP
    destination: {ports: [443]}
`,
      errors: [{ messageId: 'udpOnly', line: 13, column: 5 }],
    },
  ],
});
