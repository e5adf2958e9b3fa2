// Calico policy estate: many Tiers (N/50) with orders, GlobalNetworkPolicies and namespaced Calico
// NetworkPolicies in those tiers (Pass/Allow/Deny, selectors on labels), GlobalNetworkSets and
// NetworkSets with labels and nets, HostEndpoints with labels, interfaces, expectedIPs and ports.
import { args, writeDocs } from './lib.mjs';
const { out, n } = args();
const docs = [];
const tiers = Math.max(2, Math.floor(n / 50));
for (let t = 0; t < tiers; t++) docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'Tier', metadata: { name: `tier-${t}` }, spec: { order: 100 + t * 10, defaultAction: t % 2 ? 'Pass' : 'Deny' } });
for (let d = docs.length; d < n; d++) {
  const t = d % tiers, k = d % 5;
  const zone = `z${d % 7}`, role = ['db', 'web', 'batch', 'infra'][d % 4];
  if (k === 0) docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'GlobalNetworkPolicy', metadata: { name: `tier-${t}.gnp-${d}` },
    spec: { tier: `tier-${t}`, order: d % 1000, selector: `role == '${role}' && zone == '${zone}'`, types: ['Ingress', 'Egress'],
      ingress: [{ action: 'Allow', protocol: 'TCP', source: { selector: `netset == 'ns-${d % 200}'` }, destination: { ports: [22, 443, '30000:32767'] } },
        { action: 'Pass', source: { namespaceSelector: `team == 't${d % 30}'` } }, { action: 'Deny', source: { nets: ['0.0.0.0/0'] } }],
      egress: [{ action: 'Allow', protocol: 'UDP', destination: { selector: "k8s-app == 'kube-dns'", namespaceSelector: "projectcalico.org/name == 'kube-system'", ports: [53] } }, { action: 'Pass' }] } });
  else if (k === 1) docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'GlobalNetworkSet', metadata: { name: `gns-${d}`, labels: { netset: `ns-${d % 200}`, zone, owner: `team-${d % 30}` } },
    spec: { nets: Array.from({ length: 8 }, (_, j) => `${100 + (d % 100)}.${j}.${(d >> 8) & 255}.${d & 255}/32`) } });
  else if (k === 2) docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'HostEndpoint', metadata: { name: `hep-${d}`, labels: { role, zone, 'host-endpoint': 'true' } },
    spec: { node: `host-${d}`, interfaceName: d % 2 ? 'eth0' : '*', expectedIPs: [`192.168.${(d >> 8) & 255}.${d & 255}`], profiles: ['projectcalico-default-allow'], ports: [{ name: 'ssh', port: 22, protocol: 'TCP' }, { name: 'node-exporter', port: 9100, protocol: 'TCP' }] } });
  else if (k === 3) docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'NetworkPolicy', metadata: { name: `tier-${t}.np-${d}`, namespace: `app-${d % 300}` },
    spec: { tier: `tier-${t}`, order: 50, selector: `app == 'a${d % 40}'`, types: ['Ingress'], ingress: [{ action: 'Allow', protocol: 'TCP', source: { selector: `app == 'a${(d + 1) % 40}'` }, destination: { ports: ['http', 8080] } }, { action: 'Pass' }] } });
  else docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'NetworkSet', metadata: { name: `partners-${d}`, namespace: `app-${d % 300}`, labels: { partner: `p${d % 50}` } }, spec: { nets: [`203.0.${d & 255}.0/28`, `198.51.100.${d & 255}/32`] } });
}
writeDocs(out, docs, { prefix: 'calpol', subdirFn: f => `tier-group-${f % 12}` });
