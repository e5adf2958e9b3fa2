// Calico BGP: BGPConfiguration default with mesh off, calico Nodes (many route reflectors in many
// cluster IDs, each with labels), Kubernetes Nodes with RR labels/annotations, and many BGPPeers
// with nodeSelector/peerSelector (per-rack RR topology) plus external peers with peerIP and filters.
import { args, writeDocs } from './lib.mjs';
const { out, n } = args();
const docs = [{ apiVersion: 'projectcalico.org/v3', kind: 'BGPConfiguration', metadata: { name: 'default' }, spec: { nodeToNodeMeshEnabled: false, asNumber: 64512, logSeverityScreen: 'Info' } }];
const nodes = Math.floor(n * 0.6), peers = Math.floor(n * 0.3), filters = n - 1 - nodes - peers;
const racks = Math.max(1, Math.floor(nodes / 20));
for (let i = 0; i < nodes; i++) {
  const rack = i % racks; const isRR = (i % 20) < 2;
  const labels = { rack: `r${rack}`, 'kubernetes.io/hostname': `node-${i}` };
  if (isRR) labels['route-reflector'] = 'true';
  const bgp = { ipv4Address: `192.168.${(i >> 8) & 255}.${i & 255}/16` };
  if (isRR) bgp.routeReflectorClusterID = `244.0.${(rack >> 8) & 255}.${rack & 255}`;
  if (i % 2 === 0) docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'Node', metadata: { name: `node-${i}`, labels }, spec: { bgp } });
  else { const ann = { 'projectcalico.org/IPv4Address': bgp.ipv4Address }; if (isRR) ann['projectcalico.org/RouteReflectorClusterID'] = bgp.routeReflectorClusterID;
    docs.push({ apiVersion: 'v1', kind: 'Node', metadata: { name: `node-${i}`, labels, annotations: ann }, status: { addresses: [{ type: 'InternalIP', address: `192.168.${(i >> 8) & 255}.${i & 255}` }] } }); }
}
for (let p = 0; p < peers; p++) {
  const rack = p % racks;
  if (p % 3 === 0) docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'BGPPeer', metadata: { name: `rack-${rack}-to-rr-${p}` }, spec: { nodeSelector: `rack == 'r${rack}' && !has(route-reflector)`, peerSelector: `rack == 'r${rack}' && route-reflector == 'true'` } });
  else if (p % 3 === 1) docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'BGPPeer', metadata: { name: `rr-mesh-${p}` }, spec: { nodeSelector: `route-reflector == 'true' && rack == 'r${rack}'`, peerSelector: `route-reflector == 'true'` } });
  else docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'BGPPeer', metadata: { name: `tor-${p}` }, spec: { nodeSelector: `rack == 'r${rack}'`, peerIP: `172.16.${(p >> 8) & 255}.${p & 255}`, asNumber: 65000 + (rack % 500), filters: [`filter-${p % Math.max(1, filters)}`] } });
}
for (let f = 0; f < filters; f++) docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'BGPFilter', metadata: { name: `filter-${f}` }, spec: { exportV4: [{ action: 'Accept', matchOperator: 'In', cidr: `10.${f & 255}.0.0/16` }, { action: 'Reject' }], importV4: [{ action: 'Accept', matchOperator: 'NotIn', cidr: '10.0.0.0/8' }] } });
writeDocs(out, docs, { prefix: 'bgp', subdirFn: f => `region-${f % 6}` });
