// Per-rack-pair IPPools whose nodeSelectors pick a bounded set of nodes (2 racks of 10 nodes) but are
// written with || (`rack == 'a' || rack == 'b'`, `(rack == 'a' || rack == 'b') && !has(gpu)`):
// output is linear in N (each pool selects ~20 nodes), so any super-linear cost is a full scan of
// the nodes per pool. Pools = 1 per 2 racks (~5% of objects), Nodes ~90%, BGPPeers per rack pair 5%
// with the same || selectors.
import { args, writeDocs } from './lib.mjs';
const { out, n } = args();
const docs = [{ apiVersion: 'projectcalico.org/v3', kind: 'BGPConfiguration', metadata: { name: 'default' }, spec: { nodeToNodeMeshEnabled: false, asNumber: 64512 } }];
const nodes = Math.floor(n * 0.9); const racks = Math.max(2, Math.floor(nodes / 10)); const pools = Math.floor(racks / 2);
const sel = (a, b, p) => (p % 2 ? `rack == 'rack-${a}' || rack == 'rack-${b}'` : `(rack == 'rack-${a}' || rack == 'rack-${b}') && !has(gpu)`);
for (let p = 0; p < pools; p++) docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'IPPool', metadata: { name: `pair-${p}` }, spec: { cidr: `10.${(p >> 7) & 255}.${(p & 127) * 2}.0/23`, blockSize: 26, ipipMode: 'Never', natOutgoing: true, nodeSelector: sel(2 * p, 2 * p + 1, p) } });
for (let i = 0; i < nodes; i++) { const labels = { rack: `rack-${i % racks}`, zone: `z${i % 6}` }; if (i % 10 === 0) labels['route-reflector'] = 'true'; if (i % 13 === 0) labels.gpu = 'a100';
  docs.push({ apiVersion: 'v1', kind: 'Node', metadata: { name: `n${i}`, labels }, status: { addresses: [{ type: 'InternalIP', address: `192.168.${(i >> 8) & 255}.${i & 255}` }] } }); }
for (let p = 0; docs.length < n; p++) { const a = (2 * p) % racks, b = (2 * p + 1) % racks;
  docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'BGPPeer', metadata: { name: `pair-${p}-to-rr` }, spec: { nodeSelector: `rack == 'rack-${a}' || rack == 'rack-${b}'`, peerSelector: `has(route-reflector) && (rack == 'rack-${a}' || rack == 'rack-${b}')` } }); }
writeDocs(out, docs, { prefix: 'pairs', subdirFn: f => `part-${f % 10}` });
