// IPPools whose nodeSelectors are not simple equality (negations, has(), ||, in-sets, !=, starts-with)
// over many Nodes with many labels; pools per zone overlap in selectors (several pools per zone for
// capacity) and some pools overlap in CIDR (migration pairs), plus BGPPeers with the same style of
// selectors. 25% pools, 65% nodes, 10% peers.
import { args, writeDocs } from './lib.mjs';
const { out, n } = args();
const docs = [{ apiVersion: 'projectcalico.org/v3', kind: 'BGPConfiguration', metadata: { name: 'default' }, spec: { nodeToNodeMeshEnabled: false, asNumber: 64512 } }];
const pools = Math.floor(n * 0.25), nodes = Math.floor(n * 0.65), peers = n - 1 - pools - nodes;
const racks = Math.max(1, Math.floor(nodes / 10));
const sel = (p) => [
  `!has(gpu) && (rack == 'rack-${p % racks}' || rack == 'rack-${(p + 1) % racks}')`,
  `zone in {'z${p % 6}', 'z${(p + 2) % 6}'} && pool-group != 'g${p % 11}'`,
  `has(node-role.kubernetes.io/worker) && rack starts with 'rack-${p % 10}'`,
  `!(rack == 'rack-${p % racks}') && zone == 'z${p % 6}'`,
  `rack contains '-${p % racks}' || hostname ends with '${p % 97}'`][p % 5];
for (let p = 0; p < pools; p++) docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'IPPool', metadata: { name: `pool-${p}` },
  spec: { cidr: p % 10 === 9 ? `10.${((p - 1) >> 8) & 255}.${(p - 1) & 255}.0/25` : `10.${(p >> 8) & 255}.${p & 255}.0/24`, blockSize: 26, ipipMode: 'Never', vxlanMode: 'CrossSubnet', natOutgoing: true, nodeSelector: sel(p) } });
for (let i = 0; i < nodes; i++) {
  const labels = { rack: `rack-${i % racks}`, zone: `z${i % 6}`, 'pool-group': `g${i % 11}`, hostname: `n${i}`, 'node-role.kubernetes.io/worker': '' };
  for (let j = 0; j < 12; j++) labels[`feature.node.kubernetes.io/f${j}`] = String((i + j) % 2 === 0);
  if (i % 13 === 0) labels.gpu = 'nvidia';
  if (i % 50 < 2) labels['route-reflector'] = 'true';
  docs.push({ apiVersion: 'v1', kind: 'Node', metadata: { name: `n${i}`, labels }, status: { addresses: [{ type: 'InternalIP', address: `192.168.${(i >> 8) & 255}.${i & 255}` }] } });
}
for (let p = 0; p < peers; p++) docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'BGPPeer', metadata: { name: `peer-${p}` }, spec: { nodeSelector: `!has(route-reflector) && zone == 'z${p % 6}' && rack != 'rack-${p % racks}'`, peerSelector: `has(route-reflector) && (zone == 'z${p % 6}' || zone == 'z${(p + 3) % 6}')` } });
writeDocs(out, docs, { prefix: 'pools', subdirFn: f => `part-${f % 10}` });
