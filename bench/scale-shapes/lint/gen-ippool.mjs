// Calico IPPools: many pools (per rack / zone) with nodeSelectors, plus Kubernetes Nodes with rack/zone
// labels (the node inventory), plus IPReservations. ~30% pools, ~60% nodes, 10% reservations.
import { args, writeDocs } from './lib.mjs';
const { out, n } = args();
const docs = [];
const pools = Math.floor(n * 0.3), nodes = Math.floor(n * 0.6), res = n - pools - nodes;
const racks = Math.max(1, pools);
for (let p = 0; p < pools; p++) {
  const a = (p >> 8) & 255, b = p & 255;
  docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'IPPool', metadata: { name: `rack-${p}-v4` },
    spec: { cidr: `10.${a}.${b}.0/24`, blockSize: 26, ipipMode: p % 3 === 0 ? 'CrossSubnet' : 'Never', vxlanMode: p % 3 === 1 ? 'Always' : 'Never', natOutgoing: true,
      nodeSelector: p % 5 === 0 ? `rack == 'rack-${p}' && zone in {'z${p % 3}', 'z${(p + 1) % 3}'}` : `rack == 'rack-${p}'`, allowedUses: ['Workload', 'Tunnel'], disabled: p % 17 === 16 } });
}
for (let i = 0; i < nodes; i++) {
  const rack = `rack-${i % racks}`;
  docs.push({ apiVersion: 'v1', kind: 'Node', metadata: { name: `worker-${i}`, labels: { rack, zone: `z${i % 3}`, 'kubernetes.io/hostname': `worker-${i}`, 'node-role.kubernetes.io/worker': '', 'topology.kubernetes.io/zone': `eu-west-1${'abc'[i % 3]}` } },
    spec: { podCIDR: `10.244.${(i >> 8) & 255}.${i & 255}/32`.replace(/\/32$/, '/32') }, status: { addresses: [{ type: 'InternalIP', address: `192.168.${(i >> 8) & 255}.${i & 255}` }] } });
}
for (let i = 0; i < res; i++) docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'IPReservation', metadata: { name: `reserve-${i}` }, spec: { reservedCIDRs: [`10.${(i >> 8) & 255}.${i & 255}.0/30`, `10.${(i >> 8) & 255}.${i & 255}.250`] } });
writeDocs(out, docs, { prefix: 'pools', subdirFn: f => `part-${f % 10}` });
