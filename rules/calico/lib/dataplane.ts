/**
 * Felix settings and the encapsulation in use, gathered from FelixConfiguration `default`, the
 * calico-node `FELIX_*` env (which Felix ranks above the datastore), the pools, and the operator
 * Installation. Each setting keeps where it is written so a finding points at it.
 */
import type { ClusterModel } from '../../../src/engine/model.js';
import { derived } from '../../../src/engine/model.js';
import type { Path, Resource } from '../../../src/engine/types.js';
import { asObject } from '../../../src/engine/values.js';
import { kubeProxyMode } from '../../cluster/lib/kube-proxy.js';
import { calicoNodeInstalls, parseFelixBool } from './calico-node-env.js';
import { goInt } from './felix-param-types.js';
import { describePool, podPools, poolsOf, type PoolView } from './pools.js';

export interface Setting<T> {
  value: T;
  resource: Resource;
  path: Path;
  /** `FELIX_IPINIPENABLED`, `FelixConfiguration default spec.ipipEnabled`, … */
  label: string;
}

/** Felix parameters netlint reads: env name and FelixConfiguration field. */
export const FELIX_PARAMS = {
  ipipEnabled: { env: 'FELIX_IPINIPENABLED', field: 'ipipEnabled', type: 'bool' },
  vxlanEnabled: { env: 'FELIX_VXLANENABLED', field: 'vxlanEnabled', type: 'bool' },
  wireguardEnabled: { env: 'FELIX_WIREGUARDENABLED', field: 'wireguardEnabled', type: 'bool' },
  wireguardEnabledV6: { env: 'FELIX_WIREGUARDENABLEDV6', field: 'wireguardEnabledV6', type: 'bool' },
  ipipMTU: { env: 'FELIX_IPINIPMTU', field: 'ipipMTU', type: 'int' },
  vxlanMTU: { env: 'FELIX_VXLANMTU', field: 'vxlanMTU', type: 'int' },
  vxlanMTUV6: { env: 'FELIX_VXLANMTUV6', field: 'vxlanMTUV6', type: 'int' },
  wireguardMTU: { env: 'FELIX_WIREGUARDMTU', field: 'wireguardMTU', type: 'int' },
  wireguardMTUV6: { env: 'FELIX_WIREGUARDMTUV6', field: 'wireguardMTUV6', type: 'int' },
  programClusterRoutes: { env: 'FELIX_PROGRAMCLUSTERROUTES', field: 'programClusterRoutes', type: 'string' },
  bpfEnabled: { env: 'FELIX_BPFENABLED', field: 'bpfEnabled', type: 'bool' },
  nftablesMode: { env: 'FELIX_NFTABLESMODE', field: 'nftablesMode', type: 'string' },
} as const;

export type FelixParam = keyof typeof FELIX_PARAMS;
/** A parameter's value: `bool` and `int` parameters parsed, `string` ones (enums) as written, trimmed. */
export type FelixValue = boolean | number | string;

/** Every place a Felix parameter is set (env of each calico-node install, then FelixConfiguration default). */
export function felixSettings(model: ClusterModel, param: FelixParam): Setting<FelixValue>[] {
  // One derived view per parameter, made once (a key built per call would be hashed per call).
  let view = felixViews.get(param);
  if (!view) felixViews.set(param, (view = derived(`calico/felix/${param}`, (m) => computeFelixSettings(m, param))));
  return view(model);
}

const felixViews = new Map<FelixParam, (model: ClusterModel) => Setting<FelixValue>[]>();

function computeFelixSettings(m: ClusterModel, param: FelixParam): Setting<FelixValue>[] {
  const def = FELIX_PARAMS[param];
  const out: Setting<FelixValue>[] = [];
  for (const install of calicoNodeInstalls(m)) {
    const v = install.env.get(def.env);
    if (!v || v.value === null) continue;
    // An int as Felix parses it (param_types.go IntParam: strconv.ParseInt base 0, untrimmed; v3.32.1),
    // as calico/env-felix-value checks it: a sign and 0x count, so a negative MTU is judged.
    const value = def.type === 'bool' ? parseFelixBool(v.value) : def.type === 'int' ? goInt(v.value) : v.value.trim() || null;
    if (value !== null) out.push({ value, resource: v.resource, path: v.path, label: v.label });
  }
  for (const r of m.byKind('calico/FelixConfiguration')) {
    if (r.name !== 'default') continue;
    const v = asObject(r.value.spec)[def.field];
    if ((def.type === 'bool' && typeof v === 'boolean') || (def.type === 'int' && typeof v === 'number' && Number.isInteger(v)) || (def.type === 'string' && typeof v === 'string')) {
      out.push({ value: v as FelixValue, resource: r, path: ['spec', def.field], label: `FelixConfiguration default spec.${def.field}` });
    }
  }
  return out;
}

/**
 * A parameter as Felix reads it on the nodes a FelixConfiguration `spec` applies to: the env wins,
 * then the object's own field (a `node.<name>` object over `default`), then `default`'s.
 */
export function felixValueFor(model: ClusterModel, param: FelixParam, spec: Readonly<Record<string, unknown>> | undefined): FelixValue | null {
  const settings = felixSettings(model, param);
  const env = settings.find((s) => s.resource.kind !== 'FelixConfiguration');
  if (env !== undefined) return env.value;
  const def = FELIX_PARAMS[param];
  const own = spec?.[def.field];
  if ((def.type === 'bool' && typeof own === 'boolean') || (def.type === 'string' && typeof own === 'string') || (def.type === 'int' && typeof own === 'number' && Number.isInteger(own))) return own as FelixValue;
  return settings[0]?.value ?? null;
}

/** The effective value: the env wins over FelixConfiguration, as in Felix. */
export function felixValue(model: ClusterModel, param: FelixParam): Setting<FelixValue> | null {
  return felixSettings(model, param)[0] ?? null;
}

/**
 * Whether the input runs Felix's eBPF dataplane (on the nodes `spec`, a FelixConfiguration's, applies
 * to): `bpfEnabled` true in the calico-node env or the FelixConfiguration (felixValueFor), or an
 * operator Installation with `calicoNetwork.linuxDataplane: BPF` (the operator then sets
 * bpfEnabled in FelixConfiguration).
 */
export function bpfDataplane(model: ClusterModel, spec?: Readonly<Record<string, unknown>>): boolean {
  const set = felixValueFor(model, 'bpfEnabled', spec);
  if (set !== null) return set === true;
  return installationDataplane(model, 'BPF');
}

/** Whether an operator Installation in the input asks for `calicoNetwork.linuxDataplane: <name>`. */
function installationDataplane(model: ClusterModel, name: 'BPF' | 'Nftables'): boolean {
  return model.byKind('operator.tigera.io/Installation').some((r) => asObject(asObject(r.value.spec).calicoNetwork).linuxDataplane === name);
}

/**
 * Whether Felix runs with `nftablesMode: Enabled` (the env or FelixConfiguration default, in any
 * case as Felix's oneof reads it), or an operator Installation asks for `linuxDataplane: Nftables`
 * (the operator then enables it). Unset is Felix's default, Auto (config_params.go, v3.32.1).
 */
export function nftablesEnabled(model: ClusterModel, spec?: Readonly<Record<string, unknown>>): boolean {
  const set = felixValueFor(model, 'nftablesMode', spec);
  if (typeof set === 'string') return set.toLowerCase() === 'enabled';
  return installationDataplane(model, 'Nftables');
}

/**
 * The dataplane Felix programs policy with: eBPF (bpfDataplane), nftables (nftablesEnabled, or
 * nftablesMode Auto, Felix's default, beside a kube-proxy the input runs in nftables mode: felix
 * dataplane/linux/int_dataplane.go useNftables, v3.32.1), else iptables.
 */
export function policyDataplane(model: ClusterModel): 'eBPF' | 'nftables' | 'iptables' {
  if (bpfDataplane(model)) return 'eBPF';
  if (nftablesEnabled(model)) return 'nftables';
  const mode = felixValueFor(model, 'nftablesMode', undefined);
  const auto = typeof mode !== 'string' || mode.toLowerCase() === 'auto';
  return auto && kubeProxyMode(model)?.mode === 'nftables' ? 'nftables' : 'iptables';
}

export interface Encapsulation {
  ipip: boolean;
  vxlanV4: boolean;
  vxlanV6: boolean;
  wireguardV4: boolean;
  wireguardV6: boolean;
  crossSubnet: boolean;
  /** True when netlint saw any pool or pool env at all. */
  known: boolean;
  /** What turns each tunnel on, first seen: `IPPool default-ipv6 (fd00::/48) in pools.yaml`. */
  sources: Partial<Record<TunnelFlag, string>>;
}

type TunnelFlag = 'ipip' | 'vxlanV4' | 'vxlanV6' | 'wireguardV4' | 'wireguardV6';

/** A pool as the source of its encapsulation: pools.ts describePool, and its file. */
function poolSource(p: PoolView): string {
  return `${describePool(p)} in ${p.resource.file}`;
}

/**
 * The encapsulation the cluster's pods use: from enabled pools, or, when no pool is declared, the
 * `CALICO_IPV4POOL_IPIP` / `_VXLAN` env calico-node creates its default pool with.
 */
export function encapsulation(model: ClusterModel): Encapsulation {
  return model.memo('calico/encapsulation', (m) => {
    const pools = podPools(m);
    const e: Encapsulation = { ipip: false, vxlanV4: false, vxlanV6: false, wireguardV4: false, wireguardV6: false, crossSubnet: false, known: pools.length > 0, sources: {} };
    const on = (flag: TunnelFlag, source: string) => {
      e[flag] = true;
      e.sources[flag] ??= source;
    };
    for (const p of pools) {
      if (p.ipip !== 'Never') on('ipip', poolSource(p));
      if (p.vxlan !== 'Never') on(p.cidr?.family === 6 ? 'vxlanV6' : 'vxlanV4', poolSource(p));
      if (p.ipip === 'CrossSubnet' || p.vxlan === 'CrossSubnet') e.crossSubnet = true;
    }
    if (!poolsOf(m).some((p) => p.origin !== 'env')) {
      for (const install of calicoNodeInstalls(m)) {
        const mode = (name: string) => (install.env.get(name)?.value ?? '').toLowerCase();
        for (const [name, flag] of [
          ['CALICO_IPV4POOL_IPIP', 'ipip'],
          ['CALICO_IPV4POOL_VXLAN', 'vxlanV4'],
        ] as const) {
          const v = mode(name);
          if (v === 'always' || v === 'crosssubnet' || v === 'cross-subnet') {
            on(flag, `${name} of DaemonSet ${install.daemonSet.name} in ${install.daemonSet.file}`);
            e.known = true;
            if (v !== 'always') e.crossSubnet = true;
          } else if (v === 'never' || v === 'off') e.known = true;
        }
      }
    }
    for (const [param, flag] of [['wireguardEnabled', 'wireguardV4'], ['wireguardEnabledV6', 'wireguardV6']] as const) {
      const v = felixValue(m, param);
      if (v?.value === true) on(flag, `${v.label} in ${v.resource.file}`);
    }
    return e;
  });
}

/** Workload (veth) MTU settings: `calico-config` `veth_mtu` and the operator's `calicoNetwork.mtu` (0 = auto-detect, skipped). */
export function workloadMTUs(model: ClusterModel): Setting<number>[] {
  return model.memo('calico/workload-mtu', (m) => {
    const out: Setting<number>[] = [];
    for (const cm of m.byKind('ConfigMap')) {
      if (cm.name !== 'calico-config') continue;
      const v = asObject(cm.value.data).veth_mtu;
      // Substituted into the CNI network config's JSON as the number `mtu`: decimal digits only.
      const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : null;
      if (n) out.push({ value: n, resource: cm, path: ['data', 'veth_mtu'], label: 'calico-config veth_mtu' });
    }
    for (const r of m.byKind('operator.tigera.io/Installation')) {
      const v = asObject(asObject(r.value.spec).calicoNetwork).mtu;
      if (typeof v === 'number' && Number.isInteger(v) && v > 0) out.push({ value: v, resource: r, path: ['spec', 'calicoNetwork', 'mtu'], label: 'Installation calicoNetwork.mtu' });
    }
    return out;
  });
}

/** The tunnel MTU parameter of each encapsulation, with its overhead (docs: "Configure MTU"). */
export const TUNNELS = [
  { param: 'ipipMTU', name: 'IPIP', overhead: 20, flag: 'ipip', active: (e: Encapsulation) => e.ipip },
  { param: 'vxlanMTU', name: 'VXLAN (IPv4)', overhead: 50, flag: 'vxlanV4', active: (e: Encapsulation) => e.vxlanV4 },
  { param: 'vxlanMTUV6', name: 'VXLAN (IPv6)', overhead: 70, flag: 'vxlanV6', active: (e: Encapsulation) => e.vxlanV6 },
  { param: 'wireguardMTU', name: 'WireGuard (IPv4)', overhead: 60, flag: 'wireguardV4', active: (e: Encapsulation) => e.wireguardV4 },
  { param: 'wireguardMTUV6', name: 'WireGuard (IPv6)', overhead: 80, flag: 'wireguardV6', active: (e: Encapsulation) => e.wireguardV6 },
] as const;

/** Tunnel MTU settings (non-zero) of the encapsulations in use. */
export function activeTunnelMTUs(model: ClusterModel): { setting: Setting<number>; tunnel: (typeof TUNNELS)[number] }[] {
  const enc = encapsulation(model);
  return TUNNELS.filter((t) => t.active(enc)).flatMap((tunnel) =>
    felixSettings(model, tunnel.param)
      .filter((s): s is Setting<number> => typeof s.value === 'number' && s.value > 0)
      .map((setting) => ({ setting, tunnel })),
  );
}
