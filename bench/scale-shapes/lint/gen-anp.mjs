// AdminNetworkPolicy / BaselineAdminNetworkPolicy (policy.networking.k8s.io/v1alpha1) at scale:
// many ANPs with distinct priorities, subjects by namespace labels, ingress/egress rules with
// namespaces/pods peers, networks CIDRs and port ranges; plus labelled Namespaces.
import { args, writeDocs } from './lib.mjs';
const { out, n } = args();
const docs = [{ apiVersion: 'policy.networking.k8s.io/v1alpha1', kind: 'BaselineAdminNetworkPolicy', metadata: { name: 'default' }, spec: { subject: { namespaces: {} }, ingress: [{ name: 'default-deny', action: 'Deny', from: [{ namespaces: {} }] }] } }];
for (let d = 1; d < n; d++) {
  if (d % 4 === 0) { docs.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: `tenant-${d}`, labels: { tenant: `t${d % 97}`, tier: ['gold', 'silver', 'bronze'][d % 3] } } }); continue; }
  docs.push({ apiVersion: 'policy.networking.k8s.io/v1alpha1', kind: 'AdminNetworkPolicy', metadata: { name: `anp-${d}` },
    spec: { priority: d % 1000, subject: d % 2 ? { namespaces: { matchLabels: { tenant: `t${d % 97}` } } } : { pods: { namespaceSelector: { matchLabels: { tier: 'gold' } }, podSelector: { matchLabels: { app: `a${d % 31}` } } } },
      ingress: [{ name: 'allow-monitoring', action: 'Allow', from: [{ namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }], ports: [{ portNumber: { protocol: 'TCP', port: 9090 } }] },
        { name: 'pass-same-tenant', action: 'Pass', from: [{ namespaces: { matchLabels: { tenant: `t${d % 97}` } } }] },
        { name: 'deny-rest', action: 'Deny', from: [{ namespaces: {} }] }],
      egress: [{ name: 'allow-dns', action: 'Allow', to: [{ pods: { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } } }], ports: [{ portNumber: { protocol: 'UDP', port: 53 } }] },
        { name: 'deny-meta', action: 'Deny', to: [{ networks: ['169.254.169.254/32', `100.${64 + (d % 64)}.0.0/16`] }], ports: [{ portRange: { protocol: 'TCP', start: 1, end: 65535 } }] }] } });
}
writeDocs(out, docs, { prefix: 'anp', subdirFn: f => `g${f % 10}` });
