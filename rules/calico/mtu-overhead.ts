import { defineRule } from '../../src/engine/rule.js';
import type { Path, Resource } from '../../src/engine/types.js';
import { TUNNELS, activeTunnelMTUs, encapsulation, workloadMTUs } from './lib/dataplane.js';

/** The usual Ethernet MTU, assumed when .netlint.yaml does not give the physical MTU. */
const ASSUMED_PHYSICAL_MTU = 1500;

export default defineRule({
  meta: {
    id: 'calico/mtu-overhead',
    description:
      'A configured MTU (`veth_mtu`, Installation `calicoNetwork.mtu`, `FELIX_IPINIPMTU`/`ipipMTU`, `FELIX_VXLANMTU`/`vxlanMTU`, `FELIX_WIREGUARDMTU`/`wireguardMTU`) must leave room for the active encapsulation: physical MTU minus 20 (IPIP), 50 (VXLAN over IPv4), 70 (VXLAN over IPv6), 60 (WireGuard IPv4) or 80 (WireGuard IPv6); with several in use, the largest overhead. The physical MTU is `cluster.physicalMTU` from .netlint.yaml (an error when exceeded); without it the usual 1500 bytes is assumed and the finding is a warning that says so. 0 (auto-detect) is never reported.',
    severity: 'error',
    remediation: 'Lower the MTU to the physical MTU minus the encapsulation overhead (e.g. 1480 for IPIP, 1450 for VXLAN on a 1500-byte network), or set it to 0 to let Calico detect it.',
    kinds: ['ConfigMap', 'apps/DaemonSet', 'calico/FelixConfiguration', 'operator.tigera.io/Installation'],
    messages: {
      tooBig: '{{setting}} is {{value}}, but {{encap}}{{source}} on a {{physical}}-byte network leaves at most {{limit}} ({{physical}} − {{overhead}}); larger packets are fragmented or dropped',
      tooBigAssumed: '{{setting}} is {{value}}, but {{encap}}{{source}} on a {{physical}}-byte network (assumed: set cluster.physicalMTU in .netlint.yaml if yours differs) leaves at most {{limit}} ({{physical}} − {{overhead}}); larger packets are fragmented or dropped',
    },
    docs: 'Overheads from Felix (`felix/dataplane/linux/int_dataplane.go`: IPIP 20, VXLAN 50, VXLAN over IPv6 70, WireGuard 60 and 80) and the Calico docs "Configure MTU".',
  },
  check(resource, ctx) {
    const configured = ctx.model.facts.physicalMTU;
    const physical = configured ?? ASSUMED_PHYSICAL_MTU;
    const enc = encapsulation(ctx.model);
    const active = TUNNELS.filter((t) => t.active(enc));
    const worst = active.reduce<(typeof TUNNELS)[number] | null>((w, t) => (w === null || t.overhead > w.overhead ? t : w), null);
    // One finding per place: where veth_mtu also feeds the tunnel MTUs, keep the strictest limit.
    type Tunnel = (typeof TUNNELS)[number];
    const byPlace = new Map<string, { resource: Resource; path: Path; label: string; value: number; limit: number; tunnel: Tunnel | null }>();
    const consider = (resource: Resource, path: Path, label: string, value: number, tunnel: Tunnel | null) => {
      const key = `${resource.file}#${resource.doc}#${path.join('.')}`;
      const limit = physical - (tunnel?.overhead ?? 0);
      const prev = byPlace.get(key);
      if (value > limit && (!prev || limit < prev.limit)) byPlace.set(key, { resource, path, label, value, limit, tunnel });
    };
    for (const w of workloadMTUs(ctx.model)) consider(w.resource, w.path, w.label, w.value, worst);
    for (const { setting, tunnel } of activeTunnelMTUs(ctx.model)) consider(setting.resource, setting.path, setting.label, setting.value, tunnel);
    for (const f of byPlace.values()) {
      if (f.resource !== resource) continue;
      // What turns the tunnel on, so that a reader can tell which object the limit comes from.
      const from = f.tunnel === null ? undefined : enc.sources[f.tunnel.flag];
      const data = { setting: f.label, value: String(f.value), encap: f.tunnel?.name ?? 'no encapsulation', source: from === undefined ? '' : ` (from ${from})`, physical: String(physical), limit: String(f.limit), overhead: String(f.tunnel?.overhead ?? 0) };
      ctx.report({ path: f.path, messageId: configured === null ? 'tooBigAssumed' : 'tooBig', ...(configured === null ? { severity: 'warning' as const } : {}), data });
    }
  },
});
