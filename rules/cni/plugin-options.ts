/**
 * What the reference CNI plugins refuse in their own options when they load a config
 * (containernetworking/plugins v1.9.1): the pod's sandbox setup fails on the first pod that uses
 * it. A table by plugin type (and IPAM type), so another plugin is another entry.
 */
import { cidrBounds, containsIp, familyBits, goIpNet, isIpv4MappedValue, isMasked, parseGoCidr, parseGoIp, parseIp, parseLegacyCidr, parseLegacyIp } from '../../src/engine/cidr.js';
import type { Cidr } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { asArray, goJsonField, goJsonKey, isObject } from '../../src/engine/values.js';
import type { Obj } from '../../src/engine/values.js';
import { NAD_KIND, nadOf, pluginsOf } from '../multus/lib/nads.js';
import { typoDistance } from '../../src/engine/did-you-mean.js';
import { reportIn } from './lib/json-source.js';
import { IPAM_PASSED_AS_WRITTEN } from './lib/plugins.js';
import { DNS_FIELDS, IPAM_FIELDS, NET_CONF, NET_CONF_KEYS, TRUNK_FIELDS, fieldTypeProblems, isGoMac, pluginFields, type GoType } from './lib/plugin-fields.js';
import { CNI_SOURCE_KINDS, cniSource } from './lib/sources.js';

/** `misread`: the plugin takes the config but not as written (a warning), rather than failing. */
type Problem = { path: Path; text: string; misread?: true; beforePlugin?: true };

/** A plugin's fields less those other rules check (cniVersion, name), so a value is told once. */
function withoutOwnRules(fields: Record<string, GoType>): Record<string, GoType> {
  const { cniVersion: _version, name: _name, ...rest } = fields;
  return rest;
}
/** `conf`: the whole network config (a list's plugins run with the list's cniVersion: libcni injects it). */
type Check = (o: Obj, at: Path, conf?: Obj) => Problem[];

/** The key Go's encoding/json decodes into field `name` (keys match in any case, as the plugins' config structs are decoded). */
const goKey = goJsonKey;

const oneOf = (field: string, allowed: readonly string[], source: string): Check => (o, at) => {
  const key = goKey(o, field);
  if (key === undefined || (typeof o[key] === 'string' && allowed.includes(o[key] as string))) return [];
  return [{ path: [...at, key], text: `${key} ${JSON.stringify(o[key])} is not one of ${allowed.filter(Boolean).join(', ')} (${source})` }];
};

const vlanId = (field: string, source: string): Check => (o, at) => {
  const key = goKey(o, field);
  if (key === undefined || (Number.isInteger(o[key]) && (o[key] as number) >= 0 && (o[key] as number) <= 4094)) return [];
  return [{ path: [...at, key], text: `${key} ${JSON.stringify(o[key])} is not a VLAN ID from 0 to 4094 (${source})` }];
};

/** Plugins that always hand the new interface to an IPAM plugin: without `ipam` they run one named "" and fail. */
const needsIpam = (source: string): Check => (o, at) =>
  ipamTypeOf(o) !== null ? [] : [{ path: at, text: `${String(o.type)} needs an "ipam" section with a type: it always runs IPAM for the interface it creates (${source})` }];

const fieldOf = goJsonField;

/** The IPAM plugin a config names (`ipam.type`, keys in any case), or null. */
function ipamTypeOf(o: Obj): string | null {
  const ipam = fieldOf(o, 'ipam');
  const type = isObject(ipam) ? fieldOf(ipam, 'type') : undefined;
  return typeof type === 'string' && type !== '' ? type : null;
}

/** A boolean field's value as Go reads it (true only for JSON true), keys in any case. */
const flag = (o: Obj, field: string): boolean => {
  const key = goKey(o, field);
  return key !== undefined && o[key] === true;
};
const num = (o: Obj, field: string): number | null => {
  const key = goKey(o, field);
  return key !== undefined && typeof o[key] === 'number' ? (o[key] as number) : null;
};

/** bandwidth's validateRateAndBurst (plugins/meta/bandwidth/main.go): rate and burst go together, a burst of 4 GB or more is refused. */
const rateAndBurst: Check = (o, at) =>
  (['ingress', 'egress'] as const).flatMap((dir) => {
    const rate = num(o, `${dir}Rate`) ?? 0;
    const burst = num(o, `${dir}Burst`) ?? 0;
    const key = goKey(o, rate !== 0 ? `${dir}Rate` : `${dir}Burst`) ?? `${dir}Rate`;
    if ((rate === 0) !== (burst === 0)) return [{ path: [...at, key], text: `${dir}Rate and ${dir}Burst go together: "if ${rate !== 0 ? 'rate' : 'burst'} is set, ${rate !== 0 ? 'burst' : 'rate'} must also be set" (bandwidth main.go validateRateAndBurst)` }];
    if (burst / 8 >= 2 ** 32) return [{ path: [...at, goKey(o, `${dir}Burst`)!], text: `${dir}Burst ${burst} bits is 4 GB or more: "burst cannot be more than 4GB" (bandwidth main.go validateRateAndBurst)` }];
    return [];
  });

/** bridge's vlanTrunk entries (bridge.go collectVlanTrunk): IDs 1-4094, minID and maxID together and in order. */
const vlanTrunk: Check = (o, at) => {
  const key = goKey(o, 'vlanTrunk');
  if (key === undefined || !Array.isArray(o[key])) return [];
  return (o[key] as unknown[]).flatMap((item, i): Problem[] => {
    if (!isObject(item)) return [];
    const [min, max, id] = [num(item, 'minID'), num(item, 'maxID'), num(item, 'id')];
    const path = [...at, key, i];
    const bad = (v: number) => v <= 0 || v > 4094;
    if ((min === null) !== (max === null)) return [{ path, text: `vlanTrunk[${i}] needs minID and maxID together (bridge.go collectVlanTrunk)` }];
    if (min !== null && max !== null && (bad(min) || bad(max) || max < min)) return [{ path, text: `vlanTrunk[${i}] minID ${min} to maxID ${max} is not a range of VLAN IDs within 1-4094 (bridge.go collectVlanTrunk)` }];
    if (id !== null && bad(id)) return [{ path, text: `vlanTrunk[${i}] id ${id} is not a VLAN ID from 1 to 4094 (bridge.go collectVlanTrunk)` }];
    return [];
  });
};

/** bridge's cmdAdd combinations (bridge.go). */
const bridgeCombinations: Check = (o, at) => [
  ...(flag(o, 'hairpinMode') && flag(o, 'promiscMode') ? [{ path: at, text: 'hairpinMode and promiscMode cannot both be true: "cannot set hairpin mode and promiscuous mode at the same time" (bridge.go cmdAdd)' }] : []),
  ...(flag(o, 'disableContainerInterface') && ipamTypeOf(o) !== null ? [{ path: at, text: 'disableContainerInterface with an ipam section: "cannot use IPAM when DisableContainerInterface flag is set" (bridge.go cmdAdd)' }] : []),
];

/**
 * The backend-specific options of a portmap config (portmap main.go ensureBackend): a non-null
 * externalSetMarkChain is iptables', and conditionsV4/conditionsV6 belong to the backend their
 * first entry is written for (an iptables match starts with `-` or `!`, an nftables one never
 * does: detectBackendOfConditions; an empty list or first entry belongs to neither).
 */
function portmapBackendOptions(o: Obj): Record<'iptables' | 'nftables', string[]> & { chain: boolean } {
  const found = { iptables: [] as string[], nftables: [] as string[], chain: false };
  const chain = goKey(o, 'externalSetMarkChain');
  if (chain !== undefined && o[chain] !== null) {
    found.iptables.push(chain);
    found.chain = true;
  }
  for (const name of ['conditionsV4', 'conditionsV6']) {
    const key = goKey(o, name);
    const first: unknown = key !== undefined && Array.isArray(o[key]) ? (o[key] as unknown[])[0] : undefined;
    if (typeof first === 'string' && first !== '') found[first[0] === '-' || first[0] === '!' ? 'iptables' : 'nftables'].push(key!);
  }
  return found;
}

/**
 * portmap's parseConfig (plugins/meta/portmap/main.go): markMasqBit 0-31 and not with
 * externalSetMarkChain, backend iptables or nftables, and no option of the other backend
 * (ensureBackend: "… backend was requested but configuration contains …-specific options").
 * Without a `backend` portmap takes iptables where the node can run it (iptables-legacy or
 * iptables-nft, pkg/utils/netfilter.go SupportsIPTables), else nftables, without looking at the
 * options (cni.dev's portmap page says nftables conditions choose nftables; the code does not):
 * nftables-only options then fail on most nodes (a warning, as a node without iptables takes
 * them), and options of both backends fail everywhere.
 */
const portmapOptions: Check = (o, at) => {
  const out: Problem[] = [];
  const bit = num(o, 'markMasqBit');
  const bitKey = goKey(o, 'markMasqBit');
  if (bit !== null && (bit < 0 || bit > 31)) out.push({ path: [...at, bitKey!], text: `markMasqBit ${bit} is not a bit from 0 to 31 (portmap main.go parseConfig)` });
  const options = portmapBackendOptions(o);
  if (bitKey !== undefined && o[bitKey] !== null && options.chain) out.push({ path: [...at, bitKey], text: 'markMasqBit and externalSetMarkChain cannot both be set (portmap main.go parseConfig)' });
  const backendKey = goKey(o, 'backend');
  const backend = backendKey === undefined ? null : o[backendKey];
  const list = (keys: string[]) => keys.join(', ');
  if (backend === 'iptables' || backend === 'nftables') {
    const other = backend === 'iptables' ? 'nftables' : 'iptables';
    if (options[other].length > 0) out.push({ path: [...at, options[other][0]], text: `backend ${backend} with ${other}-specific options (${list(options[other])}): "${backend} backend was requested but configuration contains ${other}-specific options" (portmap main.go ensureBackend)` });
  } else if (backend === null || backend === undefined) {
    if (options.iptables.length > 0 && options.nftables.length > 0) {
      out.push({ path: [...at, options.nftables[0]], text: `options of both backends, iptables (${list(options.iptables)}) and nftables (${list(options.nftables)}): whichever backend portmap picks refuses the other's ("… backend was requested but configuration contains …-specific options", portmap main.go ensureBackend)` });
    } else if (options.nftables.length > 0) {
      out.push({ path: [...at, options.nftables[0]], text: `${list(options.nftables)} ${options.nftables.length > 1 ? 'are' : 'is'} written for nftables, but no backend is named: portmap picks iptables on a node that can run it, whatever the conditions are written for (main.go ensureBackend does not look at them), and then refuses the config ("iptables backend was requested but configuration contains nftables-specific options", portmap main.go ensureBackend); add "backend": "nftables"`, misread: true });
    }
  }
  return [...out, ...oneOf('backend', ['iptables', 'nftables'], 'portmap main.go ensureBackend')(o, at)];
};

/** bond-cni's loadConfigFile, getLinkObjectsFromConfig, createBondedLink and ValidateMTU (k8snetworkplumbingwg/bond-cni bond/bond.go, bond/util/validation.go). */
const bondOptions: Check = (o, at) => {
  const out: Problem[] = [];
  const field = (name: string) => {
    const key = goKey(o, name);
    return { key, value: key === undefined ? undefined : o[key], path: key === undefined ? at : [...at, key] };
  };
  // netlink StringToBondMode / StringToBondXmitHashPolicy.
  const mode = field('mode');
  const modes = ['balance-rr', 'active-backup', 'balance-xor', 'broadcast', '802.3ad', 'balance-tlb', 'balance-alb'];
  if (typeof mode.value !== 'string' || !modes.includes(mode.value)) out.push({ path: mode.path, text: `bonding mode ${JSON.stringify(mode.value ?? '')} is not supported (one of ${modes.join(', ')})` });
  const miimon = field('miimon');
  if (typeof miimon.value !== 'string' || !/^[+-]?\d+$/.test(miimon.value)) out.push({ path: miimon.path, text: `miimon ${miimon.value === undefined ? 'is missing' : JSON.stringify(miimon.value)}: bond-cni reads it as a number in a string, e.g. "100" (strconv.Atoi)` });
  const links = field('links');
  const names = asArray(links.value).filter((l) => isObject(l) && typeof l.name === 'string');
  if (names.length < 2) out.push({ path: links.path, text: `bonding requires at least two links, each with a "name" (this has ${names.length})` });
  const failOverMac = num(o, 'failOverMac');
  if (failOverMac !== null && (failOverMac < 0 || failOverMac > 2)) out.push({ path: field('failOverMac').path, text: `failOverMac ${failOverMac} should be 0, 1 or 2` });
  const allActive = num(o, 'allSlavesActive');
  if (allActive !== null && allActive !== 0 && allActive !== 1) out.push({ path: field('allSlavesActive').path, text: `allSlavesActive ${allActive} should be 0 or 1` });
  const tlb = field('tlbDynamicLb');
  const tlbValue = num(o, 'tlbDynamicLb');
  if (tlb.value !== undefined && tlb.value !== null && mode.value !== 'balance-tlb' && mode.value !== 'balance-alb') out.push({ path: tlb.path, text: 'tlbDynamicLb is only supported in balance-tlb or balance-alb mode' });
  else if (tlbValue !== null && tlbValue !== 0 && tlbValue !== 1) out.push({ path: tlb.path, text: `tlbDynamicLb ${tlbValue} should be 0 or 1` });
  const policy = field('xmitHashPolicy');
  const policies = ['layer2', 'layer3+4', 'layer2+3', 'encap2+3', 'encap3+4', 'vlan+srcmac'];
  if (typeof policy.value === 'string' && !policies.includes(policy.value)) out.push({ path: policy.path, text: `xmitHashPolicy "${policy.value}" is not supported (one of ${policies.join(', ')})` });
  const mtu = num(o, 'mtu');
  if (mtu !== null && mtu !== 0 && mtu < 68) out.push({ path: field('mtu').path, text: `bond MTU ${mtu} should be 68 or bigger` });
  return out;
};

/**
 * sriov-cni's LoadConf (k8snetworkplumbingwg/sriov-cni v2.10.0 pkg/config/config.go): vlan 0-4094,
 * vlanQoS 0-7 and vlanProto 802.1Q/802.1ad only with a vlan (non-zero for a QoS or 802.1ad),
 * link_state auto/enable/disable; spoofchk and trust turn on only for "on" (pkg/sriov/sriov.go).
 */
const sriovOptions: Check = (o, at) => {
  const out: Problem[] = [];
  const path = (name: string) => [...at, goKey(o, name) ?? name];
  const has = (name: string) => goKey(o, name) !== undefined && o[goKey(o, name)!] !== null;
  const vlan = num(o, 'vlan');
  const qos = num(o, 'vlanQoS');
  const protoKey = goKey(o, 'vlanProto');
  const proto = protoKey !== undefined && typeof o[protoKey] === 'string' ? (o[protoKey] as string).toLowerCase() : null;
  if (!has('vlan')) {
    if (has('vlanQoS')) out.push({ path: path('vlanQoS'), text: 'vlanQoS needs a vlan: "vlan id must be configured to set vlan QoS" (sriov-cni LoadConf)' });
    if (has('vlanProto')) out.push({ path: path('vlanProto'), text: 'vlanProto needs a vlan: "vlan id must be configured to set vlan proto" (sriov-cni LoadConf)' });
  } else if (vlan !== null) {
    if (vlan < 0 || vlan > 4094) out.push({ path: path('vlan'), text: `vlan ${vlan} is not a VLAN ID from 0 to 4094 (sriov-cni LoadConf)` });
    if (qos !== null && (qos < 0 || qos > 7)) out.push({ path: path('vlanQoS'), text: `vlanQoS ${qos} is not a priority from 0 to 7 (sriov-cni LoadConf)` });
    else if (qos !== null && qos !== 0 && vlan === 0) out.push({ path: path('vlanQoS'), text: 'a non-zero vlanQoS needs a non-zero vlan (sriov-cni LoadConf)' });
    if (proto !== null && proto !== '802.1q' && proto !== '802.1ad') out.push({ path: path('vlanProto'), text: `vlanProto "${o[protoKey!]}" is not 802.1Q or 802.1ad (sriov-cni LoadConf)` });
    else if (proto === '802.1ad' && vlan === 0) out.push({ path: path('vlanProto'), text: 'vlanProto 802.1ad needs a non-zero vlan (sriov-cni LoadConf)' });
  }
  out.push(...oneOf('link_state', ['', 'auto', 'enable', 'disable'], 'sriov-cni LoadConf')(o, at));
  for (const name of ['spoofchk', 'trust']) {
    const key = goKey(o, name);
    const v = key === undefined ? undefined : o[key];
    if (typeof v === 'string' && v !== '' && v !== 'on' && v !== 'off') out.push({ path: [...at, key!], text: `${name} "${v}" is neither "on" nor "off": sriov-cni turns it on only for "on", so this sets it off`, misread: true });
  }
  return out;
};

/** A `mac` the plugin parses with net.ParseMAC (macvlan, tuning). */
const macAddress = (source: string): Check => (o, at) => {
  const key = goKey(o, 'mac');
  const v = key === undefined ? undefined : o[key];
  return typeof v === 'string' && v !== '' && !PLACEHOLDER.test(v) && !isGoMac(v) ? [{ path: [...at, key!], text: `mac "${v}" is not a MAC address (${source}, net.ParseMAC)` }] : [];
};

/** An MTU the plugin refuses below 0 (macvlan.go, vlan.go loadConf: "invalid MTU"). */
const mtuNotNegative = (source: string): Check => (o, at) => {
  const mtu = num(o, 'mtu');
  return mtu !== null && mtu < 0 ? [{ path: [...at, goKey(o, 'mtu')!], text: `mtu ${mtu} is negative (${source})` }] : [];
};

/**
 * ovs-cni's VLANs (v0.39.0 pkg/plugin/plugin.go). Without a trunk, `vlan` becomes the port's access
 * tag, which Open vSwitch's schema holds to 0–4095 (vswitchd/vswitch.ovsschema, Port `tag`, v3.7.1),
 * so a larger one fails the OVSDB transaction; with a trunk, `vlan` is not used. A trunk goes
 * through splitVlanIds: minID and maxID up to 4096, minID not above maxID, and at least one VLAN in
 * all; the VLANs it names become the port's `trunks`, which the same schema holds to 0–4095
 * (Port `trunks`), so a trunk naming 4096 (or an `id` above it, which splitVlanIds does not bound)
 * passes ovs-cni and fails in Open vSwitch.
 */
const ovsVlans: Check = (o, at) => {
  const key = goKey(o, 'trunk');
  const trunk = key === undefined ? [] : asArray(o[key]);
  if (trunk.length === 0) {
    const vlan = num(o, 'vlan');
    return vlan !== null && vlan > 4095 ? [{ path: [...at, goKey(o, 'vlan')!], text: `vlan ${vlan} is not a VLAN tag from 0 to 4095: Open vSwitch refuses it as the port's tag (vswitch.ovsschema Port tag)` }] : [];
  }
  const out: Problem[] = [];
  let vlans = 0;
  trunk.forEach((item, i) => {
    if (!isObject(item)) return;
    const [min, max, id] = [num(item, 'minID'), num(item, 'maxID'), num(item, 'id')];
    if ((min ?? 0) > 4096 || (max ?? 0) > 4096) out.push({ path: [...at, key!, i], text: `trunk[${i}] minID/maxID above 4096 (ovs-cni splitVlanIds)` });
    else if (max !== null && max < (min ?? 0)) out.push({ path: [...at, key!, i], text: `trunk[${i}]: "minID is greater than maxID in trunk parameter" (ovs-cni splitVlanIds)` });
    else {
      // What splitVlanIds lets through becomes the port's `trunks`, which the schema holds to 0–4095;
      // an `id` is not bounded there at all (it tests minID instead).
      const top = Math.max(id ?? 0, (min ?? 0) > 0 && (max ?? 0) > 0 ? (max as number) : 0);
      if (top > 4095) out.push({ path: [...at, key!, i], text: `trunk[${i}] names VLAN ${top}, not a VLAN from 0 to 4095: Open vSwitch refuses it in the port's trunks (vswitch.ovsschema Port trunks)` });
    }
    if ((min ?? 0) > 0 && (max ?? 0) > 0) vlans++;
    if (id !== null) vlans++;
  });
  if (out.length === 0 && vlans === 0) out.push({ path: [...at, key!], text: 'trunk names no VLAN (each entry needs minID and maxID above 0, or id): "trunk parameter is misconfigured" (ovs-cni splitVlanIds)' });
  return out;
};

/** Plugin options by `type`. */
/**
 * Calico's dataplane_options: without `type` the system dataplane, with `type: grpc` the gRPC one,
 * any other type refused on every ADD ("invalid dataplane type", cni-plugin/pkg/dataplane
 * dataplane.go GetDataplane, Calico v3.32.1).
 */
const calicoDataplane: Check = (o, at) => {
  const key = goKey(o, 'dataplane_options');
  const options = key === undefined ? undefined : o[key];
  if (!isObject(options) || !('type' in options) || options.type === 'grpc') return [];
  return [{ path: [...at, key!, 'type'], text: `dataplane_options.type ${JSON.stringify(options.type)} is not a dataplane Calico knows ("invalid dataplane type"; only grpc, or no type for the system dataplane)` }];
};

const PLUGIN_CHECKS: Record<string, Check[]> = {
  calico: [calicoDataplane],
  bond: [bondOptions],
  ovs: [ovsVlans],
  firewall: [oneOf('ingressPolicy', ['', 'open', 'same-bridge', 'isolated'], 'firewall ingresspolicy.go setupIngressPolicy')],
  sriov: [sriovOptions],
  macvlan: [oneOf('mode', ['', 'bridge', 'private', 'vepa', 'passthru'], 'macvlan.go modeFromString'), mtuNotNegative('macvlan.go loadConf'), macAddress('macvlan.go')],
  ipvlan: [oneOf('mode', ['', 'l2', 'l3', 'l3s'], 'ipvlan.go modeFromString')],
  bridge: [vlanId('vlan', 'bridge.go loadNetConf'), vlanTrunk, bridgeCombinations],
  bandwidth: [rateAndBurst],
  portmap: [portmapOptions],
  vrf: [(o, at) => (typeof fieldOf(o, 'vrfname') === 'string' && fieldOf(o, 'vrfname') !== '' ? [] : [{ path: at, text: '"vrfname" is required: the VRF to put the interface in (vrf main.go parseConf)' }])],
  tuning: [
    macAddress('tuning.go'),
    (o, at) => {
      const key = goKey(o, 'sysctl');
      if (key === undefined || !isObject(o[key])) return [];
      // tuning writes each key under /proc/sys/net/ only (tuning.go validateSysctlConf).
      return Object.keys(o[key] as Obj).filter((k) => !/^net[./]/.test(k)).map((k) => ({ path: [...at, key, k], text: `sysctl ${k} is outside net.*: tuning only sets network sysctls ("/proc/sys/net/")` }));
    },
  ],
  vlan: [
    (o, at) => {
      const key = goKey(o, 'master');
      return key !== undefined && typeof o[key] === 'string' && o[key] !== '' ? [] : [{ path: key === undefined ? at : [...at, key], text: '"master" is required: the host interface to create the VLAN on (vlan.go loadConf)' }];
    },
    vlanId('vlanId', 'vlan.go loadConf'),
    mtuNotNegative('vlan.go loadConf'),
    needsIpam('vlan.go cmdAdd, ipam.ExecAdd'),
  ],
  ptp: [needsIpam('ptp.go cmdAdd, ipam.ExecAdd')],
  dummy: [needsIpam('dummy.go cmdAdd: "dummy interface requires an IPAM configuration"')],
};

/** Plugins that act on a previous plugin's result: first (or alone) in a list they have none and fail (plugins/meta, v1.9.1). */
const CHAINED_ONLY: Record<string, { source: string; when?: (o: Obj) => boolean }> = {
  tuning: { source: 'tuning.go cmdAdd: "Required prevResult missing"' },
  portmap: { source: 'portmap main.go cmdAdd: "must be called as chained plugin"' },
  // Without a rate it passes the previous result on; with one it needs that result.
  bandwidth: { source: 'bandwidth main.go cmdAdd: "must be called as chained plugin"', when: (o) => ['ingressRate', 'egressRate'].some((f) => { const k = goKey(o, f); return k !== undefined && typeof o[k] === 'number' && o[k] !== 0; }) },
  sbr: { source: 'sbr main.go cmdAdd' },
  vrf: { source: 'vrf main.go cmdAdd: "missing prevResult from earlier plugin"' },
  firewall: { source: 'firewall.go cmdAdd: "missing prevResult from earlier plugin"' },
};

/** Interface plugins whose container interface has no veth peer on the host (they move or stack a device). */
const NO_VETH_PEER = new Set(['macvlan', 'ipvlan', 'vlan', 'host-device', 'sriov', 'bond', 'ib-sriov', 'vdpa', 'dummy']);

/** What a plugin's place in the list rules out: a chained-only plugin first, ipvlan first without IPAM, bandwidth on an interface without a veth peer. */
function chainProblems(plugin: Obj, at: Path, first: boolean, firstType: unknown): Problem[] {
  // bandwidth shapes traffic on the host side of a veth pair (main.go getHostInterface).
  if (!first && plugin.type === 'bandwidth' && CHAINED_ONLY.bandwidth.when!(plugin) && typeof firstType === 'string' && NO_VETH_PEER.has(firstType)) {
    return [{ path: at, text: `bandwidth with a rate needs the veth pair bridge or ptp make, and ${firstType} makes none: "no veth peer of container interface found in host ns" (bandwidth main.go getHostInterface)` }];
  }
  if (!first || typeof plugin.type !== 'string') return [];
  // A written prevResult reaches the plugin: libcni injects one only when a plugin before gave it
  // (containernetworking/cni libcni/api.go buildOneConfig). Such a file is what a runtime hands a
  // chained plugin on stdin (the CNI spec's examples), not a configuration that fails.
  const written = goKey(plugin, 'prevResult');
  if (written !== undefined && isObject(plugin[written])) return [];
  const chained = CHAINED_ONLY[plugin.type];
  if (chained && (chained.when?.(plugin) ?? true)) return [{ path: at, text: `${plugin.type} works on the result of a plugin before it, and here it is the first (${chained.source})` }];
  // ipvlan takes its addresses from a previous result when chained, else from its IPAM (ipvlan.go cmdAdd).
  if (plugin.type === 'ipvlan') return needsIpam('ipvlan.go cmdAdd, not chained after another plugin')(plugin, at);
  return [];
}

/**
 * A value an installer substitutes before the file is used (`__EGRESSPLUGINIPAMSUBNET__` in
 * amazon-vpc-cni-k8s misc/10-aws.conflist, `${SUBNET}`, `$SUBNET`): not judged.
 */
const PLACEHOLDER = /^(__\w+__|\$\{\w+\}|\$\w+)$/;

/** A network with fewer than two host bits (/31, /32; /127, /128): once its network and broadcast addresses are taken, IPAM plugins have none to give. */
function noAddressToGive(c: Cidr): boolean {
  return familyBits(c.family) - c.prefix < 2;
}

/**
 * A host-local subnet the allocator refuses (allocator/range.go Canonicalize): libcni's types.IPNet
 * parses it with Go's net.ParseCIDR, canonicalizeIP shortens an IPv4-mapped address to 4 bytes
 * (To4) while the mask keeps 16.
 */
function subnetProblem(subnet: unknown): string | null {
  if (typeof subnet !== 'string' || PLACEHOLDER.test(subnet)) return null;
  const parsed = parseGoCidr(subnet);
  if (!parsed.ok) return `subnet ${parsed.error}`;
  if (noAddressToGive(parsed.cidr)) return `subnet ${subnet} is too small to allocate from (a /${parsed.cidr.prefix} has no address to give)`;
  if (parsed.cidr.family === 6 && isIpv4MappedValue(parsed.cidr.addr)) return `subnet ${subnet} is IPv4-mapped: host-local takes its address as IPv4 and its mask as IPv6 and refuses it ("IPNet IP and Mask version mismatch")`;
  return isMasked(parsed.cidr) ? null : `subnet ${subnet} has host bits set (host-local refuses it: "Network has host bits set")`;
}

/**
 * A host-local range's rangeStart, rangeEnd and gateway (allocator/range.go Canonicalize, Contains):
 * addresses, of the subnet's family, inside it, the end not before the start. Returns the range's
 * bounds for the overlap check, or null when it is not one.
 */
function rangeProblems(r: Obj, at: Path, out: Problem[]): { family: number; lo: bigint; hi: bigint; text: string; subnetPath: Path } | null {
  const subnetKey = goKey(r, 'subnet') ?? 'subnet';
  const subnet = r[subnetKey];
  const why = subnetProblem(subnet);
  if (why) out.push({ path: [...at, subnetKey], text: why });
  if (why || typeof subnet !== 'string' || PLACEHOLDER.test(subnet)) return null;
  const net = parseGoCidr(subnet);
  if (!net.ok) return null;
  const bounds = cidrBounds(net.cidr);
  const ips: Record<string, bigint> = {};
  for (const field of ['rangeStart', 'rangeEnd', 'gateway']) {
    const key = goKey(r, field);
    const v = key === undefined ? undefined : r[key];
    if (typeof v !== 'string' || PLACEHOLDER.test(v)) continue;
    // canonicalizeIP: an IPv4-mapped address is the IPv4 address (To4).
    const ip = parseGoIp(v);
    if (ip === null) out.push({ path: [...at, key!], text: `${field} "${v}" is not an IP address (host-local: "cannot understand ip")` });
    else if (field !== 'gateway' && (ip.family !== net.cidr.family || ip.value < bounds.lo || ip.value > bounds.hi)) out.push({ path: [...at, key!], text: `${field} ${v} is not in network ${subnet} (range.go Canonicalize)` });
    else ips[field] = ip.value;
  }
  if (ips.rangeStart !== undefined && ips.rangeEnd !== undefined && ips.rangeEnd < ips.rangeStart) out.push({ path: [...at, goKey(r, 'rangeEnd')!], text: `rangeEnd comes before rangeStart: "RangeEnd … not in network" (range.go Canonicalize)` });
  return { family: net.cidr.family, lo: ips.rangeStart ?? bounds.lo, hi: ips.rangeEnd ?? bounds.hi, text: subnet, subnetPath: [...at, subnetKey] };
}

/**
 * allocator/config.go LoadIPAMConfig (containernetworking/plugins v1.9.1): more than one range set
 * of a family needs cniVersion 0.3.0 or later ("CNI version … does not support more than 1 address
 * per family"); a set's family is its first range's, and a config without cniVersion is read as
 * 0.1.0 (version.GreaterThanOrEqualTo fails on it, so the check refuses it too). A cniVersion that
 * is no version at all is cni/cniversion's finding. `sets`: each range set's path and family.
 */
function rangesPerFamilyProblems(sets: readonly { path: Path; family: number }[], conf: Obj): Problem[] {
  const written = conf.cniVersion;
  const version = written === undefined || written === '' ? '0.1.0' : written;
  const parts = typeof version === 'string' ? /^(\d+)\.(\d+)\.(\d+)$/.exec(version) : null;
  if (parts === null || Number(parts[1]) > 0 || Number(parts[2]) >= 3) return [];
  const out: Problem[] = [];
  for (const family of [4, 6]) {
    const ofFamily = sets.filter((s) => s.family === family);
    if (ofFamily.length < 2) continue;
    const shown = written === undefined || written === '' ? 'no cniVersion (read as 0.1.0)' : `cniVersion "${written}"`;
    out.push({ path: ofFamily[1].path, text: `${ofFamily.length} IPv${family} range sets with ${shown}: "CNI version ${written ?? ''} does not support more than 1 address per family" (host-local allocator/config.go); use cniVersion 0.3.0 or later, or one range set per family` });
  }
  return out;
}

/** A host-local range's family and address bounds, as rangeProblems gives them. */
type RangeBounds = NonNullable<ReturnType<typeof rangeProblems>>;

/** A route's dst and gw (types.Route: dst parsed with net.ParseCIDR, gw with net.ParseIP). */
const routes: Check = (ipam, at) => {
  const key = goKey(ipam, 'routes');
  if (key === undefined) return [];
  return asArray(ipam[key]).flatMap((route, i): Problem[] => {
    if (!isObject(route)) return [];
    const out: Problem[] = [];
    const dst = route[goKey(route, 'dst') ?? 'dst'];
    if (typeof dst === 'string' && !PLACEHOLDER.test(dst) && !parseGoCidr(dst).ok) out.push({ path: [...at, key, i, goKey(route, 'dst')!], text: `route dst "${dst}" is not a network in CIDR form (the config does not decode: types.Route)` });
    const gw = route[goKey(route, 'gw') ?? 'gw'];
    if (typeof gw === 'string' && gw !== '' && !PLACEHOLDER.test(gw) && parseIp(gw) === null) out.push({ path: [...at, key, i, goKey(route, 'gw')!], text: `route gw "${gw}" is not an IP address (types.Route)` });
    return out;
  });
};

/**
 * The reference plugins whose config structs PLUGIN_FIELDS lists whole (containernetworking/plugins
 * v1.9.1), with the keys every plugin may also be handed (the CNI spec's `runtimeConfig`, `args`
 * and `prevResult`) and fields Go reads under their Go name (host-device's untagged DPDKMode).
 */
const WHOLE_FIELD_LISTS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  ['bridge', 'macvlan', 'ipvlan', 'vlan', 'ptp', 'host-device', 'tap', 'tuning', 'bandwidth', 'portmap', 'sbr', 'vrf', 'firewall'].map((type) => [
    type,
    [...Object.keys(pluginFields(type)!), 'runtimeConfig', 'args', 'prevResult', ...(type === 'host-device' ? ['DPDKMode'] : [])],
  ]),
);

/**
 * Keys a reference plugin has no field for that are one edit from one it has (two for names of
 * eight letters or more; for names under five, a changed or swapped letter only): Go's encoding/json drops an unknown key without a word, so `"mdoe":
 * "vepa"` leaves macvlan in its default mode. Keys further from every field are left alone: other
 * tools may read them.
 */
function misspeltKeys(plugin: Obj, at: Path): Problem[] {
  const known = typeof plugin.type === 'string' ? WHOLE_FIELD_LISTS[plugin.type] : undefined;
  if (known === undefined) return [];
  const lower = new Set(known.map((k) => k.toLowerCase()));
  return Object.keys(plugin).flatMap((key): Problem[] => {
    if (lower.has(key.toLowerCase())) return [];
    const near = known.filter((f) => {
      const d = typoDistance(key.toLowerCase(), f.toLowerCase());
      // Short names sit one letter from many words ("mac2", "vlans"): for them only a changed or swapped letter counts.
      return f.length >= 8 ? d <= 2 : f.length >= 5 ? d <= 1 : d <= 1 && key.length === f.length;
    });
    if (near.length !== 1) return [];
    return [{ path: [...at, key], text: `${String(plugin.type)} has no option "${key}" and drops it without a word (Go's JSON decoder ignores unknown keys); did you mean "${near[0]}"?`, misread: true }];
  });
}

/**
 * Plugins that add the IPAM result's routes themselves with ipam.ConfigureIface, after giving the
 * interface its addresses (containernetworking/plugins v1.9.1 plugins/main: bridge, dummy,
 * host-device, ipvlan, macvlan, tap, vlan).
 */
const ROUTES_VIA_CONFIGURE_IFACE = new Set(['bridge', 'dummy', 'host-device', 'ipvlan', 'macvlan', 'tap', 'vlan']);

/** A CIDR as Go's net.ParseCIDR reads it, its network as IPNet.Contains sees it; null when it does not parse. */
function goNetwork(text: unknown): Cidr | null {
  if (typeof text !== 'string' || PLACEHOLDER.test(text)) return null;
  const parsed = parseGoCidr(text);
  return parsed.ok ? goIpNet(parsed.cidr) : null;
}

/**
 * The networks an IPAM section gives the interface addresses in (the connected routes the kernel
 * adds with them), and the families whose addresses come with a gateway (which a route without
 * `gw` goes through): static's addresses and their gateways; host-local's range subnets, every
 * range with a gateway (allocator/range.go Canonicalize defaults it to the subnet's first
 * address); whereabouts' ranges and its one `gateway`. Null when not all can be read (a
 * placeholder, addresses given only at run time).
 */
function addressNetworks(ipam: Obj): { nets: Cidr[]; gatewayFamilies: Set<number> } | null {
  const field = (o: Obj, k: string): unknown => goJsonField(o, k);
  const all = (values: unknown[], gateways: unknown[]) => {
    const nets = values.map(goNetwork);
    if (nets.length === 0 || !nets.every((n): n is Cidr => n !== null)) return null;
    const gatewayFamilies = new Set(gateways.flatMap((g) => (typeof g === 'string' && g !== '' ? [parseGoIp(g)?.family ?? 0] : [])));
    return { nets, gatewayFamilies };
  };
  switch (ipam.type) {
    case 'static': {
      const addresses = asArray(field(ipam, 'addresses')).filter(isObject);
      return all(addresses.map((a) => field(a, 'address')), addresses.map((a) => field(a, 'gateway')));
    }
    case 'host-local': {
      const top = field(ipam, 'subnet');
      const ranges = asArray(field(ipam, 'ranges')).flatMap((set) => asArray(set).map((r) => (isObject(r) ? field(r, 'subnet') : undefined)));
      const subnets = typeof top === 'string' && top !== '' ? [top, ...ranges] : ranges;
      const found = all(subnets, []);
      return found === null ? null : { nets: found.nets, gatewayFamilies: new Set(found.nets.map((n) => n.family)) };
    }
    case 'whereabouts': {
      const top = field(ipam, 'range');
      const more = asArray(field(ipam, 'ipRanges')).map((r) => (isObject(r) ? field(r, 'range') : undefined));
      return all(typeof top === 'string' && top !== '' ? [top, ...more] : more, [field(ipam, 'gateway')]);
    }
    default:
      return null;
  }
}

/**
 * Routes whose gateway no address of the interface reaches: ipam.ConfigureIface adds each route
 * through its `gw` (or the first address gateway of its family) with netlink RouteAddEcmp after
 * the addresses, and the kernel refuses a gateway outside every connected network ("Nexthop has
 * invalid gateway", "network is unreachable"), so the plugin fails the pod (pkg/ipam/ipam_linux.go).
 * An IPv6 link-local gateway is on the link anyway. A route with a `table` or `scope` is not
 * judged, nor any route of a family after one that goes through no gateway at all (no `gw`, no
 * address gateway: a device route, which may reach it).
 */
function offLinkGateways(ipam: Obj, at: Path): Problem[] {
  const key = goKey(ipam, 'routes');
  const found = key === undefined ? null : addressNetworks(ipam);
  if (key === undefined || found === null) return [];
  const deviceRoute = { 4: false, 6: false };
  return asArray(ipam[key]).flatMap((route, i): Problem[] => {
    if (!isObject(route) || goKey(route, 'table') !== undefined || goKey(route, 'scope') !== undefined) return [];
    const gwKey = goKey(route, 'gw');
    const gwText = gwKey === undefined ? undefined : route[gwKey];
    if (typeof gwText !== 'string' || gwText === '') {
      const dst = goNetwork(route[goKey(route, 'dst') ?? 'dst']);
      if (dst !== null && !found.gatewayFamilies.has(dst.family)) deviceRoute[dst.family] = true;
      return [];
    }
    const gw = parseGoIp(gwText);
    if (gw === null || deviceRoute[gw.family]) return [];
    if (gw.family === 6 && gw.value >> 118n === 0x3fan) return [];
    const ofFamily = found.nets.filter((n) => n.family === gw.family);
    if (ofFamily.length === 0 || ofFamily.some((n) => containsIp(n, gw))) return [];
    return [{ path: [...at, key, i, gwKey!], text: `route gw ${gwText} is on none of the networks the interface has addresses in (${ofFamily.map((n) => n.text).join(', ')}): the kernel refuses a gateway it cannot reach on the link ("failed to add route", ipam_linux.go ConfigureIface)` }];
  });
}

/**
 * kube-router's ConfigMap (its daemonset manifests name it kube-router-cfg and copy its
 * cni-conf.json into /etc/cni/net.d): kube-router adds the node's pod CIDR to the bridge plugin's
 * IPAM ranges and rewrites the file before pods use it (cloudnativelabs/kube-router
 * pkg/utils/cni.go InsertPodCIDRIntoIPAM, WriteCNIConfig), so the ranges written there are not all.
 */
const KUBE_ROUTER_CONFIG_MAP = 'kube-router-cfg';
/**
 * The CNI file kube-router rewrites so when no ConfigMap is used: KUBE_ROUTER_CNI_CONF_FILE, by
 * default /etc/cni/net.d/10-kuberouter.conf (pkg/controllers/routing/network_routes_controller.go),
 * which its user guide has users download unchanged from the repository's cni/10-kuberouter.conf.
 */
const KUBE_ROUTER_CNI_FILE = /(^|\/)10-kuberouter\.conf(list)?$/;


/**
 * whereabouts' LoadIPAMConfig (k8snetworkplumbingwg/whereabouts v0.9.4 pkg/config/config.go): each
 * range a CIDR (leading zeros taken, ParseCIDRSloppy) or `first-IP-CIDR` with the first address
 * inside it (that address read as ParseIPSloppy reads it: leading zeros taken), a gateway that
 * parses (ParseIPSloppy too), exclude entries that are CIDRs or single addresses (pkg/allocate
 * allocate.go parseExcludedRange, when addresses are handed out), static addresses in CIDR form. A range's network must hold an address besides its
 * network and broadcast ones: every assignment starts with iphelpers.GetIPRange, whose
 * FirstUsableIP refuses a prefix leaving fewer than two host bits (/31 and /32, /127 and /128:
 * "net mask is too short, subnet … has no usable IP addresses", pkg/iphelpers/iphelpers.go
 * HasUsableIPs), so no pod on the network gets an address.
 */
const whereaboutsOptions: Check = (ipam, at) => {
  const out: Problem[] = [];
  /** Checks one range; its network when it parses, else null. */
  const range = (v: unknown, path: Path): Cidr | null => {
    if (typeof v !== 'string' || v === '' || PLACEHOLDER.test(v)) return null;
    const dash = v.indexOf('-');
    const written = dash > 0 ? v.slice(dash + 1) : v;
    const net = parseLegacyCidr(written);
    if (dash > 0) {
      const first = parseLegacyIp(v.slice(0, dash));
      let problem: string | null = null;
      if (first === null) problem = `range "${v}": "invalid range start IP: ${v.slice(0, dash)}" (whereabouts LoadIPAMConfig)`;
      else if (!net.ok) problem = `range "${v}": ${net.error} (whereabouts LoadIPAMConfig)`;
      else if (first.family !== net.cidr.family || first.value < cidrBounds(net.cidr).lo || first.value > cidrBounds(net.cidr).hi) problem = `range "${v}": its first address is outside ${written} ("invalid range start for CIDR", whereabouts LoadIPAMConfig)`;
      if (problem !== null) {
        out.push({ path, text: problem });
        return null;
      }
    } else if (!net.ok) {
      out.push({ path, text: `range ${net.error} (whereabouts LoadIPAMConfig)` });
      return null;
    }
    if (!net.ok) return null;
    if (noAddressToGive(net.cidr)) {
      out.push({ path, text: `range "${v}": a /${net.cidr.prefix} network has no address for a pod, since whereabouts hands out neither its network nor its broadcast address ("net mask is too short, subnet ${written} has no usable IP addresses", whereabouts GetIPRange)` });
    }
    return net.cidr;
  };
  // LoadIPAMConfig puts `range` (when set) before the ipRanges: the first is the one node slices divide.
  const networks: (Cidr | null)[] = [];
  const rangeKey = goKey(ipam, 'range');
  if (rangeKey !== undefined && ipam[rangeKey] !== '' && ipam[rangeKey] !== null) networks.push(range(ipam[rangeKey], [...at, rangeKey]));
  const rangesKey = goKey(ipam, 'ipRanges');
  if (rangesKey !== undefined) asArray(ipam[rangesKey]).forEach((r, i) => isObject(r) && goKey(r, 'range') !== undefined && networks.push(range(r[goKey(r, 'range')!], [...at, rangesKey, i, goKey(r, 'range')!])));
  const sliceKey = goKey(ipam, 'node_slice_size');
  const slice = sliceKey === undefined ? undefined : ipam[sliceKey];
  if (typeof slice === 'string' && slice !== '' && !PLACEHOLDER.test(slice)) {
    const problem = nodeSliceProblem(slice, networks[0] ?? null);
    if (problem !== null) out.push({ path: [...at, sliceKey!], text: problem });
  }
  const gwKey = goKey(ipam, 'gateway');
  const gw = gwKey === undefined ? undefined : ipam[gwKey];
  if (typeof gw === 'string' && gw !== '' && !PLACEHOLDER.test(gw) && parseLegacyIp(gw) === null) out.push({ path: [...at, gwKey!], text: `gateway "${gw}" is not an IP address ("couldn't parse gateway IP", whereabouts LoadIPAMConfig)` });
  const excludeKey = goKey(ipam, 'exclude');
  if (excludeKey !== undefined) asArray(ipam[excludeKey]).forEach((e, i) => {
    // pkg/allocate/allocate.go parseExcludedRange: net.ParseCIDR, else net.ParseIP as a /32 or /128 (Go's strict parsers).
    if (typeof e === 'string' && !PLACEHOLDER.test(e) && !parseGoCidr(e).ok && parseGoIp(e) === null) out.push({ path: [...at, excludeKey, i], text: `exclude entry "${e}" is neither a network in CIDR form nor an address (whereabouts parses it with net.ParseCIDR, then net.ParseIP, when it hands out an address)` });
  });
  return out;
};

/**
 * Why whereabouts cannot use `node_slice_size` (v0.9.4), or null. Its node controller divides the
 * first range into slices of that prefix length, one per node (pkg/node-controller/controller.go,
 * pkg/iphelpers/iphelpers.go DivideRangeBySize): the size is read with strconv.Atoi after one
 * leading `/` (a size that does not parse divides nothing: the error is printed, not returned), the
 * range must be IPv4 (ip2int) and no wider than a slice ("subnetMaskSize must be greater or equal
 * than netMaskSize"). Each pod then gets an address of its node's slice through FirstUsableIP,
 * which refuses a slice of fewer than two host bits (pkg/storage/kubernetes/ipam.go,
 * iphelpers HasUsableIPs). Without slices no pod on the network gets an address.
 */
function nodeSliceProblem(written: string, network: Cidr | null): string | null {
  const digits = written.startsWith('/') ? written.slice(1) : written;
  if (!/^[+-]?[0-9]+$/.test(digits)) return `node_slice_size "${written}" is not a prefix length such as "/28": whereabouts' node controller cannot read it (strconv.Atoi) and divides the range into no node slice`;
  if (network === null) return null;
  const size = Number(digits);
  if (network.family === 6) return `node_slice_size with the IPv6 range ${network.text}: whereabouts divides only IPv4 ranges into node slices (DivideRangeBySize converts addresses to 32 bits)`;
  if (size < network.prefix) return `node_slice_size /${size} is wider than the range ${network.text}: "subnetMaskSize must be greater or equal than netMaskSize" (whereabouts DivideRangeBySize), so no node slice is made`;
  if (size > 32) return `node_slice_size /${size} is longer than an IPv4 address: whereabouts cannot divide ${network.text} into such slices`;
  if (size > 30) return `node_slice_size /${size} leaves a node's slice no address for a pod, since whereabouts hands out neither a slice's network nor its broadcast address ("net mask is too short", FirstUsableIP)`;
  return null;
}

/** IPAM options by `ipam.type`. */
const IPAM_CHECKS: Record<string, Check[]> = {
  whereabouts: [whereaboutsOptions, routes],
  'host-local': [
    (ipam, at, conf) => {
      const out: Problem[] = [];
      const subnetKey = goKey(ipam, 'subnet');
      const rangesKey = goKey(ipam, 'ranges');
      // allocator/config.go LoadIPAMConfig: a top-level subnet is the first range set.
      const sets: { set: unknown[]; path: Path }[] = [];
      if (subnetKey !== undefined && ipam[subnetKey] !== '') sets.push({ set: [ipam], path: at });
      if (rangesKey !== undefined) asArray(ipam[rangesKey]).forEach((set, i) => sets.push({ set: asArray(set), path: [...at, rangesKey, i] }));
      if (sets.length === 0) return [{ path: at, text: 'host-local has no "subnet" or "ranges": "no IP ranges specified" (allocator/config.go)' }];
      const all: RangeBounds[] = [];
      const families: { path: Path; family: number }[] = [];
      for (const { set, path } of sets) {
        if (set.length === 0) out.push({ path, text: 'an empty range set: "empty range set" (range_set.go Canonicalize)' });
        const inSet: RangeBounds[] = set.flatMap((r, j) => {
          if (!isObject(r)) return [];
          const rangePath = set.length === 1 && path === at ? at : [...path, j];
          const b = rangeProblems(r, rangePath, out);
          return b === null ? [] : [b];
        });
        if (new Set(inSet.map((b) => b.family)).size > 1) out.push({ path, text: 'a range set mixes IPv4 and IPv6: "mixed address families" (range_set.go Canonicalize)' });
        // A set's family is its first range's (each set's ranges share one, or range_set.go refuses the set).
        if (inSet.length > 0) families.push({ path, family: inSet[0].family });
        all.push(...inSet);
      }
      if (conf !== undefined) out.push(...rangesPerFamilyProblems(families, conf));
      // Ranges must not overlap, in one set or across sets (range_set.go, config.go "range set … overlaps").
      all.forEach((b, i) => {
        const other = all.slice(0, i).find((a) => a.family === b.family && a.lo <= b.hi && b.lo <= a.hi);
        if (other) out.push({ path: b.subnetPath, text: `range ${b.text} overlaps range ${other.text}: host-local refuses overlapping ranges` });
      });
      return out;
    },
    routes,
  ],
  static: [
    routes,
    (ipam, at) =>
      asArray(ipam.addresses).flatMap((a, i) => {
        const address = isObject(a) ? a.address : undefined;
        if (typeof address !== 'string' || PLACEHOLDER.test(address)) return [];
        const parsed = parseGoCidr(address);
        return parsed.ok ? [] : [{ path: [...at, 'addresses', i, 'address'], text: `address ${parsed.error} (static IPAM parses it with net.ParseCIDR)` }];
      }),
  ],
};

/** Whether host-device is told its device: named, or a device ID in runtimeConfig or asked for as a capability (handleDeviceID). */
function deviceFromConfig(plugin: Obj): boolean {
  const text = (o: Obj, f: string) => {
    const k = goKey(o, f);
    return k !== undefined && typeof o[k] === 'string' && o[k] !== '';
  };
  if (['device', 'hwaddr', 'kernelpath', 'pciBusID'].some((f) => text(plugin, f))) return true;
  const runtime = fieldOf(plugin, 'runtimeConfig');
  const capabilities = fieldOf(plugin, 'capabilities');
  return (isObject(runtime) && text(runtime, 'deviceID')) || (isObject(capabilities) && capabilities.deviceID === true);
}

/**
 * Every problem of a network config: each plugin of a list, or the config itself.
 * `deviceFromRuntime`: Multus hands the plugins a device ID (a NAD with the
 * k8s.v1.cni.cncf.io/resourceName annotation of an SR-IOV or host device plugin).
 */
export function pluginOptionProblems(conf: Obj, options: { deviceFromRuntime?: boolean; literal?: (path: Path) => string | undefined; podCidrAddedToBridge?: boolean; readBy?: 'multus' | 'libcni' } = {}): Problem[] {
  // Who decodes CNI's own fields first: Multus for a NAD's config, else libcni (NET_CONF_KEYS).
  const undecodable = options.readBy === 'multus' ? 'Multus cannot decode the config (LoadDelegateNetConf), so no plugin runs' : 'libcni cannot decode the config ("error parsing configuration"), so no plugin runs';
  const beforePlugin = (path: Path, text: string): Problem => ({ path, text: `${text}: ${undecodable}`, beforePlugin: true });
  const out: Problem[] = [];
  // A number's text as written, under `path` (see fieldTypeProblems).
  const literalUnder = (path: Path) => (options.literal === undefined ? undefined : (key: string) => options.literal!([...path, key]));
  const plugins = pluginsOf(conf);
  plugins.forEach(({ plugin, path: at }, index) => {
    out.push(...chainProblems(plugin, at, index === 0, plugins[0]?.plugin.type));
    // host-device.go loadConf: the device is named in the config unless the runtime gives its ID.
    if (plugin.type === 'host-device' && !options.deviceFromRuntime && !deviceFromConfig(plugin)) {
      out.push({ path: at, text: 'host-device names no device: specify either "device", "hwaddr", "kernelpath" or "pciBusID" (host-device.go loadConf), or give the NAD a k8s.v1.cni.cncf.io/resourceName' });
    }
    // CNI's own fields (PluginConf, with its IPAM's type) are decoded before any plugin runs,
    // whatever the plugin: by Multus for a NAD, by libcni for a file.
    // (cniVersion and name have rules of their own: cni/cniversion, cni/network-name, multus/nad-config.)
    const fields = typeof plugin.type === 'string' ? pluginFields(plugin.type) : null;
    for (const p of fieldTypeProblems(plugin, withoutOwnRules(fields ?? NET_CONF), literalUnder(at))) {
      out.push(NET_CONF_KEYS.has(p.key.toLowerCase()) ? beforePlugin([...at, p.key], p.text) : { path: [...at, p.key], text: `${p.text}: the plugin cannot decode its config` });
    }
    const ipamKey = goKey(plugin, 'ipam');
    if (ipamKey !== undefined && isObject(plugin[ipamKey])) {
      for (const p of fieldTypeProblems(plugin[ipamKey] as Obj, { type: 'string' })) out.push(beforePlugin([...at, ipamKey, p.key], `ipam.${p.text}`));
    }
    if (typeof plugin.type === 'string') {
      // Values Go cannot decode into the plugin's fields fail the whole config first (above).
      if (fields !== null) {
        const dnsKey = goKey(plugin, 'dns');
        if (dnsKey !== undefined && isObject(plugin[dnsKey])) for (const p of fieldTypeProblems(plugin[dnsKey] as Obj, DNS_FIELDS)) out.push(beforePlugin([...at, dnsKey, p.key], `dns.${p.text}`));
        const trunk = TRUNK_FIELDS[plugin.type];
        const trunkKey = trunk === undefined ? undefined : goKey(plugin, trunk.key);
        if (trunkKey !== undefined) asArray(plugin[trunkKey]).forEach((t, i) => isObject(t) && fieldTypeProblems(t, trunk.fields, literalUnder([...at, trunkKey, i])).forEach((p) => out.push({ path: [...at, trunkKey, i, p.key], text: `${trunk.key}[${i}].${p.text}: the plugin cannot decode its config` })));
      }
      for (const check of PLUGIN_CHECKS[plugin.type] ?? []) out.push(...check(plugin, at, conf));
      out.push(...misspeltKeys(plugin, at));
    }
    // Only a reference plugin hands its ipam section to the IPAM plugin as written; others
    // (Calico's "usePodCidr", Antrea, flannel) fill it in at run time.
    const ipam = plugin.ipam;
    if (typeof plugin.type === 'string' && IPAM_PASSED_AS_WRITTEN.has(plugin.type) && isObject(ipam) && typeof ipam.type === 'string') {
      const fields = IPAM_FIELDS[ipam.type];
      if (fields !== undefined) for (const p of fieldTypeProblems(ipam, fields, literalUnder([...at, 'ipam']))) out.push({ path: [...at, 'ipam', p.key], text: `ipam.${p.text}: the IPAM plugin cannot decode its config` });
      // kube-router gives its bridge the node's pod CIDR: host-local without ranges is complete there.
      const filledIn = options.podCidrAddedToBridge === true && plugin.type === 'bridge' && ipam.type === 'host-local' && goKey(ipam, 'subnet') === undefined && goKey(ipam, 'ranges') === undefined;
      if (!filledIn) for (const check of IPAM_CHECKS[ipam.type] ?? []) out.push(...check(ipam, [...at, 'ipam'], conf));
      if (!filledIn && ROUTES_VIA_CONFIGURE_IFACE.has(plugin.type)) out.push(...offLinkGateways(ipam, [...at, 'ipam']));
    }
  });
  // One problem per place: a value that does not decode is not also judged by the plugin's own checks.
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = JSON.stringify(p.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function asObjectAnnotations(resource: { value: Record<string, unknown> }): Obj {
  const md = resource.value.metadata;
  const ann = isObject(md) ? md.annotations : undefined;
  return isObject(ann) ? ann : {};
}

export default defineRule({
  meta: {
    id: 'cni/plugin-options',
    description: 'The reference CNI plugins (and sriov-cni, bond-cni) refuse options outside what they know when they load the config, so every pod using it fails to start; a value that does not decode into the plugin\'s Go field fails too, and a value a plugin reads otherwise than written (sriov spoofchk "true", which means off) is a warning. Among the checks: macvlan `mode` bridge/private/vepa/passthru, ipvlan `mode` l2/l3/l3s, bridge `vlan` and vlan `vlanId` 0–4094, vlan needs `master`, vlan, ptp and dummy (and ipvlan not chained) need `ipam`, tuning, portmap, sbr, vrf, firewall and bandwidth with a rate cannot come first, host-local subnets without host bits and with addresses to give, static IPAM addresses in CIDR form, IPAM route gateways on a network the interface has an address in (the kernel refuses any other). Keys match in any case, as Go decodes them; a key a reference plugin has no option for but one letter from one it has (`mdoe`) is a warning, since Go drops it without a word.',
    severity: 'error',
    remediation: 'Use the values the plugin documents (cni.dev/plugins), e.g. `"mode": "bridge"`, `"subnet": "10.1.0.0/24"`, `"address": "10.1.0.5/24"`.',
    kinds: [...CNI_SOURCE_KINDS, NAD_KIND],
    messages: { option: '{{text}}: the plugin fails every pod that uses this network', beforePlugin: '{{text}}, and every pod that uses this network fails to start', misread: '{{text}}' },
    docs: 'Sources (containernetworking/plugins v1.9.1): `plugins/main/macvlan/macvlan.go` and `plugins/main/ipvlan/ipvlan.go` `modeFromString`, `plugins/main/bridge/bridge.go` and `plugins/main/vlan/vlan.go` `loadNetConf`/`loadConf`, the `cmdAdd` of vlan, ptp, dummy and ipvlan (IPAM) and of the `plugins/meta` plugins (a previous result), `plugins/ipam/host-local/backend/allocator/range.go` `Canonicalize`, `plugins/ipam/static/main.go` (`net.ParseCIDR` of each address), `pkg/ipam/ipam_linux.go` `ConfigureIface` (the IPAM routes, added after the addresses by bridge, dummy, host-device, ipvlan, macvlan, tap and vlan).',
  },
  check(resource, ctx) {
    const nadConfig = resource.groupKind === NAD_KIND ? nadOf(ctx.model, resource)?.config : null;
    const source = resource.groupKind === NAD_KIND ? (nadConfig?.ok ? nadConfig.source : null) : cniSource(resource);
    if (!source || !isObject(source.value)) return;
    const resourceName = resource.groupKind === NAD_KIND ? asObjectAnnotations(resource)['k8s.v1.cni.cncf.io/resourceName'] : undefined;
    const podCidrAddedToBridge = resource.groupKind === 'ConfigMap' ? resource.name === KUBE_ROUTER_CONFIG_MAP : resource.groupKind !== NAD_KIND && KUBE_ROUTER_CNI_FILE.test(resource.file);
    const readBy = resource.groupKind === NAD_KIND ? 'multus' : 'libcni';
    for (const p of pluginOptionProblems(source.value, { deviceFromRuntime: typeof resourceName === 'string' && resourceName !== '', literal: source.literal, podCidrAddedToBridge, readBy })) {
      reportIn(ctx, source, p.path, p.misread ? { messageId: 'misread', severity: 'warning', data: { text: p.text } } : { messageId: p.beforePlugin ? 'beforePlugin' : 'option', data: { text: p.text } });
    }
  },
});
