import { defineRule } from '../../src/engine/rule.js';
import type { Path, Resource } from '../../src/engine/types.js';
import { TUNNELS, activeTunnelMTUs, encapsulation, felixSettings, workloadMTUs } from './lib/dataplane.js';

/** The usual Ethernet MTU, assumed when .netlint.yaml does not give the physical MTU. */
const ASSUMED_PHYSICAL_MTU = 1500;

/**
 * The largest MTU a Linux interface takes: the IP tunnel and VXLAN devices allow at most 65535
 * less their headers, a veth 65535 (ETH_MAX_MTU). FelixConfiguration's ipipMTU, vxlanMTU and
 * vxlanMTUV6 are *int with no bound in the API (api/pkg/apis/projectcalico/v3/felixconfig.go,
 * v3.32.1; the CRD has none either) and plain `int` parameters in Felix (felix/config/config_params.go),
 * so any number is stored and taken. Felix sets a non-zero one on its device and, when the kernel
 * refuses, only logs it and keeps the device's MTU (felix/dataplane/linux/route_mgr.go
 * configureTunnelDevice); 0 alone means "detect" (int_dataplane.go ConfigureDefaultMTUs). The
 * smallest non-zero MTU of the encapsulations in use becomes the pod MTU Felix writes to
 * /var/lib/calico/mtu (int_dataplane.go determinePodMTU, writeMTUFile), which the CNI plugin gives
 * each new pod's veth when its network config has no mtu (cni-plugin/pkg/plugin/plugin.go,
 * dataplane_linux.go): one above 65535 makes the veth's creation fail; a negative one is not sent
 * to the kernel at all (vishvananda/netlink v1.3.1 sends IFLA_MTU only above 0), so the veth keeps
 * the kernel's default 1500. WireGuard's device takes far larger MTUs, so its MTUs are left to the
 * overhead check.
 */
const MAX_LINK_MTU = 65535;
const DEVICES: Partial<Record<(typeof TUNNELS)[number]['param'], string>> = { ipipMTU: 'tunl0', vxlanMTU: 'vxlan.calico', vxlanMTUV6: 'vxlan-v6.calico' };

export default defineRule({
  meta: {
    id: 'calico/mtu-overhead',
    description:
      'A configured MTU (`veth_mtu`, Installation `calicoNetwork.mtu`, `FELIX_IPINIPMTU`/`ipipMTU`, `FELIX_VXLANMTU`/`vxlanMTU`, `FELIX_WIREGUARDMTU`/`wireguardMTU`) must leave room for the active encapsulation: physical MTU minus 20 (IPIP), 50 (VXLAN over IPv4), 70 (VXLAN over IPv6), 60 (WireGuard IPv4) or 80 (WireGuard IPv6); with several in use, the largest overhead. The physical MTU is `cluster.physicalMTU` from .netlint.yaml (an error when exceeded); without it the usual 1500 bytes is assumed and the finding is a warning that says so. 0 (auto-detect) is never reported. An `ipipMTU`, `vxlanMTU` or `vxlanMTUV6` (or `FELIX_IPINIPMTU`, `FELIX_VXLANMTU`, `FELIX_VXLANMTUV6`) above 65535 is more than any Linux interface takes: Felix keeps the tunnel device\'s MTU, and as the pod MTU it makes new pods\' veths fail (an error where the input\'s pools use that encapsulation, else a warning); a negative one is a warning (new pods\' veths get the default 1500).',
    severity: 'error',
    remediation: 'Lower the MTU to the physical MTU minus the encapsulation overhead (e.g. 1480 for IPIP, 1450 for VXLAN on a 1500-byte network), or set it to 0 to let Calico detect it.',
    kinds: ['ConfigMap', 'apps/DaemonSet', 'calico/FelixConfiguration', 'operator.tigera.io/Installation'],
    messages: {
      tooBig: '{{setting}} is {{value}}, but {{encap}}{{source}} on a {{physical}}-byte network leaves at most {{limit}} ({{physical}} − {{overhead}}); larger packets are fragmented or dropped',
      tooBigAssumed: '{{setting}} is {{value}}, but {{encap}}{{source}} on a {{physical}}-byte network (assumed: set cluster.physicalMTU in .netlint.yaml if yours differs) leaves at most {{limit}} ({{physical}} − {{overhead}}); larger packets are fragmented or dropped',
      aboveAnyLink: '{{setting}} is {{value}}, more than any Linux interface takes (65535): Felix accepts it, but the kernel refuses it as the MTU of {{device}}, so Felix logs that and leaves the device as it is; and where it is the smallest MTU of the encapsulations in use{{inUse}}, Felix writes it as the pod MTU, which the CNI plugin gives each new pod\'s veth unless its network config sets an mtu: the kernel refuses the veth, and the pod does not start',
      negative: '{{setting}} is {{value}}: Felix reads only 0 as "detect", so it sets the negative MTU, which the kernel refuses for {{device}} (Felix logs that and leaves the device as it is); and where {{encap}} is in use, Felix writes it as the pod MTU, which the CNI plugin does not pass to the kernel, so new pods\' veths get the default 1500 whatever the tunnel takes',
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
    // A tunnel MTU no Linux device takes, whether or not the input shows the tunnel in use: one
    // finding per place, in place of the overhead check.
    const outOfRange = new Set<string>();
    for (const tunnel of TUNNELS) {
      const device = DEVICES[tunnel.param];
      if (device === undefined) continue;
      for (const setting of felixSettings(ctx.model, tunnel.param)) {
        if (typeof setting.value !== 'number' || (setting.value >= 0 && setting.value <= MAX_LINK_MTU)) continue;
        const key = `${setting.resource.file}#${setting.resource.doc}#${setting.path.join('.')}`;
        if (outOfRange.has(key)) continue;
        outOfRange.add(key);
        if (setting.resource !== resource) continue;
        const inUse = tunnel.active(enc);
        const data = { setting: setting.label, value: String(setting.value), device, encap: tunnel.name, inUse: inUse ? ` (${tunnel.name} is${enc.sources[tunnel.flag] === undefined ? '' : `, from ${enc.sources[tunnel.flag]}`})` : '' };
        // Above 65535 with the tunnel in use, it exceeds every physical network's MTU for certain.
        if (setting.value > MAX_LINK_MTU) ctx.report({ path: setting.path, messageId: 'aboveAnyLink', severity: inUse ? 'error' : 'warning', data });
        else ctx.report({ path: setting.path, messageId: 'negative', severity: 'warning', data });
      }
    }
    for (const w of workloadMTUs(ctx.model)) consider(w.resource, w.path, w.label, w.value, worst);
    for (const { setting, tunnel } of activeTunnelMTUs(ctx.model)) consider(setting.resource, setting.path, setting.label, setting.value, tunnel);
    for (const f of byPlace.values()) {
      if (outOfRange.has(`${f.resource.file}#${f.resource.doc}#${f.path.join('.')}`)) continue;
      if (f.resource !== resource) continue;
      // What turns the tunnel on, so that a reader can tell which object the limit comes from.
      const from = f.tunnel === null ? undefined : enc.sources[f.tunnel.flag];
      const data = { setting: f.label, value: String(f.value), encap: f.tunnel?.name ?? 'no encapsulation', source: from === undefined ? '' : ` (from ${from})`, physical: String(physical), limit: String(f.limit), overhead: String(f.tunnel?.overhead ?? 0) };
      ctx.report({ path: f.path, messageId: configured === null ? 'tooBigAssumed' : 'tooBig', ...(configured === null ? { severity: 'warning' as const } : {}), data });
    }
  },
});
