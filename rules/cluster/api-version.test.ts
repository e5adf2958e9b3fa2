import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './api-version.js';

const object = (apiVersion: string, kind: string, spec = '{}') => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: x, namespace: shop}\nspec: ${spec}\n`;
const crd = (group: string, kind: string, versions: [string, boolean][]) =>
  `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: things.${group}}\nspec:\n  group: ${group}\n  names: {kind: ${kind}, plural: things}\n  scope: Namespaced\n  versions:\n${versions.map(([name, served]) => `    - {name: ${name}, served: ${served}, storage: ${served}}\n`).join('')}`;

ruleTester(rule, {
  valid: [
    { name: 'the versions Kubernetes serves', code: [object('networking.k8s.io/v1', 'NetworkPolicy'), object('apps/v1', 'Deployment'), object('v1', 'Pod'), object('batch/v1', 'CronJob'), object('policy/v1', 'PodDisruptionBudget'), object('discovery.k8s.io/v1', 'EndpointSlice')].join('---\n') },
    { name: "Calico's two API groups, each in its version", code: [object('projectcalico.org/v3', 'IPPool'), object('crd.projectcalico.org/v1', 'IPPool'), object('projectcalico.org/v3', 'NetworkPolicy'), object('crd.projectcalico.org/v1', 'GlobalNetworkPolicy')].join('---\n') },
    { name: "Multus' NetworkAttachmentDefinition and MultiNetworkPolicy, each in its served version", code: [object('k8s.cni.cncf.io/v1', 'NetworkAttachmentDefinition'), object('k8s.cni.cncf.io/v1beta1', 'MultiNetworkPolicy')].join('---\n') },
    { name: "another project's kind of the same name (Antrea's NetworkPolicy, Cilium's)", code: [object('crd.antrea.io/v1beta1', 'NetworkPolicy'), object('cilium.io/v2', 'CiliumNetworkPolicy')].join('---\n') },
    { name: 'a kind of a known group that netlint has no row for', code: object('apps/v1', 'ControllerRevision') },
    { name: 'kubeadm configuration of the versions kubeadm reads', code: [object('kubeadm.k8s.io/v1beta3', 'ClusterConfiguration'), object('kubeadm.k8s.io/v1beta4', 'InitConfiguration')].join('---\n') },
    { name: 'a custom resource in a version its CRD in the input serves', code: `${crd('example.com', 'Thing', [['v1alpha1', true], ['v1', true]])}---\n${object('example.com/v1alpha1', 'Thing')}` },
    {
      name: 'the same CRD in two files of two releases: a version either serves counts',
      code: { 'old/crd.yaml': crd('example.com', 'Thing', [['v1alpha1', true]]), 'new/crd.yaml': crd('example.com', 'Thing', [['v1alpha1', true], ['v1beta1', true]]), 'new/thing.yaml': object('example.com/v1beta1', 'Thing') },
    },
    {
      name: 'network-policy-api kinds in their versions (v0.2.0 and v0.1.x CRDs)',
      code: [object('policy.networking.k8s.io/v1alpha2', 'ClusterNetworkPolicy'), object('policy.networking.k8s.io/v1alpha1', 'AdminNetworkPolicy'), object('policy.networking.k8s.io/v1alpha1', 'BaselineAdminNetworkPolicy')].join('---\n'),
    },
  ],
  invalid: [
    {
      name: 'a ClusterNetworkPolicy left at the v1alpha1 of the kinds it replaced, an AdminNetworkPolicy moved to v1alpha2, a NetworkPolicy in the policy group',
      code: [object('policy.networking.k8s.io/v1alpha1', 'ClusterNetworkPolicy'), object('policy.networking.k8s.io/v1alpha2', 'AdminNetworkPolicy'), object('policy.networking.k8s.io/v1', 'NetworkPolicy')].join('---\n'),
      errors: [
        { messageId: 'version', line: 1, column: 13, message: 'policy.networking.k8s.io does not serve ClusterNetworkPolicy in version v1alpha1: kubectl refuses the object; write policy.networking.k8s.io/v1alpha2' },
        { messageId: 'version', line: 6, column: 13, message: 'policy.networking.k8s.io does not serve AdminNetworkPolicy in version v1alpha2: kubectl refuses the object; write policy.networking.k8s.io/v1alpha1' },
        { messageId: 'group', line: 11, column: 13, message: 'NetworkPolicy is not a kind of the policy.networking.k8s.io API group, so kubectl refuses the object: write networking.k8s.io/v1' },
      ],
    },
    {
      name: 'a NetworkPolicy of the beta API Kubernetes 1.16 stopped serving',
      code: object('extensions/v1beta1', 'NetworkPolicy'),
      errors: [{ messageId: 'removed', line: 1, column: 13, message: 'NetworkPolicy is no longer served as extensions/v1beta1 (Kubernetes 1.16 removed it), so kubectl refuses the object: write networking.k8s.io/v1' }],
    },
    {
      name: 'removed beta versions of groups that still exist',
      code: [object('apps/v1beta2', 'DaemonSet'), object('batch/v1beta1', 'CronJob'), object('policy/v1beta1', 'PodDisruptionBudget'), object('rbac.authorization.k8s.io/v1beta1', 'ClusterRole')].join('---\n'),
      errors: [
        { messageId: 'removed', line: 1, column: 13, message: 'DaemonSet is no longer served as apps/v1beta2 (Kubernetes 1.16 removed it), so kubectl refuses the object: write apps/v1' },
        { messageId: 'removed', line: 6, column: 13, message: 'CronJob is no longer served as batch/v1beta1 (Kubernetes 1.25 removed it), so kubectl refuses the object: write batch/v1' },
        { messageId: 'removed', line: 11, column: 13, message: 'PodDisruptionBudget is no longer served as policy/v1beta1 (Kubernetes 1.25 removed it), so kubectl refuses the object: write policy/v1' },
        { messageId: 'removed', line: 16, column: 13, message: 'ClusterRole is no longer served as rbac.authorization.k8s.io/v1beta1 (Kubernetes 1.22 removed it), so kubectl refuses the object: write rbac.authorization.k8s.io/v1' },
      ],
    },
    {
      name: 'on a cluster older than the release that removed a version (cluster.kubernetesVersion), a warning to change it before upgrading; one removed earlier stays an error',
      config: { cluster: { kubernetesVersion: 'v1.24.7' } },
      code: [object('batch/v1beta1', 'CronJob'), object('policy/v1beta1', 'PodSecurityPolicy'), object('extensions/v1beta1', 'NetworkPolicy')].join('---\n'),
      errors: [
        { messageId: 'removedLater', severity: 'warning', line: 1, column: 13, message: 'CronJob is still served as batch/v1beta1 on Kubernetes 1.24 (cluster.kubernetesVersion), but 1.25 removes it: write batch/v1 before upgrading' },
        { messageId: 'removedLater', severity: 'warning', line: 6, column: 13, message: 'PodSecurityPolicy is still served as policy/v1beta1 on Kubernetes 1.24 (cluster.kubernetesVersion), but 1.25 removes it: write what took over (Pod Security Admission, set by pod-security.kubernetes.io/* namespace labels) before upgrading' },
        { messageId: 'removed', severity: 'error', line: 11, column: 13 },
      ],
    },
    {
      name: 'on a cluster of the release that removed it, or a later one, the removed version is an error as without the setting',
      config: { cluster: { kubernetesVersion: '1.25' } },
      code: object('batch/v1beta1', 'CronJob'),
      errors: [{ messageId: 'removed', severity: 'error', line: 1, column: 13 }],
    },
    {
      name: 'PodSecurityPolicy, which no version serves since 1.25; kubeadm configuration of a removed version',
      code: [object('policy/v1beta1', 'PodSecurityPolicy'), object('extensions/v1beta1', 'PodSecurityPolicy'), object('kubeadm.k8s.io/v1beta2', 'ClusterConfiguration')].join('---\n'),
      errors: [
        { messageId: 'gone', line: 1, column: 13, message: 'PodSecurityPolicy is no longer served as policy/v1beta1 (Kubernetes 1.25 removed it, and no version of it is served now: Pod Security Admission, set by pod-security.kubernetes.io/* namespace labels), so kubectl refuses the object' },
        { messageId: 'gone', line: 6, column: 13, message: 'PodSecurityPolicy is no longer served as extensions/v1beta1 (Kubernetes 1.16 removed it, and no version of it is served now: Pod Security Admission, set by pod-security.kubernetes.io/* namespace labels), so kubectl refuses the object' },
        { messageId: 'removed', line: 11, column: 13, message: 'ClusterConfiguration is no longer served as kubeadm.k8s.io/v1beta2 (kubeadm 1.27 removed it), so kubeadm refuses the configuration: write kubeadm.k8s.io/v1beta3 or kubeadm.k8s.io/v1beta4' },
      ],
    },
    {
      // PodSecurityPolicy never reached policy/v1 (a blind lint found istio's samples saying "no longer").
      name: 'PodSecurityPolicy in a version it never had',
      code: object('policy/v1', 'PodSecurityPolicy'),
      errors: [
        {
          messageId: 'neverServed',
          line: 1,
          column: 13,
          message: 'PodSecurityPolicy was never served as policy/v1, and no version of it is served now (Kubernetes 1.25 removed policy/v1beta1; what took over: Pod Security Admission, set by pod-security.kubernetes.io/* namespace labels), so kubectl refuses the object',
        },
      ],
    },
    {
      name: 'a version the group never served',
      code: [object('networking.k8s.io/v2', 'NetworkPolicy'), object('v7', 'Pod'), object('k8s.cni.cncf.io/v1beta1', 'NetworkAttachmentDefinition')].join('---\n'),
      errors: [
        { messageId: 'version', line: 1, column: 13, message: 'networking.k8s.io does not serve NetworkPolicy in version v2: kubectl refuses the object; write networking.k8s.io/v1' },
        { messageId: 'version', line: 6, column: 13, message: 'the core group does not serve Pod in version v7: kubectl refuses the object; write v1' },
        { messageId: 'version', line: 11, column: 13, message: 'k8s.cni.cncf.io does not serve NetworkAttachmentDefinition in version v1beta1: kubectl refuses the object; write k8s.cni.cncf.io/v1' },
      ],
    },
    {
      name: 'MultiNetworkPolicy in v1beta2, which its CRD lists as not served',
      code: object('k8s.cni.cncf.io/v1beta2', 'MultiNetworkPolicy'),
      errors: [{ messageId: 'version', line: 1, column: 13, message: 'k8s.cni.cncf.io does not serve MultiNetworkPolicy in version v1beta2: kubectl refuses the object; write k8s.cni.cncf.io/v1beta1' }],
    },
    {
      name: 'a Calico resource in a version its group does not serve',
      code: [object('projectcalico.org/v1', 'IPPool'), object('crd.projectcalico.org/v3', 'BGPPeer')].join('---\n'),
      errors: [
        { messageId: 'version', line: 1, column: 13, message: 'projectcalico.org does not serve IPPool in version v1: kubectl refuses the object; write projectcalico.org/v3' },
        { messageId: 'version', line: 6, column: 13, message: 'crd.projectcalico.org does not serve BGPPeer in version v3: kubectl refuses the object; write crd.projectcalico.org/v1' },
      ],
    },
    {
      name: 'a kind under the wrong group, or an apiVersion without its version',
      code: [object('v1', 'NetworkPolicy'), object('apps/v1', 'Pod'), object('networking.k8s.io/v1', 'GlobalNetworkPolicy'), object('networking.k8s.io', 'NetworkPolicy')].join('---\n'),
      errors: [
        { messageId: 'group', line: 1, column: 13, message: 'NetworkPolicy is not a kind of the core API group, so kubectl refuses the object: write networking.k8s.io/v1' },
        { messageId: 'group', line: 6, column: 13, message: 'Pod is not a kind of the apps API group, so kubectl refuses the object: write v1' },
        { messageId: 'group', line: 11, column: 13, message: 'GlobalNetworkPolicy is not a kind of the networking.k8s.io API group, so kubectl refuses the object: write projectcalico.org/v3 (or crd.projectcalico.org/v1)' },
        { messageId: 'noVersion', line: 16, column: 13, message: 'apiVersion "networking.k8s.io" names no version: kubectl refuses the object; write networking.k8s.io/v1' },
      ],
    },
    {
      name: 'a custom resource in a version its CRD in the input does not serve (or no longer serves)',
      code: `${crd('example.com', 'Thing', [['v1alpha1', false], ['v1', true]])}---\n${object('example.com/v1alpha1', 'Thing')}`,
      errors: [{ messageId: 'crd', line: 12, column: 13, message: 'the CustomResourceDefinition things.example.com serves Thing in v1, not v1alpha1: kubectl refuses the object' }],
    },
  ],
});
