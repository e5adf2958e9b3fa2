import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './named-port-undeclared.js';

// The input's only workload, in namespace x, declares http/TCP and dns/UDP; nothing in the input
// declares dns-tcp (CoreDNS's TCP port name), and namespace kube-system is not in the input.
const pod = `apiVersion: v1
kind: Pod
metadata: {name: api, namespace: x, labels: {app: api}}
spec: {containers: [{name: c, ports: [{containerPort: 8080, name: http}, {containerPort: 53, protocol: UDP, name: dns}]}]}
---
`;
/** A policy of namespace x with one `dir` rule; its first port value is on line 13, column 20. */
const policy = (dir: string, port: string, peers?: string) => `${pod}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p, namespace: x}
spec:
  podSelector: {matchLabels: {app: api}}
  policyTypes: [Ingress, Egress]
  ${dir}:
  - ports: [${port}]
${peers === undefined ? '' : `    ${dir === 'egress' ? 'to' : 'from'}: [${peers}]\n`}`;
const kubeDns = '{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}';

ruleTester(rule, {
  valid: [
    { name: 'ingress to a declared name', code: policy('ingress', '{port: http}') },
    { name: 'egress to a declared UDP name', code: policy('egress', '{port: dns, protocol: UDP}', '{podSelector: {}}') },
    { name: 'numbers are not names', code: policy('ingress', '{port: 8080}') },
    // A rule without `to` reaches every destination, pods the input does not hold included.
    { name: 'egress without to may reach pods outside the input', code: policy('egress', '{port: dns-tcp}') },
    { name: 'egress to CoreDNS\'s named ports in kube-system, not in the input', code: policy('egress', '{port: dns, protocol: UDP}, {port: dns-tcp, protocol: TCP}', kubeDns) },
    { name: 'egress to every namespace (namespaceSelector: {})', code: policy('egress', '{port: dns-tcp}', '{namespaceSelector: {}, podSelector: {matchLabels: {k8s-app: kube-dns}}}') },
    { name: 'egress to namespaces selected by another label', code: policy('egress', '{port: dns-tcp}', '{namespaceSelector: {matchLabels: {team: infra}}}') },
    {
      name: 'egress to an In expression naming a namespace outside the input',
      code: policy('egress', '{port: dns-tcp}', '{namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [x, kube-system]}]}}'),
    },
    { name: 'egress to an ipBlock', code: policy('egress', '{port: dns-tcp}', '{ipBlock: {cidr: 10.0.0.0/8}}') },
    // An empty `to` is no `to`: every destination, pods the input does not hold included.
    { name: 'egress with an empty to list', code: policy('egress', '{port: dns-tcp}', '') },
    {
      // An egress name resolves on the destination: here the db pod, which the policy (on api) does not select.
      name: 'egress to a name only the destination declares',
      code: `apiVersion: v1
kind: Pod
metadata: {name: db, namespace: x, labels: {app: db}}
spec: {containers: [{name: c, ports: [{containerPort: 5432, name: postgres}]}]}
---
${policy('egress', '{port: postgres}', '{podSelector: {matchLabels: {app: db}}}')}`,
    },
    { name: 'egress to a pod of the input and an ipBlock', code: policy('egress', '{port: dns-tcp}', '{podSelector: {}}, {ipBlock: {cidr: 10.0.0.0/8}}') },
  ],
  invalid: [
    { name: 'a misspelt name', code: policy('ingress', '{port: htttp}'), errors: [{ messageId: 'undeclared', line: 13, column: 20, message: 'no pod this policy selects declares a TCP port named "htttp"' }] },
    {
      name: 'the name exists with another protocol, toward the policy\'s namespace',
      code: policy('egress', '{port: dns}', '{podSelector: {matchLabels: {app: api}}}'),
      errors: [{ messageId: 'undeclared', line: 13, column: 20, message: 'no workload in the input declares a TCP port named "dns"' }],
    },
    {
      name: 'a name nobody declares, toward a namespace of the input named by kubernetes.io/metadata.name',
      code: policy('egress', '{port: dns-tcp}', '{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: x}}}'),
      errors: [{ messageId: 'undeclared', line: 13, column: 20, message: 'no workload in the input declares a TCP port named "dns-tcp"' }],
    },
  ],
});
