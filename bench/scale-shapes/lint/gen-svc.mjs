// Services at scale: ClusterIP/NodePort/LoadBalancer Services with many ports, explicit clusterIPs,
// externalIPs and loadBalancerIPs, EndpointSlices, plus a kubeadm ClusterConfiguration and Calico
// BGPConfiguration advertising service CIDRs, many namespaces.
import { args, writeDocs } from './lib.mjs';
const { out, n } = args();
const docs = [
  { apiVersion: 'kubeadm.k8s.io/v1beta3', kind: 'ClusterConfiguration', networking: { podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/12', dnsDomain: 'cluster.local' } },
  { apiVersion: 'projectcalico.org/v3', kind: 'BGPConfiguration', metadata: { name: 'default' }, spec: { serviceClusterIPs: [{ cidr: '10.96.0.0/12' }], serviceExternalIPs: [{ cidr: '203.0.113.0/24' }], serviceLoadBalancerIPs: [{ cidr: '198.51.100.0/24' }] } },
  { apiVersion: 'projectcalico.org/v3', kind: 'IPPool', metadata: { name: 'default-ipv4-ippool' }, spec: { cidr: '10.244.0.0/16', ipipMode: 'Always', natOutgoing: true } }];
for (let d = docs.length; d < n; d++) {
  const ns = `svc-ns-${Math.floor(d / 25)}`; const t = ['ClusterIP', 'NodePort', 'LoadBalancer'][d % 3];
  const ports = Array.from({ length: 12 }, (_, p) => { const o = { name: `p${p}`, port: 8000 + p, targetPort: p % 2 ? `named-${p}` : 9000 + p, protocol: p % 5 === 4 ? 'UDP' : 'TCP' }; if (t !== 'ClusterIP') o.nodePort = 30000 + ((d * 12 + p) % 2767); return o; });
  const spec = { type: t, selector: { app: `a${d}` }, ports, clusterIP: `10.${96 + ((d >> 16) & 15)}.${(d >> 8) & 255}.${d & 255}` };
  if (t === 'LoadBalancer') spec.loadBalancerIP = `198.51.100.${d & 255}`;
  if (d % 7 === 0) spec.externalIPs = [`203.0.113.${d & 255}`];
  if (d % 10 === 5) docs.push({ apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: `a${d}-xyz`, namespace: ns, labels: { 'kubernetes.io/service-name': `a${d}` } }, addressType: 'IPv4', endpoints: [{ addresses: [`10.244.${(d >> 8) & 255}.${d & 255}`] }], ports: [{ name: 'p0', port: 9000, protocol: 'TCP' }] });
  else docs.push({ apiVersion: 'v1', kind: 'Service', metadata: { name: `a${d}`, namespace: ns }, spec });
}
writeDocs(out, docs, { prefix: 'svc', subdirFn: f => `g${f % 10}` });
