import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './admin-policy-replaced.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a ClusterNetworkPolicy in either tier',
      code: `
        apiVersion: policy.networking.k8s.io/v1alpha2
        kind: ClusterNetworkPolicy
        metadata: { name: cluster-control }
        spec:
          tier: Admin
          priority: 10
          subject: { namespaces: {} }
          ingress: [{ action: Accept, from: [{ namespaces: {} }] }]
        ---
        apiVersion: policy.networking.k8s.io/v1alpha2
        kind: ClusterNetworkPolicy
        metadata: { name: default }
        spec:
          tier: Baseline
          priority: 0
          subject: { namespaces: {} }
          ingress: [{ action: Deny, from: [{ namespaces: {} }] }]
      `,
    },
    {
      name: 'kinds of that name in another API group',
      code: `
        apiVersion: example.com/v1
        kind: AdminNetworkPolicy
        metadata: { name: a }
        spec: { priority: 10 }
        ---
        apiVersion: policies.example.org/v1alpha1
        kind: BaselineAdminNetworkPolicy
        metadata: { name: default }
      `,
    },
  ],
  invalid: [
    {
      name: "beside Antrea's agent and no sign of Calico: info, without Calico's consequence; with a Calico object too: Calico's warning",
      code: {
        'anp.yaml': 'apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: { name: a }\nspec: { priority: 10, subject: { namespaces: {} } }\n',
        'antrea.yaml': 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: { name: antrea-agent, namespace: kube-system }\nspec: { template: { spec: { containers: [{ name: antrea-agent }] } } }\n',
      },
      errors: [{ messageId: 'replacedOtherCni', line: 2, column: 7, severity: 'info', file: 'anp.yaml', message: /with `tier: Admin`, whose release ships no CRD for the old kind: Antrea, which the input installs, may enforce it still, but plan the move$/ }],
    },
    {
      name: 'beside Antrea, but with a Calico object in the input: Calico\'s consequence',
      code: {
        'anp.yaml': 'apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: { name: a }\nspec: { priority: 10, subject: { namespaces: {} } }\n',
        'antrea.yaml': 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: { name: antrea-agent, namespace: kube-system }\nspec: { template: { spec: { containers: [{ name: antrea-agent }] } } }\n',
        'pool.yaml': 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: p }\nspec: { cidr: 10.5.0.0/16 }\n',
      },
      errors: [{ messageId: 'replaced', line: 2, column: 7, severity: 'warning', file: 'anp.yaml' }],
    },
    {
      name: 'an AdminNetworkPolicy and a BaselineAdminNetworkPolicy, each reported once at its kind',
      code: `
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: AdminNetworkPolicy
        metadata: { name: cluster-control }
        spec:
          priority: 10
          subject: { namespaces: {} }
          ingress: [{ action: Allow, from: [{ namespaces: {} }], ports: [{ portNumber: { protocol: TCP, port: 80 } }] }]
        ---
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind:   BaselineAdminNetworkPolicy
        metadata: { name: default }
        spec:
          subject: { namespaces: {} }
          ingress: [{ action: Deny, from: [{ namespaces: {} }] }]
      `,
      errors: [
        {
          messageId: 'replaced',
          line: 2,
          column: 7,
          endColumn: 25,
          severity: 'warning',
          path: ['kind'],
          message:
            'AdminNetworkPolicy (policy.networking.k8s.io/v1alpha1) was replaced in network-policy-api v0.2.0 by ClusterNetworkPolicy (policy.networking.k8s.io/v1alpha2) with `tier: Admin`, and Calico v3.32 and later no longer enforce it: the traffic it was meant to decide is decided by the tiers below it (NetworkPolicy, then the baseline)',
        },
        {
          messageId: 'replaced',
          line: 10,
          column: 9,
          severity: 'warning',
          path: ['kind'],
          message: /^BaselineAdminNetworkPolicy \(policy\.networking\.k8s\.io\/v1alpha1\) was replaced .* with `tier: Baseline`, .*Kubernetes' default \(allowed\)$/,
        },
      ],
    },
    {
      name: 'an AdminNetworkPolicy inside a List',
      code: `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: policy.networking.k8s.io/v1alpha1
            kind: AdminNetworkPolicy
            metadata: { name: a }
            spec: { priority: 1, subject: { namespaces: {} } }
      `,
      errors: [{ messageId: 'replaced', line: 5, column: 11, path: ['kind'], message: /^AdminNetworkPolicy / }],
    },
  ],
});
