import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './policy-selects-nothing.js';

const deploy = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop, labels: {app: website}}
spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web}]}}}
---
`;
const policy = (selector: string) => `${deploy}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p, namespace: shop}
spec:
  podSelector: ${selector}
`;

// A StatefulSet of namespace shop running as ServiceAccount db (or as the namespace's default one).
const db = (account: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: shop}
spec:
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {${account}containers: [{name: pg}]}
---
`;
const serviceAccount = (labels: string) => `apiVersion: v1
kind: ServiceAccount
metadata: {name: db, namespace: shop, labels: {${labels}}}
---
`;
/** A Calico NetworkPolicy of namespace shop selecting by ServiceAccount labels; `spec.selector` is on line 5 of it. */
const calicoBySa = (selector: string) => `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: sa-based, namespace: shop}
spec:
  selector: ${selector}
  serviceAccountSelector: role == 'db'
  ingress: [{action: Allow, protocol: TCP, destination: {ports: [5432]}}]
`;
/** A HostEndpoint of node n1 labelled `role: edge` (and listing `profiles`), then a Calico policy of kind `kind` with `spec`. */
const hostEndpoint = (profiles: string) => `apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: n1-eth0, labels: {role: edge}}
spec: {node: n1, interfaceName: eth0${profiles}}
---
`;
/** Namespace shop labelled team=red, then a GlobalNetworkPolicy selecting by `selector`, on line 3 of it. */
const shopRed = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {team: red}}\n---\n';
const gnpSelecting = (selector: string) => `apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: g}\nspec:\n  selector: ${selector}\n`;
const calico = (kind: string, spec: string) => `apiVersion: projectcalico.org/v3\nkind: ${kind}\nmetadata: {name: nodeport${kind === 'NetworkPolicy' ? ', namespace: shop' : ''}}\nspec:\n${spec}\n  ingress: [{action: Allow, protocol: TCP, destination: {ports: [31852]}}]\n`;

ruleTester(rule, {
  valid: [
    { name: 'selects the pod template labels', code: policy('{matchLabels: {app: web}}') },
    // The ServiceAccount's labels are unknown when its object is not in the input.
    { name: 'a serviceAccountSelector and a ServiceAccount that is not in the input', code: `${db('serviceAccountName: db, ')}${calicoBySa('all()')}` },
    { name: 'a serviceAccountSelector and the default ServiceAccount, not in the input', code: `${db('')}${calicoBySa('all()')}` },
    { name: 'a serviceAccountSelector and a ServiceAccount of the input that carries the label', code: `${serviceAccount('role: db')}${db('serviceAccountName: db, ')}${calicoBySa('all()')}` },
    {
      name: 'a GlobalNetworkPolicy serviceAccountSelector and a ServiceAccount that is not in the input',
      code: `${db('serviceAccountName: db, ')}apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: g}\nspec:\n  serviceAccountSelector: role == 'db'\n`,
    },
    // Felix matches policy selectors against host endpoints too (felix/calc/active_rules_calculator.go).
    { name: 'a GlobalNetworkPolicy that selects a HostEndpoint only', code: `${deploy}${hostEndpoint('')}${calico('GlobalNetworkPolicy', "  selector: role == 'edge'")}` },
    {
      name: 'a GlobalNetworkPolicy that selects a HostEndpoint by a label of its Profile',
      code: `${deploy}${hostEndpoint(', profiles: [edge-profile]')}apiVersion: projectcalico.org/v3\nkind: Profile\nmetadata: {name: edge-profile}\nspec: {labelsToApply: {zone: dmz}}\n---\n${calico('GlobalNetworkPolicy', "  selector: zone == 'dmz'")}`,
    },
    {
      // Every cluster runs its DNS pods (kube-system k8s-app=kube-dns; openshift-dns on OpenShift) though the input does not show them.
      name: 'policies for the cluster DNS pods the input does not hold: a GlobalNetworkPolicy, a kube-system NetworkPolicy, an OpenShift DNS policy',
      code: `${deploy}${calico('GlobalNetworkPolicy', "  selector: k8s-app == 'kube-dns'")}---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: dns, namespace: kube-system}\nspec: {podSelector: {matchLabels: {k8s-app: kube-dns}}}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x, namespace: kube-system}\nspec: {template: {metadata: {labels: {app: x}}, spec: {containers: [{name: x}]}}}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: dns, namespace: openshift-dns}\nspec: {podSelector: {matchLabels: {dns.operator.openshift.io/daemonset-dns: default}}}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x, namespace: openshift-dns}\nspec: {template: {metadata: {labels: {app: x}}, spec: {containers: [{name: x}]}}}\n`,
    },
    {
      // Calico's automatic host endpoints carry their node's labels (docs: Protect Kubernetes nodes).
      name: 'GlobalNetworkPolicies for nodes\' host endpoints, by node labels only',
      code: `${deploy}${calico('GlobalNetworkPolicy', "  selector: has(kubernetes.io/hostname)")}---\n${calico('GlobalNetworkPolicy', "  selector: has(eks.amazonaws.com/nodegroup) && projectcalico.org/created-by == 'calico-kube-controllers'").replace('nodeport', 'eks')}`,
    },
    { name: 'no workload in the namespace (nothing to compare with)', code: 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec: {podSelector: {matchLabels: {app: x}}}\n' },
    {
      // prometheus-operator puts spec.podMetadata.labels and prometheus: <name> on the pods it runs
      // (pkg/prometheus/statefulset.go); kube-prometheus' prometheus-k8s and alertmanager-main policies select them so.
      name: 'the pods prometheus-operator runs for a Prometheus and an Alertmanager, by podMetadata and by name',
      code: `${deploy}apiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata: {name: k8s, namespace: shop}\nspec: {podMetadata: {labels: {app.kubernetes.io/name: prometheus}}}\n---\napiVersion: monitoring.coreos.com/v1\nkind: Alertmanager\nmetadata: {name: main, namespace: shop}\nspec: {}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: prometheus-k8s, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app.kubernetes.io/name: prometheus}}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: alertmanager-main, namespace: shop}\nspec:\n  podSelector: {matchLabels: {alertmanager: main}}\n`,
    },
    // Calico endpoints inherit their namespace's labels under pcns. and their ServiceAccount's under pcsa. (libcalico-go k8s/conversion).
    { name: "a GlobalNetworkPolicy selecting by its namespace's labels under pcns.", code: `${shopRed}${db('serviceAccountName: db, ')}${gnpSelecting("pcns.team == 'red' && app == 'db'")}` },
    { name: 'a GlobalNetworkPolicy selecting by the namespace name under pcns. and the account name under pcsa.', code: `${db('serviceAccountName: db, ')}${gnpSelecting("pcns.projectcalico.org/name == 'shop' && pcsa.projectcalico.org/name == 'db'")}` },
    { name: 'a GlobalNetworkPolicy selecting by account labels under pcsa., the ServiceAccount not in the input', code: `${db('serviceAccountName: db, ')}${gnpSelecting("pcsa.role == 'db'")}` },
    { name: 'a GlobalNetworkPolicy selecting by account labels under pcsa., the ServiceAccount in the input', code: `${serviceAccount('role: db')}${db('serviceAccountName: db, ')}${gnpSelecting("pcsa.role == 'db'")}` },
    {
      // globalnetworkpolicyprocessor.go: the namespaceSelector and serviceAccountSelector go over pcns./pcsa. keys, which a
      // host endpoint lacks, so a negative one holds for it (all() there is read as has(projectcalico.org/namespace) or
      // has(projectcalico.org/serviceaccount), which it lacks too: the invalid case below). Namespace shop is labelled
      // team, so neither policy selects the workload.
      name: 'a GlobalNetworkPolicy whose namespaceSelector or serviceAccountSelector holds for no labels, selecting a HostEndpoint',
      code: {
        'a.yaml': `apiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {team: blue}}\n---\n${deploy}${hostEndpoint('')}${calico('GlobalNetworkPolicy', "  selector: role == 'edge'\n  namespaceSelector: '!has(team)'")}`,
        'b.yaml': calico('GlobalNetworkPolicy', "  selector: role == 'edge'\n  serviceAccountSelector: PCI != 'true'").replace('nodeport', 'pci'),
      },
    },
  ],
  invalid: [
    {
      name: 'a GlobalNetworkPolicy selecting by namespace labels under pcns. that no namespace of a workload carries',
      code: `${shopRed}${db('serviceAccountName: db, ')}${gnpSelecting("pcns.team == 'blue'")}`,
      errors: [{ messageId: 'nothing', line: 18, column: 13 }],
    },
    {
      name: "a GlobalNetworkPolicy selecting by account labels under pcsa. that the input's ServiceAccount does not carry, or by a pod's own pcns. label, which Calico drops",
      code: `${serviceAccount('role: web')}${db('serviceAccountName: db, ')}${gnpSelecting("pcsa.role == 'db'")}---\n${gnpSelecting("pcns.zone == 'a'").replace('name: g', 'name: h')}---\napiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: shop, labels: {pcns.zone: a}}\nspec: {serviceAccountName: db, containers: [{name: c}]}\n`,
      errors: [
        { messageId: 'nothing', line: 18, column: 13 },
        { messageId: 'nothing', line: 24, column: 13 },
      ],
    },
    {
      name: 'an operator whose ServiceAccount may create pods (a ClusterRoleBinding to a ClusterRole with create on pods): info; one that may only read pods: warning',
      code: [
        'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: manager, namespace: storage}\nspec: {template: {metadata: {labels: {app: manager}}, spec: {serviceAccountName: manager, containers: [{name: m}]}}}',
        'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: manager, namespace: storage}',
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: manager}\nrules:\n- apiGroups: [""]\n  resources: [pods, services]\n  verbs: ["*"]',
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: manager}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: manager}\nsubjects: [{kind: ServiceAccount, name: manager, namespace: storage}]',
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: instance-manager, namespace: storage}\nspec:\n  podSelector: {matchLabels: {component: instance-manager}}',
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: reader, namespace: view}\nspec: {template: {metadata: {labels: {app: reader}}, spec: {serviceAccountName: reader, containers: [{name: r}]}}}',
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: reader, namespace: view}\nrules:\n- apiGroups: [""]\n  resources: [pods]\n  verbs: [get, list, watch]',
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: reader, namespace: view}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}\nsubjects: [{kind: ServiceAccount, name: reader}]',
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: view}\nspec:\n  podSelector: {matchLabels: {app: readr}}',
        '',
      ].join('\n---\n'),
      errors: [
        { messageId: 'nothingButOperator', line: 28, column: 3, severity: 'info', message: 'NetworkPolicy storage/instance-manager selects none of the 1 workload in namespace storage; the pods that DaemonSet storage/manager creates (its ServiceAccount may create pods) may be what it selects' },
        { messageId: 'nothing', line: 53, column: 3, severity: 'warning' },
      ],
    },
    {
      // Longhorn's deploy/longhorn-okd.yaml: the manager may create pods; the Route of its UI runs none.
      name: 'a Route and a workload that may create pods in the namespace: the workload is named',
      code: [
        'apiVersion: route.openshift.io/v1\nkind: Route\nmetadata: {name: ui, namespace: storage}\nspec: {to: {kind: Service, name: ui}}',
        'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: manager, namespace: storage}\nspec: {template: {metadata: {labels: {app: manager}}, spec: {serviceAccountName: manager, containers: [{name: m}]}}}',
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: manager, namespace: storage}\nrules:\n- apiGroups: [""]\n  resources: [pods]\n  verbs: ["*"]',
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: manager, namespace: storage}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: manager}\nsubjects: [{kind: ServiceAccount, name: manager}]',
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: instance-manager, namespace: storage}\nspec:\n  podSelector: {matchLabels: {component: instance-manager}}',
        '',
      ].join('\n---\n'),
      errors: [
        { messageId: 'nothingButOperator', line: 29, column: 3, severity: 'info', message: 'NetworkPolicy storage/instance-manager selects none of the 1 workload in namespace storage; the pods that DaemonSet storage/manager creates (its ServiceAccount may create pods) may be what it selects' },
      ],
    },
    {
      name: 'a custom resource that describes no pods (a ServiceMonitor), or a workload of Kubernetes\' old extensions group, leaves the warning',
      code: `${deploy}apiVersion: extensions/v1beta1\nkind: DaemonSet\nmetadata: {name: agent, namespace: shop}\nspec: {template: {metadata: {labels: {app: agent}}, spec: {containers: [{name: a}]}}}\n---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: {name: web, namespace: shop}\nspec: {selector: {matchLabels: {app: web}}, endpoints: [{port: http}]}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: api}}\n`,
      errors: [{ messageId: 'nothing', line: 20, column: 3, severity: 'warning', message: 'NetworkPolicy shop/p selects none of the 2 workloads in namespace shop' }],
    },
    {
      // Antrea's and OVN-Kubernetes' policy objects, and any kind named for a policy or firewall, are rules other software enforces.
      name: "a CNI's policy objects (an Antrea NetworkPolicy, an OVN-Kubernetes EgressFirewall, a Kyverno-style ClusterPolicy) run no pods: the warning stays",
      code: `${deploy}apiVersion: crd.antrea.io/v1beta1\nkind: NetworkPolicy\nmetadata: {name: annp, namespace: shop}\nspec: {priority: 5, appliedTo: [{podSelector: {}}]}\n---\napiVersion: k8s.ovn.org/v1\nkind: EgressFirewall\nmetadata: {name: default, namespace: shop}\nspec: {egress: [{type: Deny, to: {cidrSelector: 0.0.0.0/0}}]}\n---\napiVersion: example.dev/v1\nkind: AuditPolicy\nmetadata: {name: a, namespace: shop}\nspec: {level: Metadata}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: api}}\n`,
      errors: [{ messageId: 'nothing', line: 25, column: 3, severity: 'warning', message: 'NetworkPolicy shop/p selects none of the 1 workload in namespace shop' }],
    },
    {
      // A kustomization's namespace lands on a kind it does not know is cluster-scoped (kubeflow's
      // ClusterTrainingRuntime); the API server drops it, so nothing of that kind runs in the namespace.
      name: 'a custom resource of a kind the input\'s CRD declares cluster-scoped runs nothing in a namespace: the warning stays',
      code: `${deploy}apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: clusterruntimes.example.dev}\nspec: {group: example.dev, scope: Cluster, names: {kind: ClusterRuntime, plural: clusterruntimes}, versions: [{name: v1, served: true, storage: true}]}\n---\napiVersion: example.dev/v1\nkind: ClusterRuntime\nmetadata: {name: torch, namespace: shop}\nspec: {template: {spec: {containers: [{name: t}]}}}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: api}}\n`,
      errors: [{ messageId: 'nothing', line: 20, column: 3, severity: 'warning', message: 'NetworkPolicy shop/p selects none of the 1 workload in namespace shop' }],
    },
    {
      // KubeVirt runs a VirtualMachine in a virt-launcher pod carrying spec.template.metadata.labels
      // (a template of a `domain`, not of containers): a selector for it is no mistake. A Certificate runs nothing.
      name: 'a KubeVirt VirtualMachine, whose template makes a virt-launcher pod: info; beside only a Certificate: warning',
      code: `${deploy}apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata: {name: vm1, namespace: shop}\nspec: {running: true, template: {metadata: {labels: {kubevirt.io/domain: vm1}}, spec: {domain: {devices: {}}}}}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec:\n  podSelector: {matchLabels: {kubevirt.io/domain: vm1}}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w, namespace: other}\nspec: {template: {metadata: {labels: {app: w}}, spec: {containers: [{name: w}]}}}\n---\napiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: tls, namespace: other}\nspec: {secretName: tls}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: q, namespace: other}\nspec:\n  podSelector: {matchLabels: {app: x}}\n`,
      errors: [
        { messageId: 'nothingButOperator', line: 15, column: 3, severity: 'info', message: /the pods of VirtualMachine shop\/vm1, which its operator makes, may be what it selects$/ },
        { messageId: 'nothing', line: 31, column: 3, severity: 'warning' },
      ],
    },
    {
      // Written to be applied with -n, like the Deployment beside it: the model puts both in default.
      name: 'a custom resource without metadata.namespace whose spec is a pod template (a VirtualMachine) counts in default; an Installation whose overrides hold a template deeper down does not',
      code: {
        'vm.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: w}]}}}\n---\napiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata: {name: vm1}\nspec: {template: {metadata: {labels: {kubevirt.io/domain: vm1}}, spec: {domain: {devices: {}}}}}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: vm}\nspec:\n  podSelector: {matchLabels: {kubevirt.io/domain: vm1}}\n`,
        'calico.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w, namespace: other}\nspec: {template: {metadata: {labels: {app: w}}, spec: {containers: [{name: w}]}}}\n---\napiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec: {calicoNodeDaemonSet: {spec: {template: {spec: {containers: [{name: calico-node}]}}}}}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: q, namespace: other}\nspec:\n  podSelector: {matchLabels: {app: x}}\n`,
      },
      errors: [
        { file: 'calico.yaml', messageId: 'nothing', line: 15, column: 3, severity: 'warning' },
        { file: 'vm.yaml', messageId: 'nothingButOperator', line: 15, column: 3, severity: 'info', message: 'NetworkPolicy default/vm selects none of the 1 workload in namespace default; the pods of VirtualMachine default/vm1, which its operator makes, may be what it selects' },
      ],
    },
    {
      name: 'the namespace also holds a custom resource whose operator runs pods (a Prometheus): info; one holding only a ConfigMap still warns, whatever cluster-scoped resources the input holds',
      code: `${deploy}apiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata: {name: main, namespace: shop}\nspec: {replicas: 2}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app.kubernetes.io/name: prometheus}}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: other}\n---\napiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w, namespace: other}\nspec: {template: {metadata: {labels: {app: w}}, spec: {containers: [{name: w}]}}}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: q, namespace: other}\nspec:\n  podSelector: {matchLabels: {app: x}}\n`,
      errors: [
        // Later operator releases add app.kubernetes.io/name: prometheus, which the model does not know.
        { messageId: 'nothingButOperator', line: 15, column: 3, severity: 'info', message: 'NetworkPolicy shop/p selects none of the 2 workloads in namespace shop; the pods of Prometheus shop/main, which its operator makes, may be what it selects' },
        { messageId: 'nothing', line: 34, column: 3, severity: 'warning' },
      ],
    },
    {
      // kube-prometheus' node-exporter policy: NetworkPolicy behaviour is undefined for host-network pods
      // (Kubernetes' NetworkPolicy page), and prometheus-operator#228 reports that such a policy restricts nothing.
      name: 'a policy that selects only a host-network DaemonSet',
      code: `${deploy}apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: node-exporter, namespace: shop}\nspec: {template: {metadata: {labels: {app: node-exporter}}, spec: {hostNetwork: true, containers: [{name: e}]}}}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: node-exporter, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: node-exporter}}\n`,
      errors: [{ messageId: 'hostNetworkOnly', line: 15, column: 3, severity: 'warning', message: 'NetworkPolicy shop/node-exporter selects only DaemonSet shop/node-exporter, which runs on the host network: NetworkPolicy behaviour is undefined for host-network pods (most network plugins do not apply it), so it restricts nothing there' }],
    },
    {
      name: 'selects the Deployment\'s own labels instead of the template\'s',
      code: policy('{matchLabels: {app: website}}'),
      errors: [{ messageId: 'nothing', line: 10, column: 3, message: 'NetworkPolicy shop/p selects none of the 1 workload in namespace shop' }],
    },
    {
      name: 'a Calico GlobalNetworkPolicy',
      code: `${deploy}apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: g}\nspec:\n  selector: app == 'api'\n`,
      errors: [{ messageId: 'nothing', line: 10, column: 13 }],
    },
    {
      // A pod label beside the node label, or a namespaced policy: pods are what it is for.
      name: 'a node label beside a pod label, or in a namespaced Calico policy, is not a host-endpoint policy',
      code: `${deploy}${calico('GlobalNetworkPolicy', "  selector: has(node-role.kubernetes.io/worker) && app == 'api'")}---\n${calico('NetworkPolicy', "  selector: has(kubernetes.io/hostname)")}`,
      errors: [{ messageId: 'nothing', line: 10, column: 13 }, { messageId: 'nothing', line: 17, column: 13 }],
    },
    {
      // Calico's quarantine pattern: pods get the label at run time (kubectl label pod … quarantine=true);
      // a Log rule before the Deny (it logs and goes on) keeps it a deny-only policy.
      name: 'a GlobalNetworkPolicy that only denies, for a label no workload carries: info; a near miss of a carried label, or a policy that allows, stays a warning',
      code: `${deploy}apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: quarantine}\nspec:\n  selector: quarantine == 'true'\n  types: [Ingress, Egress]\n  ingress: [{action: Log}, {action: Deny}]\n  egress: [{action: Deny}]\n---\napiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: typo}\nspec:\n  selector: ap == 'web'\n  ingress: [{action: Deny}]\n---\napiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: allows}\nspec:\n  selector: quarantine == 'true'\n  ingress: [{action: Deny}, {action: Allow}]\n`,
      errors: [
        { messageId: 'nothingRuntimeLabel', line: 10, column: 13, severity: 'info', message: 'GlobalNetworkPolicy quarantine selects none of the 1 workload in the input, and none of them carries label quarantine or one like it: a label set at run time (e.g. `kubectl label pod`) or on pods the input does not show' },
        { messageId: 'nothing', line: 19, column: 13, severity: 'warning' },
        { messageId: 'nothing', line: 26, column: 13, severity: 'warning' },
      ],
    },
    {
      // The DNS pods live in kube-system: a shop policy for their labels selects nothing there.
      name: 'a namespaced policy for the DNS pods\' labels outside the DNS namespace',
      code: policy('{matchLabels: {k8s-app: kube-dns}}'),
      errors: [{ messageId: 'nothing', line: 10, column: 3 }],
    },
    {
      name: 'HostEndpoints carry no namespace or ServiceAccount labels: a namespaced Calico policy, a namespaceSelector or a serviceAccountSelector picks none; nor does a selector its labels miss',
      code: {
        'a.yaml': `${deploy}${hostEndpoint('')}${calico('NetworkPolicy', "  selector: role == 'edge'")}`,
        'b.yaml': calico('GlobalNetworkPolicy', "  selector: role == 'edge'\n  namespaceSelector: all()"),
        'c.yaml': calico('GlobalNetworkPolicy', "  selector: role == 'edge'\n  serviceAccountSelector: all()"),
        'd.yaml': calico('GlobalNetworkPolicy', "  selector: role == 'core'"),
      },
      errors: [
        { file: 'a.yaml', messageId: 'nothing', line: 15, column: 13, message: 'CalicoNetworkPolicy shop/nodeport selects none of the 1 workload in namespace shop' },
        { file: 'b.yaml', messageId: 'nothing', line: 5, column: 13 },
        { file: 'c.yaml', messageId: 'nothing', line: 5, column: 13 },
        { file: 'd.yaml', messageId: 'nothing', line: 5, column: 13 },
      ],
    },
    {
      // A Calico endpoint carries its namespace's labels only under pcns. (libcalico-go k8s/conversion NamespaceToProfile):
      // a warning even for a policy that only denies (a namespace label is no quarantine label set on pods at run time).
      name: "a Calico selector on a namespace's label, written as a pod label",
      code: {
        'a.yaml': `${shopRed}${db('serviceAccountName: db, ')}${gnpSelecting("team == 'red'")}  ingress: [{action: Deny}]\n`,
        'b.yaml': `apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: {name: by-name, namespace: shop}\nspec:\n  selector: kubernetes.io/metadata.name == 'shop'\n`,
      },
      errors: [
        { file: 'a.yaml', messageId: 'nothingNamespaceLabel', severity: 'warning', line: 18, column: 13, message: "GlobalNetworkPolicy g selects none of the 1 workload in the input: team is a label of namespace shop, which its pods do not carry; a Calico selector reads a namespace's labels as pcns.team, or select the namespace with namespaceSelector" },
        { file: 'b.yaml', messageId: 'nothingNamespaceLabel', line: 5, column: 13, message: /: kubernetes\.io\/metadata\.name is a label of namespace shop, .* as pcns\.kubernetes\.io\/metadata\.name, / },
      ],
    },
    {
      name: 'a Kubernetes NetworkPolicy never selects a HostEndpoint (Calico adds projectcalico.org/orchestrator == k8s)',
      code: `${hostEndpoint('')}${policy('{matchLabels: {role: edge}}')}`,
      errors: [{ messageId: 'nothing', line: 15, column: 3 }],
    },
    {
      name: 'a serviceAccountSelector and a ServiceAccount of the input without the label',
      code: `${serviceAccount('role: web')}${db('serviceAccountName: db, ')}${calicoBySa('all()')}`,
      errors: [{ messageId: 'nothing', line: 18, column: 13, message: 'CalicoNetworkPolicy shop/sa-based selects none of the 1 workload in namespace shop' }],
    },
    {
      name: 'a selector that rules the workload out, whatever its ServiceAccount\'s labels',
      code: `${db('serviceAccountName: db, ')}${calicoBySa("app == 'api'")}`,
      errors: [{ messageId: 'nothing', line: 14, column: 13 }],
    },
  ],
});
