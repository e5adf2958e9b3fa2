import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './peer-selects-nothing.js';

// Namespace front is declared (with a label); namespace billing only holds a workload (no
// Namespace object, so only its kubernetes.io/metadata.name label is known); back, the policy's
// namespace, holds nothing; kube-system is not in the input at all.
const world = `apiVersion: v1
kind: Namespace
metadata: {name: front, labels: {team: web}}
---
apiVersion: v1
kind: Pod
metadata: {name: ui, namespace: front, labels: {app: ui}}
spec: {containers: [{name: c}]}
---
apiVersion: v1
kind: Pod
metadata: {name: pay, namespace: billing, labels: {app: pay}}
spec: {containers: [{name: c}]}
---
`;
/** A policy in `namespace` whose single ingress peer is `peer`; the peer is on line 22, column 7. */
const policyIn = (namespace: string, peer: string) => `${world}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p, namespace: ${namespace}}
spec:
  podSelector: {}
  ingress:
  - from:
    - ${peer}
`;
const policy = (peer: string) => policyIn('back', peer);
/** `front` crowded with 70 more pods (web-0 … web-69), over the size at which the rule looks a peer up by its rarest label. */
const crowdedFront = (peer: string) =>
  `${Array.from({ length: 70 }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: web-${i}, namespace: front, labels: {app: web-${i}}}\nspec: {containers: [{name: c}]}\n---\n`).join('')}${policyIn('front', peer)}`;
const dnsPods = 'podSelector: {matchLabels: {k8s-app: kube-dns}}';

ruleTester(rule, {
  valid: [
    {
      name: "Calico rule selectors: one that matches a workload, one that matches a NetworkSet of the namespace, one with a namespaceSelector, one in a namespace without workloads",
      code: `${world}apiVersion: projectcalico.org/v3
kind: NetworkSet
metadata: {name: partners, namespace: front, labels: {role: partner}}
spec: {nets: [198.51.100.0/24]}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: ui, namespace: front}
spec:
  selector: app == 'ui'
  ingress:
  - {action: Allow, source: {selector: app == 'ui'}}
  - {action: Allow, source: {selector: "app in {'zz', 'ui'} && has(app)"}}
  - {action: Allow, source: {selector: role == 'partner'}}
  - {action: Allow, source: {selector: app == 'pay', namespaceSelector: all()}}
  - {action: Allow, source: {selector: app == 'x', namespaceSelector: team == 'web'}}
  - {action: Allow, source: {selector: app == 'x', namespaceSelector: projectcalico.org/name == 'kube-system'}}
  - {action: Deny, source: {selector: projectcalico.org/namespace == 'front'}}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: x, namespace: back}
spec:
  selector: all()
  egress: [{action: Allow, destination: {selector: app == 'nothing-here'}}]
`,
    },
    // The namespace is not declared (billing holds a workload only): its labels are not known.
    { name: 'namespaceSelector name: billing, a namespace the input does not declare', code: policyIn('back', '{namespaceSelector: {matchLabels: {name: billing}}}') },
    {
      name: 'namespaceSelector name: front, where the input labels Namespace front so',
      code: policyIn('back', '{namespaceSelector: {matchLabels: {name: front}}}').replace('labels: {team: web}', 'labels: {team: web, name: front}'),
    },
    { name: 'namespace and pod labels that exist', code: policy('{namespaceSelector: {matchLabels: {team: web}}, podSelector: {matchLabels: {app: ui}}}') },
    { name: 'the implicit namespace name label', code: policy('{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: front}}}') },
    { name: 'an ipBlock is not judged', code: policy('{ipBlock: {cidr: 10.0.0.0/8}}') },
    {
      // Linted without any workload (a policy file on its own), no peer can be proved to match nothing.
      name: 'an input without workloads: nothing is judged',
      code: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p, namespace: back}
spec:
  podSelector: {}
  ingress:
  - from:
    - {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: front}}, podSelector: {matchLabels: {app: ui}}}
    - {podSelector: {matchLabels: {app: gone}}}
    - {namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: []}]}}
`,
    },
    {
      name: 'cluster DNS in a namespace the input does not hold cannot be judged',
      code: policy(`{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, ${dnsPods}}`),
    },
    { name: 'a podSelector for a namespace whose workloads are elsewhere', code: policy('{podSelector: {matchLabels: {app: billing}}}') },
    // The "allow the same namespace" idiom, in a namespace whose workloads the input does not hold.
    { name: 'an empty podSelector in a namespace without workloads in the input', code: policy('{podSelector: {}}') },
    // namespaceSelector {} selects every namespace of the cluster, kube-system included.
    { name: 'cluster DNS in any namespace (namespaceSelector: {})', code: policy(`{namespaceSelector: {}, ${dnsPods}}`) },
    { name: 'cluster DNS by an In expression over the namespace name', code: policy(`{namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [kube-system]}]}, ${dnsPods}}`) },
    {
      name: 'an In expression naming a namespace of the input and one outside it',
      code: policy(`{namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [front, kube-system]}]}, ${dnsPods}}`),
    },
    // Namespaces outside the input may carry any label.
    { name: 'a namespace label no Namespace of the input has', code: policy('{namespaceSelector: {matchLabels: {team: frontend}}}') },
    { name: 'a namespace label that matches a declared Namespace whose pods do not match', code: policy('{namespaceSelector: {matchLabels: {team: web}}, podSelector: {matchLabels: {app: api}}}') },
    { name: 'a label selector with NotIn over the namespace name', code: policy(`{namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: [front]}]}, ${dnsPods}}`) },
    {
      name: 'a named namespace without a Namespace object, selected by name and another label, whose pods match',
      code: policy('{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: billing, team: pay}}, podSelector: {matchLabels: {app: pay}}}'),
    },
    {
      // Every cluster runs its DNS pods; a kube-system workload of the input (calico-node) does not make them absent.
      name: 'cluster DNS in kube-system, where the input holds other workloads but no DNS pods',
      code: `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: calico-node, namespace: kube-system}\nspec: {template: {metadata: {labels: {k8s-app: calico-node}}, spec: {containers: [{name: c}]}}}\n---\n${policy(`{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, ${dnsPods}}`)}`,
    },
    { name: 'a declared namespace without workloads in the input', code: `apiVersion: v1\nkind: Namespace\nmetadata: {name: kube-system}\n---\n${policy(`{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, ${dnsPods}}`)}` },
    { name: 'a podSelector alone naming one of many workloads of its namespace', code: crowdedFront('{podSelector: {matchLabels: {app: web-7}}}') },
    { name: 'a podSelector alone by an In expression, in a crowded namespace', code: crowdedFront('{podSelector: {matchExpressions: [{key: app, operator: In, values: [nope, web-2]}]}}') },
  ],
  invalid: [
    {
      // The fresh-eyes review's typo: a Calico rule selector that names no workload of the policy's namespace.
      name: 'a Calico NetworkPolicy rule selector that matches no workload or NetworkSet of its namespace',
      code: `${world}apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: ui, namespace: front}
spec:
  selector: app == 'ui'
  ingress:
  - action: Allow
    source: {selector: app == 'uii'}
`,
      errors: [{ messageId: 'calicoNothing', line: 22, column: 24, message: 'this source.selector matches none of the 1 workload in namespace front, nor a NetworkSet there, so the rule allows nothing it was written for' }],
    },
    {
      name: "a Calico rule selector's in-set that names no value the namespace's workloads carry",
      code: `${world}apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: ui, namespace: front}
spec:
  selector: app == 'ui'
  egress:
  - action: Deny
    destination: {selector: "app in {'iu', 'uj'}"}
`,
      errors: [{ messageId: 'calicoNothing', line: 22, column: 29, message: /^this destination\.selector matches none of the 1 workload in namespace front, nor a NetworkSet there, so the rule denies nothing it was written for$/ }],
    },
    {
      name: 'a Calico rule selector looking in a namespace its namespaceSelector names, where nothing matches',
      code: `${world}apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: pay, namespace: billing}
spec:
  selector: app == 'pay'
  ingress:
  - action: Allow
    source: {namespaceSelector: kubernetes.io/metadata.name == 'front', selector: app == 'iu'}
`,
      errors: [{ messageId: 'calicoNothing', line: 22, column: 83, message: /^this source\.selector matches none of the 1 workload in namespace front,/ }],
    },
    {
      // Kubernetes labels every namespace kubernetes.io/metadata.name from 1.21; `name` is the older convention someone adds.
      name: 'namespaceSelector name: front, where the input declares Namespace front without that label',
      code: policyIn('back', '{namespaceSelector: {matchLabels: {name: front}}, podSelector: {matchLabels: {app: ui}}}'),
      errors: [{ messageId: 'nameLabel', line: 22, column: 7, message: /^this namespaceSelector asks for the label name: front, which Namespace front in the input does not carry.*Select kubernetes\.io\/metadata\.name: front$/ }],
    },
    {
      name: 'a podSelector alone matching nothing in a namespace that holds a custom resource with a pod template (Strimzi\'s template.pod): info',
      code: `${policyIn('front', '{podSelector: {matchLabels: {app: api}}}')}---\napiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata: {name: events, namespace: front}\nspec: {kafka: {replicas: 3, template: {pod: {metadata: {labels: {app: api}}}}}}\n`,
      errors: [{ messageId: 'nothingButOperator', line: 22, column: 7, severity: 'info', message: 'this peer matches none of the 2 workloads in the input; the pods of Kafka front/events, which its operator makes, may be what it selects' }],
    },
    {
      name: 'a custom resource that describes no pods (an OpenShift Route) leaves the warning',
      code: `${policyIn('front', '{podSelector: {matchLabels: {app: api}}}')}---\napiVersion: route.openshift.io/v1\nkind: Route\nmetadata: {name: ui, namespace: front}\nspec: {to: {kind: Service, name: ui}, tls: {termination: edge}}\n`,
      errors: [{ messageId: 'nothing', line: 22, column: 7, severity: 'warning', message: 'this peer matches none of the 2 workloads in the input' }],
    },
    {
      // Calico adds `projectcalico.org/orchestrator == 'k8s'` to a Kubernetes peer's pod selector
      // (libcalico-go k8s/conversion/conversion.go k8sSelectorToCalico): it never picks a HostEndpoint.
      name: 'a Kubernetes peer with the labels of a HostEndpoint only',
      code: `${policyIn('front', '{podSelector: {matchLabels: {role: edge}}}')}---\napiVersion: projectcalico.org/v3\nkind: HostEndpoint\nmetadata: {name: n1-eth0, labels: {role: edge}}\nspec: {node: n1, interfaceName: eth0}\n`,
      errors: [{ messageId: 'nothing', line: 22, column: 7 }],
    },
    {
      name: 'a podSelector alone looks in the policy\'s own namespace',
      code: policy('{podSelector: {matchLabels: {app: ui}}}'),
      errors: [{ messageId: 'otherNamespace', line: 22, column: 7, message: 'this podSelector looks only in namespace back, where nothing matches; the matching workloads are in front (a namespaceSelector is missing?)' }],
    },
    {
      name: 'a podSelector alone that no workload of the policy\'s namespace matches',
      code: policyIn('front', '{podSelector: {matchLabels: {app: api}}}'),
      errors: [{ messageId: 'nothing', line: 22, column: 7, message: 'this peer matches none of the 2 workloads in the input' }],
    },
    {
      name: 'a declared namespace pinned by name whose pods do not match',
      code: policy('{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: front}}, podSelector: {matchLabels: {app: api}}}'),
      errors: [{ messageId: 'nothing', line: 22, column: 7, message: 'this peer matches none of the 2 workloads in the input' }],
    },
    {
      name: 'an In expression over declared namespaces whose pods do not match',
      code: policy('{namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [front, billing]}]}, podSelector: {matchLabels: {app: api}}}'),
      errors: [{ messageId: 'nothing', line: 22, column: 7 }],
    },
    {
      name: 'a namespace of the input without a Namespace object, pinned by name, whose pods do not match',
      code: policy('{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: billing}}, podSelector: {matchLabels: {app: ui}}}'),
      errors: [{ messageId: 'nothing', line: 22, column: 7 }],
    },
    {
      name: 'a namespace without a Namespace object, by name and another label, whose pods do not match',
      code: policy('{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: billing, team: pay}}, podSelector: {matchLabels: {app: ui}}}'),
      errors: [{ messageId: 'nothing', line: 22, column: 7 }],
    },
    {
      name: 'a declared namespace pinned by name with a label it does not carry',
      code: policy('{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: front, team: api}}}'),
      errors: [{ messageId: 'noNamespace', line: 22, column: 7, message: 'this namespaceSelector matches no namespace (it is limited to front, whose labels do not satisfy the rest of it)' }],
    },
    {
      // The only app=pay workload is in billing: found through the label, not in the namespace.
      name: 'a podSelector alone whose label is carried in another namespace only, in a crowded namespace',
      code: crowdedFront('{podSelector: {matchLabels: {app: pay}}}'),
      errors: [{ messageId: 'nothing', line: 372, column: 7, message: 'this peer matches none of the 72 workloads in the input' }],
    },
    {
      name: 'name requirements that no namespace can meet',
      code: policy('{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: front}, matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [billing]}]}}'),
      errors: [{ messageId: 'noNamespace', line: 22, column: 7, message: 'this namespaceSelector matches no namespace (its kubernetes.io/metadata.name requirements admit no name)' }],
    },
  ],
});
