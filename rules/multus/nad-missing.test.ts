import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { docs, nad, podWith } from './lib/fixtures.js';
import rule from './nad-missing.js';

const flannelNad = (name: string, ns: string | null) => nad(name, ns, '{"cniVersion": "0.3.1", "type": "flannel"}');
/** NVIDIA network-operator networks (cluster-scoped); `spec` is a YAML flow mapping body. */
const nvidia = (kind: string, name: string, spec: string) => `apiVersion: mellanox.com/v1alpha1\nkind: ${kind}\nmetadata: { name: ${name} }\nspec: { ${spec} }\n`;
/** An OVN-Kubernetes UserDefinedNetwork with a layer2 network of the given role. */
const udn = (name: string, ns: string, role: string) =>
  `apiVersion: k8s.ovn.org/v1\nkind: UserDefinedNetwork\nmetadata: { name: ${name}, namespace: ${ns} }\nspec: { topology: Layer2, layer2: { role: ${role}, subnets: [10.20.0.0/16] } }\n`;
/** An OVN-Kubernetes ClusterUserDefinedNetwork with the given namespaceSelector (YAML flow). */
const cudn = (name: string, selector: string) =>
  `apiVersion: k8s.ovn.org/v1\nkind: ClusterUserDefinedNetwork\nmetadata: { name: ${name} }\nspec: { namespaceSelector: ${selector}, network: { topology: Layer3, layer3: { role: Secondary, subnets: [{ cidr: 10.30.0.0/16 }] } } }\n`;
/** OpenShift's cluster network operator config with the given spec.additionalNetworks entries (YAML flow). */
const cnoNetwork = (entries: string) => `apiVersion: operator.openshift.io/v1\nkind: Network\nmetadata: { name: cluster }\nspec: { additionalNetworks: [${entries}] }\n`;
const namespace = (name: string, labels: string) => `apiVersion: v1\nkind: Namespace\nmetadata: { name: ${name}, labels: ${labels} }\n`;

ruleTester(rule, {
  valid: [
    { name: 'NAD in the pod namespace', code: { 'nad.yaml': flannelNad('flannel-net', 'apps'), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: flannel-net') } },
    { name: 'qualified reference to another namespace', code: { 'nad.yaml': flannelNad('flannel-net', 'infra'), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: infra/flannel-net') } },
    { name: 'default-network resolved in kube-system', code: { 'nad.yaml': flannelNad('flannel-default', 'kube-system'), 'pod.yaml': podWith('v1.multus-cni.io/default-network: flannel-default') } },
    {
      name: 'NADs an operator makes: a SriovNetwork in spec.networkNamespace, an OVSNetwork in its own namespace, SpiderMultusConfigs by name or cr-name annotation',
      code: {
        'nets.yaml': docs(
          'apiVersion: sriovnetwork.openshift.io/v1\nkind: SriovNetwork\nmetadata: { name: sriov-net, namespace: sriov-network-operator }\nspec: { resourceName: intelnics, networkNamespace: apps }\n',
          'apiVersion: sriovnetwork.openshift.io/v1\nkind: OVSNetwork\nmetadata: { name: ovs-net, namespace: apps }\nspec: { bridge: br-int }\n',
          'apiVersion: spiderpool.spidernet.io/v2beta1\nkind: SpiderMultusConfig\nmetadata: { name: macvlan-conf, namespace: apps }\nspec: { cniType: macvlan }\n',
          'apiVersion: spiderpool.spidernet.io/v2beta1\nkind: SpiderMultusConfig\nmetadata: { name: cr, namespace: apps, annotations: { multus.spidernet.io/cr-name: renamed } }\nspec: { cniType: ipvlan }\n',
          flannelNad('flannel-net', 'apps'),
        ),
        'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: sriov-net, ovs-net, flannel-net, macvlan-conf, renamed'),
      },
    },
    {
      // cluster-network-operator renders a NAD for each Raw or SimpleMacvlan additional network (render.go).
      name: "NADs OpenShift's cluster-network-operator renders from additionalNetworks: in namespace, else default",
      code: {
        'network.yaml': cnoNetwork('{ name: tenant-a, namespace: apps, type: Raw, rawCNIConfig: "{}" }, { name: mv, type: SimpleMacvlan }'),
        'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: tenant-a, default/mv'),
      },
    },
    {
      name: 'NADs the NVIDIA network-operator renders: in spec.networkNamespace, else default for macvlan and IPoIB',
      code: {
        'nets.yaml': docs(
          nvidia('MacvlanNetwork', 'mv-a', 'networkNamespace: apps, master: ens2f0, mode: bridge'),
          nvidia('HostDeviceNetwork', 'hostdev-a', 'networkNamespace: apps, resourceName: hostdev'),
          nvidia('IPoIBNetwork', 'ib-default', 'master: ibs3'),
          nvidia('MacvlanNetwork', 'mv-default', 'master: ens2f1'),
          // No networkNamespace: the NAD is rendered without one, so where it lands is not known.
          nvidia('HostDeviceNetwork', 'hostdev-anywhere', 'resourceName: hostdev'),
          flannelNad('flannel-net', 'apps'),
        ),
        'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: mv-a, hostdev-a, default/ib-default, default/mv-default, hostdev-anywhere, flannel-net'),
      },
    },
    {
      name: 'OVN-Kubernetes UserDefinedNetworks make their NAD in their own namespace, whatever the role',
      code: {
        'nets.yaml': docs(udn('blue', 'apps', 'Secondary'), udn('green', 'apps', 'Primary'), flannelNad('flannel-net', 'apps')),
        'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: blue, green'),
      },
    },
    {
      name: 'a ClusterUserDefinedNetwork whose selector matches the declared namespace by a label',
      code: {
        'nets.yaml': docs(namespace('apps', '{ tenant: blue }'), cudn('shared', '{ matchLabels: { tenant: blue } }'), flannelNad('flannel-net', 'apps')),
        'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: shared'),
      },
    },
    {
      name: 'a ClusterUserDefinedNetwork selecting by the implicit name label, or by a label of a namespace the input does not declare',
      code: {
        'nets.yaml': docs(
          cudn('by-name', '{ matchExpressions: [{ key: kubernetes.io/metadata.name, operator: In, values: [apps, edge] }] }'),
          cudn('by-label', '{ matchLabels: { tenant: blue } }'),
          namespace('other', '{ tenant: red }'),
          flannelNad('flannel-net', 'apps'),
        ),
        'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: by-name, by-label'),
      },
    },
    {
      name: 'a pod without a namespace and a ClusterUserDefinedNetwork: it may select the namespace the pod is applied to',
      code: { 'nets.yaml': docs(cudn('shared', '{ matchLabels: { tenant: blue } }'), flannelNad('flannel-net', null)), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: shared').replace('      namespace: apps\n', '') },
    },
    { name: 'a namespace-less NAD matches any namespace', code: { 'nad.yaml': flannelNad('flannel-net', null), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: flannel-net') } },
  ],
  invalid: [
    {
      name: 'missing while the namespace has other NADs: error at the name',
      code: { 'nad.yaml': flannelNad('flannel-net', 'apps'), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: flannel-net, macvlan-conf') },
      errors: [{ messageId: 'missing', line: 7, column: 47, endColumn: 59, severity: 'error', file: 'pod.yaml' }],
    },
    {
      name: "an additional network the cluster-network-operator renders in default, not in the pod's namespace",
      code: { 'network.yaml': cnoNetwork('{ name: mv, type: SimpleMacvlan }'), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: mv') },
      errors: [{ messageId: 'missing', line: 7, column: 34, endColumn: 36, severity: 'warning', file: 'pod.yaml', message: /it exists in default: write default\/mv/ }],
    },
    {
      name: 'no NAD in the input at all: info, cannot verify',
      code: podWith('k8s.v1.cni.cncf.io/networks: infra/flannel-net'),
      errors: [{ messageId: 'unverified', line: 7, column: 40, severity: 'info' }],
    },
    {
      // The pod's namespace is unknown (kubectl apply -n …): a NAD in a named other namespace says nothing of it.
      name: 'a pod without a namespace, NADs only in other namespaces: info, cannot verify',
      code: { 'nad.yaml': flannelNad('bar', 'infra'), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: foo').replace('      namespace: apps\n', '') },
      errors: [{ messageId: 'unverified', line: 6, column: 34, severity: 'info' }],
    },
    {
      // Applied where the pod is (or anywhere): it says nothing of shared-nets' NADs.
      name: 'a NAD without a namespace beside a pod that names another namespace: info, cannot verify',
      code: { 'nad.yaml': flannelNad('vlan100', null), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: shared-nets/vlan200').replace('      namespace: apps\n', '') },
      errors: [{ messageId: 'unverified', line: 6, column: 46, severity: 'info' }],
    },
    {
      name: 'a NAD without a namespace beside a pod without one: the pod\'s namespace is known to hold it, an error',
      code: { 'nad.yaml': flannelNad('vlan100', null), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: vlan200').replace('      namespace: apps\n', '') },
      errors: [{ messageId: 'missing', line: 6, column: 34, severity: 'error' }],
    },
    {
      name: 'inventoryComplete makes it an error',
      code: podWith('k8s.v1.cni.cncf.io/networks: infra/flannel-net'),
      config: { rules: { 'multus/nad-missing': { options: { inventoryComplete: true } } } },
      errors: [{ messageId: 'missing', line: 7, column: 40, severity: 'error' }],
    },
    {
      name: 'unqualified default-network looked up in kube-system, exists in the pod namespace',
      code: {
        'nads.yaml': docs(flannelNad('flannel-default', 'apps'), flannelNad('calico', 'kube-system')),
        'pod.yaml': podWith('v1.multus-cni.io/default-network: flannel-default'),
      },
      errors: [{ messageId: 'missingDefault', line: 7, column: 39, message: /write apps\/flannel-default/ }],
    },
    {
      name: 'unqualified default-network, NAD only in the pod namespace, kube-system unknown: warning',
      code: { 'nad.yaml': flannelNad('flannel-default', 'apps'), 'pod.yaml': podWith('v1.multus-cni.io/default-network: flannel-default') },
      errors: [{ messageId: 'missingDefault', line: 7, column: 39, severity: 'warning', message: /namespace kube-system.*write apps\/flannel-default/ }],
    },
    {
      name: 'unqualified network whose NAD is only in another namespace, nothing known of the pod namespace: warning with the qualified name',
      code: { 'nad.yaml': flannelNad('macvlan-conf', 'infra'), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: macvlan-conf') },
      errors: [{ messageId: 'missing', line: 7, column: 34, endColumn: 46, severity: 'warning', message: 'no NetworkAttachmentDefinition "macvlan-conf" in namespace apps: Multus fails with "cannot find a network-attachment-definition" and the pod never starts (it exists in infra: write infra/macvlan-conf)' }],
    },
    {
      name: 'the same slip while the pod namespace has other NADs: error with the qualified name',
      code: { 'nads.yaml': docs(flannelNad('macvlan-conf', 'infra'), flannelNad('flannel-net', 'apps')), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: macvlan-conf') },
      errors: [{ messageId: 'missing', line: 7, column: 34, severity: 'error', message: /write infra\/macvlan-conf\)$/ }],
    },
    {
      name: 'a SriovNetwork makes its NAD in spec.networkNamespace, not in its own namespace',
      code: {
        'nets.yaml': docs(
          'apiVersion: sriovnetwork.openshift.io/v1\nkind: SriovNetwork\nmetadata: { name: sriov-net, namespace: apps }\nspec: { resourceName: intelnics, networkNamespace: edge }\n',
          flannelNad('flannel-net', 'apps'),
        ),
        'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: sriov-net'),
      },
      errors: [{ messageId: 'missing', line: 7, column: 34, severity: 'error', message: /"sriov-net" in namespace apps.*write edge\/sriov-net/ }],
    },
    {
      name: 'JSON form with namespace key',
      code: { 'nad.yaml': flannelNad('flannel-net', 'infra'), 'pod.yaml': podWith(`k8s.v1.cni.cncf.io/networks: '[{"name": "flannel-nett", "namespace": "infra"}]'`) },
      errors: [{ messageId: 'missing', line: 7, column: 45, message: /"flannel-nett" in namespace infra/ }],
    },
    {
      name: 'a MacvlanNetwork without networkNamespace renders its NAD in default, not in the pod\'s namespace',
      code: { 'nets.yaml': docs(nvidia('MacvlanNetwork', 'rdma-mv', 'master: ens2f0'), flannelNad('flannel-net', 'apps')), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: rdma-mv') },
      errors: [{ messageId: 'missing', line: 7, column: 34, endColumn: 41, severity: 'error', message: /"rdma-mv" in namespace apps.*write default\/rdma-mv/ }],
    },
    {
      name: 'a network no NAD and no UserDefinedNetwork provides is still missing',
      code: { 'nets.yaml': docs(udn('blue', 'apps', 'Secondary')), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: blue, red') },
      errors: [{ messageId: 'missing', line: 7, column: 40, endColumn: 43, severity: 'error', message: /^no NetworkAttachmentDefinition "red" in namespace apps/ }],
    },
    {
      // A NAD of the namespace a letter away: the likely slip is named.
      name: 'a missing network whose name is a slip away from a NAD of the namespace',
      code: { 'nets.yaml': docs(flannelNad('flannel-mgmt', 'apps')), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: flannel-mgmnt') },
      errors: [{ messageId: 'missing', line: 7, column: 34, severity: 'error', message: /^no NetworkAttachmentDefinition "flannel-mgmnt" in namespace apps: .* \(did you mean flannel-mgmt\?\)$/ }],
    },
    {
      // The copy is multus/duplicate-network's to tell; the missing NAD is one mistake.
      name: 'a missing network attached twice is told once, at its first entry',
      code: { 'nets.yaml': docs(flannelNad('flannel-net', 'apps')), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: red, red, apps/red') },
      errors: [{ messageId: 'missing', line: 7, column: 34, endColumn: 37, severity: 'error', message: /^no NetworkAttachmentDefinition "red" in namespace apps/ }],
    },
    {
      name: 'a ClusterUserDefinedNetwork whose selector the declared namespace does not match',
      code: {
        'nets.yaml': docs(namespace('apps', '{ tenant: red }'), cudn('shared', '{ matchLabels: { tenant: blue } }'), flannelNad('flannel-net', 'apps')),
        'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: shared'),
      },
      errors: [{ messageId: 'missing', line: 7, column: 34, severity: 'error', message: /"shared" in namespace apps/ }],
    },
    {
      name: 'a ClusterUserDefinedNetwork that names other namespaces only: the undeclared pod namespace is not among them',
      code: {
        'nets.yaml': docs(cudn('edge-net', '{ matchLabels: { kubernetes.io/metadata.name: edge } }'), flannelNad('flannel-net', 'apps')),
        'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: edge-net'),
      },
      errors: [{ messageId: 'missing', line: 7, column: 34, severity: 'error', message: /"edge-net" in namespace apps/ }],
    },
  ],
});
