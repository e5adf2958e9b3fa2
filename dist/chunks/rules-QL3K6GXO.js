import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  deferredDataRule
} from "./chunk-LQEXZQCN.js";
import {
  WORKLOAD_KINDS,
  defineRule,
  derived,
  findingsPerResource,
  podMetadataOf,
  podSpecOf,
  severalPodsOf
} from "./chunk-3AS7ZWAZ.js";
import {
  BoundedCache,
  CNI_CONFIG,
  KUBERNETES_STRING_MAP_KEYS,
  LabelIndex,
  asArray,
  asObject,
  buildClasses,
  buildCluster,
  cidrBounds,
  computeMatrix,
  contains,
  containsIp,
  decide,
  evalCond,
  familyBits,
  formatCalicoSelector,
  formatCidr,
  formatIp,
  getIn,
  indexByNamespace,
  indexPolicies,
  isMasked,
  isObject,
  k8sLabelMatch,
  labelKeyError,
  labelMatchKey,
  labelValueError,
  matchCond,
  matchLabels,
  matchNamespace,
  matchesCalicoSelector,
  namespaceInfo,
  namespaceOf,
  network,
  objectItems,
  overlaps,
  parseCalicoSelector,
  parseCidr,
  parseIp,
  parseIpResult,
  plural,
  portMatches,
  rawSelectorKey,
  selectorUsesGlobal,
  validateLabelSelector
} from "./chunk-OOQILFLE.js";
import {
  describeError,
  errorPath,
  formatPath,
  require_ajv
} from "./chunk-GVWEXEHE.js";
import "./chunk-RJHPGURN.js";
import {
  __toESM
} from "./chunk-KSTQWAIF.js";

// rules/builtin-data-rule.ts
function builtinDataRule(text, file) {
  return deferredDataRule(text, file, file.replace(/^rules\//, "").replace(/\.yaml$/, ""));
}

// rules/calico/asnumber-format.ts
var MAX_AS = 4294967295;
function parseAsNumber(value) {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 && value <= MAX_AS ? value : null;
  if (typeof value !== "string") return null;
  const plain = /^\d+$/.exec(value);
  if (plain) {
    const n = Number(value);
    return n <= MAX_AS ? n : null;
  }
  const dotted = /^(\d+)\.(\d+)$/.exec(value);
  if (!dotted) return null;
  const hi = Number(dotted[1]);
  const lo = Number(dotted[2]);
  return hi <= 65535 && lo <= 65535 ? hi * 65536 + lo : null;
}
var FIELDS = {
  BGPConfiguration: [["spec", "asNumber"]],
  BGPPeer: [["spec", "asNumber"], ["spec", "localASNumber"]],
  Node: [["spec", "bgp", "asNumber"]]
};
var asnumber_format_default = defineRule({
  meta: {
    id: "calico/asnumber-format",
    description: "AS numbers must be integers 0–4294967295 or dotted `X.Y` with both halves 0–65535; CRD-backed manifests (`crd.projectcalico.org/v1`) accept integers only.",
    severity: "error",
    remediation: "Write the AS number as a plain unquoted integer, e.g. `asNumber: 64512`.",
    kinds: ["calico/BGPConfiguration", "calico/BGPPeer", "calico/Node"],
    messages: {
      invalid: "{{field}} {{value}} is not a valid AS number (0–4294967295, or X.Y with halves 0–65535)",
      crdString: "{{field}} is a string ({{value}}); the crd.projectcalico.org/v1 schema types it as an integer, so the API server rejects it"
    }
  },
  check(resource, ctx) {
    for (const path of FIELDS[resource.kind] ?? []) {
      const value = getIn(resource.value, path);
      if (value === void 0 || value === null) continue;
      const field3 = path.join(".");
      if (parseAsNumber(value) === null) {
        ctx.report({ path, messageId: "invalid", data: { field: field3, value: JSON.stringify(value) } });
      } else if (resource.group === "crd.projectcalico.org" && typeof value === "string") {
        ctx.report({ path, messageId: "crdString", data: { field: field3, value: JSON.stringify(value) } });
      }
    }
  }
});

// rules/calico/bgpconfig-communities.ts
function communityProblem(v) {
  const parts = /^(\d+):(\d+)$/.exec(v) ?? /^(\d+):(\d+):(\d+)$/.exec(v);
  if (!parts) return "is neither a standard (aa:nn) nor a large (aa:nn:mm) community";
  const large = parts.length === 4;
  const max = large ? 4294967295 : 65535;
  return parts.slice(1).every((n) => Number(n) <= max) ? null : `has a part above ${max} (${large ? 32 : 16}-bit values)`;
}
var bgpconfig_communities_default = defineRule({
  meta: {
    id: "calico/bgpconfig-communities",
    description: "BGPConfiguration communities: values are `aa:nn` (16-bit parts) or `aa:nn:mm` (32-bit parts); `communities` are only useful when a `prefixAdvertisements` entry uses them; a prefix advertisement uses community values or names defined under `communities` (libcalico-go validator; the CIDR itself is checked by `calico/bgpconfig-field-values`).",
    severity: "error",
    remediation: "Write communities as `64512:100` or `64512:100:200`, define names under `communities` and reference them from `prefixAdvertisements`.",
    kinds: ["calico/BGPConfiguration"],
    messages: {
      value: "community {{value}} {{why}}",
      unused: "communities are defined but no prefixAdvertisements entry uses them",
      undefinedName: "community {{value}} is neither a community value nor a name defined under spec.communities"
    }
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    const communities = objectItems(spec.communities);
    const names = new Set(communities.map(([, c]) => c.name));
    for (const [i, c] of communities) {
      if (typeof c.value !== "string") continue;
      const why = communityProblem(c.value);
      if (why && /^\d+(:\d+){1,2}$/.test(c.value)) ctx.report({ path: ["spec", "communities", i, "value"], messageId: "value", data: { value: c.value, why } });
    }
    const ads = objectItems(spec.prefixAdvertisements);
    if (communities.length > 0 && ads.length === 0) ctx.report({ path: ["spec", "communities"], messageId: "unused" });
    for (const [i, ad] of ads) {
      asArray(ad.communities).forEach((v, j) => {
        if (typeof v !== "string") return;
        const path = ["spec", "prefixAdvertisements", i, "communities", j];
        if (/^\d+(:\d+){1,2}$/.test(v)) {
          const why = communityProblem(v);
          if (why) ctx.report({ path, messageId: "value", data: { value: v, why } });
        } else if (!names.has(v)) ctx.report({ path, messageId: "undefinedName", data: { value: v } });
      });
    }
  }
});

// rules/calico/bgpconfig-mesh-off-settings.ts
var MESH_ONLY = ["nodeMeshPassword", "nodeMeshMaxRestartTime"];
var bgpconfig_mesh_off_settings_default = defineRule({
  meta: {
    id: "calico/bgpconfig-mesh-off-settings",
    description: "BGPConfiguration `nodeMeshPassword` and `nodeMeshMaxRestartTime` configure the node-to-node mesh; Calico rejects them while `nodeToNodeMeshEnabled` is false.",
    severity: "error",
    remediation: "Remove the mesh setting, or enable the mesh; with route reflectors, set passwords and restart times on the BGPPeer resources instead.",
    kinds: ["calico/BGPConfiguration"],
    messages: { meshOff: "{{field}} cannot be set while nodeToNodeMeshEnabled is false" }
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    if (spec.nodeToNodeMeshEnabled !== false) return;
    for (const field3 of MESH_ONLY) {
      if (spec[field3] !== void 0 && spec[field3] !== null) ctx.report({ path: ["spec", field3], messageId: "meshOff", data: { field: field3 } });
    }
  }
});

// rules/calico/bgppeer-keep-next-hop.yaml
var bgppeer_keep_next_hop_default = 'id: calico/bgppeer-keep-next-hop\ndescription: The deprecated BGPPeer `keepOriginalNextHop` cannot be true while `nextHopMode` is set (libcalico-go validator).\nseverity: error\nremediation: Drop `keepOriginalNextHop` and use `nextHopMode` alone (`Keep` keeps the original next hop).\nmatch:\n  kinds: [calico/BGPPeer]\nmessage: "{{path}} is deprecated and must not be true when nextHopMode is set"\nassert:\n  type: object\n  properties:\n    spec:\n      if:\n        type: object\n        required: [nextHopMode]\n        properties:\n          nextHopMode: { not: { type: "null" } }\n      then:\n        properties:\n          keepOriginalNextHop: { not: { const: true } }\n';

// src/engine/calico-formats.ts
var DNS1123_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var NAME = new RegExp(`^${DNS1123_LABEL}(\\.${DNS1123_LABEL})*$`);
var PORT_NAME = /^(?!-)(?!.*--)(?=.*[a-z])[a-z0-9-]{1,15}(?<!-)$/;
var LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
var PROTOCOL_NAMES = /* @__PURE__ */ new Set(["TCP", "UDP", "ICMP", "ICMPv6", "SCTP", "UDPLite"]);
function parseCidrOrIp(text) {
  if (!text.includes("/")) {
    const ip2 = parseIp(text);
    return ip2 ? { ip: ip2, cidr: { family: ip2.family, addr: ip2.value, prefix: ip2.family === 4 ? 32 : 128, text } } : null;
  }
  const parsed = parseCidr(text);
  if (!parsed.ok) return null;
  return { ip: { family: parsed.cidr.family, value: parsed.cidr.addr }, cidr: parsed.cidr };
}
function net(family) {
  return (s) => {
    const p = parseCidrOrIp(s);
    return p !== null && isMasked(p.cidr) && (family === void 0 || p.ip.family === family);
  };
}
function cidr(family) {
  return (s) => {
    const p = parseCidrOrIp(s);
    return p !== null && (family === void 0 || p.ip.family === family);
  };
}
function ip(family) {
  return (s) => {
    const p = parseIp(s);
    return p !== null && (family === void 0 || p.family === family);
  };
}
function ipPort(s) {
  const v4 = /^(\d+\.\d+\.\d+\.\d+):(\d+)$/.exec(s);
  const v6 = /^\[([0-9a-fA-F:.]+)\]:(\d+)$/.exec(s);
  const m = v4 ?? v6;
  if (!m) return parseIp(s) !== null;
  const port2 = Number(m[2]);
  return parseIp(m[1]) !== null && port2 >= 1 && port2 <= 65535;
}
function port(s) {
  if (/^\d+$/.test(s)) return Number(s) >= 1 && Number(s) <= 65535;
  if (/^\d+[:-]\d+$/.test(s)) return true;
  return PORT_NAME.test(s);
}
function protocol(s) {
  if (/^\d+$/.test(s)) return Number(s) >= 1 && Number(s) <= 255;
  return PROTOCOL_NAMES.has(s);
}
function keyValueList(s) {
  if (s.trim() === "") return true;
  return s.split(",").every((item) => item === "" || /^\s*\w+=/.test(item));
}
function goRegexp(s) {
  if (/\(\?[=!<]|\\[1-9]/.test(s)) return false;
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}
function mac(s) {
  return /^([0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\2){4}[0-9A-Fa-f]{2}$/.test(s) || /^([0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\2){6}[0-9A-Fa-f]{2}$/.test(s) || /^([0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\2){18}[0-9A-Fa-f]{2}$/.test(s) || /^[0-9A-Fa-f]{4}(\.[0-9A-Fa-f]{4}){2}(?:(\.[0-9A-Fa-f]{4}){1}|(\.[0-9A-Fa-f]{4}){7})?$/.test(s);
}
var CALICO_FORMATS = {
  "calico-name": (s) => NAME.test(s),
  "calico-net": net(),
  "calico-net-v4": net(4),
  "calico-net-v6": net(6),
  "calico-cidr": cidr(),
  "calico-cidr-v4": cidr(4),
  "calico-cidr-v6": cidr(6),
  "calico-ip": ip(),
  "calico-ipv4": ip(4),
  "calico-ipv6": ip(6),
  "calico-ip-port": ipPort,
  "calico-port": port,
  "calico-port-name": (s) => PORT_NAME.test(s),
  "calico-protocol": protocol,
  "calico-key-value-list": keyValueList,
  "calico-regexp": goRegexp,
  "calico-mac": mac,
  "calico-label-key": (s) => labelKeyError(s) === null,
  "calico-label-value": (s) => s.length <= 63 && LABEL_VALUE.test(s)
};
var CALICO_FORMAT_NAMES = {
  "calico-name": 'a DNS-1123 subdomain name (lower-case letters, digits, "-" and ".")',
  "calico-net": "an IP network with no host bits set (or a bare address)",
  "calico-net-v4": "an IPv4 network with no host bits set",
  "calico-net-v6": "an IPv6 network with no host bits set",
  "calico-cidr": "an IP address or CIDR",
  "calico-cidr-v4": "an IPv4 address or CIDR",
  "calico-cidr-v6": "an IPv6 address or CIDR",
  "calico-ip": "an IP address",
  "calico-ipv4": "an IPv4 address",
  "calico-ipv6": "an IPv6 address",
  "calico-ip-port": "an IP address, IPv4:port or [IPv6]:port",
  "calico-port": 'a port number 1–65535, a range "min:max" or a port name',
  "calico-port-name": 'a port name (at most 15 lower-case letters, digits and "-", with a letter)',
  "calico-protocol": "TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite or a number 1–255",
  "calico-key-value-list": "a comma-separated list of key=value",
  "calico-regexp": "a regular expression Go accepts",
  "calico-mac": "a MAC address",
  "calico-label-key": "a label key (a qualified name)",
  "calico-label-value": 'a label value (at most 63 letters, digits, "-", "_" and ".")'
};
function addCalicoFormats(ajv) {
  for (const [name, validate] of Object.entries(CALICO_FORMATS)) ajv.addFormat(name, { type: "string", validate });
  return ajv;
}

// rules/calico/lib/fields.ts
function isSet(v) {
  return v !== void 0 && v !== null && v !== "" && v !== 0 && v !== false;
}
function familyOf(v) {
  if (typeof v !== "string") return null;
  return parseCidrOrIp(v)?.ip.family ?? null;
}

// rules/calico/bgppeer-local-workload.ts
var bgppeer_local_workload_default = defineRule({
  meta: {
    id: "calico/bgppeer-local-workload",
    description: "A BGPPeer with `localWorkloadSelector` (peering with workloads on the node) needs an `asNumber` and sets neither `peerIP` nor `peerSelector` (libcalico-go validator).",
    severity: "error",
    remediation: "Give the workload peer an `asNumber` and drop `peerIP`/`peerSelector`; use a separate BGPPeer for other peers.",
    kinds: ["calico/BGPPeer"],
    messages: {
      needsAS: "asNumber must be set when localWorkloadSelector is used",
      exclusive: "{{field}} must be empty when localWorkloadSelector is used"
    }
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    if (!isSet(spec.localWorkloadSelector)) return;
    if (!isSet(spec.asNumber)) ctx.report({ path: ["spec", "localWorkloadSelector"], messageId: "needsAS" });
    for (const field3 of ["peerIP", "peerSelector"]) if (isSet(spec[field3])) ctx.report({ path: ["spec", field3], messageId: "exclusive", data: { field: field3 } });
  }
});

// rules/calico/bgppeer-reachable-by.ts
function peerAddress(peerIP) {
  return /^\[(.*)\]:\d+$/.exec(peerIP)?.[1] ?? /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(peerIP)?.[1] ?? peerIP;
}
var bgppeer_reachable_by_default = defineRule({
  meta: {
    id: "calico/bgppeer-reachable-by",
    description: "A BGPPeer `reachableBy` (the gateway towards the peer) needs a `peerIP` of the same IP family (libcalico-go validator).",
    severity: "error",
    remediation: "Set `reachableBy` only on peers with a `peerIP`, and give it an address of the same family.",
    kinds: ["calico/BGPPeer"],
    messages: {
      noPeerIP: "reachableBy is set but peerIP is empty",
      family: "reachableBy {{reachableBy}} is IPv{{family}} but peerIP {{peerIP}} is IPv{{peerFamily}}"
    }
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    if (typeof spec.reachableBy !== "string" || spec.reachableBy === "") return;
    if (typeof spec.peerIP !== "string" || spec.peerIP === "") {
      ctx.report({ path: ["spec", "reachableBy"], messageId: "noPeerIP" });
      return;
    }
    const via = parseIp(spec.reachableBy);
    const peer = parseIp(peerAddress(spec.peerIP));
    if (via && peer && via.family !== peer.family) {
      ctx.report({ path: ["spec", "reachableBy"], messageId: "family", data: { reachableBy: spec.reachableBy, family: String(via.family), peerIP: spec.peerIP, peerFamily: String(peer.family) } });
    }
  }
});

// rules/calico/felix-address-family.ts
var ADDRESSES = [
  ["natOutgoingAddress", 4],
  ["deviceRouteSourceAddress", 4],
  ["deviceRouteSourceAddressIPv6", 6]
];
var felix_address_family_default = defineRule({
  meta: {
    id: "calico/felix-address-family",
    description: "FelixConfiguration addresses of one family: `natOutgoingAddress` and `deviceRouteSourceAddress` are IPv4 addresses, `deviceRouteSourceAddressIPv6` an IPv6 address, and `externalNodesList` holds IPv4 addresses or CIDRs (libcalico-go validator).",
    severity: "error",
    remediation: "Write a plain address of the family the field names (no prefix length), and list only IPv4 entries in `externalNodesList`.",
    kinds: ["calico/FelixConfiguration"],
    messages: {
      address: "{{field}} {{value}} is not an IPv{{family}} address",
      external: "externalNodesList entry {{value}} {{why}}"
    }
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    for (const [field3, family] of ADDRESSES) {
      const v = spec[field3];
      if (typeof v !== "string" || v === "") continue;
      if (parseIp(v)?.family !== family) ctx.report({ path: ["spec", field3], messageId: "address", data: { field: field3, value: JSON.stringify(v), family: String(family) } });
    }
    asArray(spec.externalNodesList).forEach((v, i) => {
      if (typeof v !== "string") return;
      const family = familyOf(v);
      if (family !== 4) ctx.report({ path: ["spec", "externalNodesList", i], messageId: "external", data: { value: JSON.stringify(v), why: family === 6 ? "is IPv6; only IPv4 is supported" : "is not an address or CIDR" } });
    });
  }
});

// rules/calico/felix-health-timeout-overrides.ts
var NAME2 = /^[a-zA-Z0-9_ -]+$/;
var felix_health_timeout_overrides_default = defineRule({
  meta: {
    id: "calico/felix-health-timeout-overrides",
    description: "Each FelixConfiguration `healthTimeoutOverrides` entry names a health reporter (letters, digits, `_`, `-`, spaces) and has a timeout that is not negative (libcalico-go validator).",
    severity: "error",
    remediation: "Name the reporter as Felix logs it (e.g. `InternalDataplaneMainLoop`) and give a duration such as `60s`.",
    kinds: ["calico/FelixConfiguration"],
    messages: {
      name: "healthTimeoutOverrides[{{i}}].name {{value}} must match {{regex}}",
      negative: "healthTimeoutOverrides[{{i}}].timeout {{value}} is negative"
    }
  },
  check(resource, ctx) {
    for (const [i, o] of objectItems(asObject(resource.value.spec).healthTimeoutOverrides)) {
      if (typeof o.name !== "string" || !NAME2.test(o.name)) ctx.report({ path: ["spec", "healthTimeoutOverrides", i, "name"], messageId: "name", data: { i: String(i), value: JSON.stringify(o.name ?? ""), regex: String(NAME2) } });
      if (typeof o.timeout === "string" && o.timeout.trim().startsWith("-")) ctx.report({ path: ["spec", "healthTimeoutOverrides", i, "timeout"], messageId: "negative", data: { i: String(i), value: o.timeout } });
    }
  }
});

// rules/calico/felix-node-port-ranges.ts
var felix_node_port_ranges_default = defineRule({
  meta: {
    id: "calico/felix-node-port-ranges",
    description: "FelixConfiguration `kubeNodePortRanges` holds at most 7 port numbers or `min:max` ranges, never named ports (libcalico-go validator).",
    severity: "error",
    remediation: 'List the node port range as numbers, e.g. `kubeNodePortRanges: ["30000:32767"]`, with at most 7 entries.',
    kinds: ["calico/FelixConfiguration"],
    messages: {
      tooLong: "kubeNodePortRanges has {{count}} entries; Calico allows at most 7",
      named: "kubeNodePortRanges entry {{value}} is a named port; node port ranges take numbers"
    }
  },
  check(resource, ctx) {
    const ranges = asArray(asObject(resource.value.spec).kubeNodePortRanges);
    if (ranges.length > 7) ctx.report({ path: ["spec", "kubeNodePortRanges"], messageId: "tooLong", data: { count: String(ranges.length) } });
    ranges.forEach((r, i) => {
      if (typeof r === "string" && !/^\d+(:\d+)?$/.test(r)) ctx.report({ path: ["spec", "kubeNodePortRanges", i], messageId: "named", data: { value: JSON.stringify(r) } });
    });
  }
});

// rules/calico/felix-openstack-region.ts
var MAX = 63 - "openstack-region-".length;
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var felix_openstack_region_default = defineRule({
  meta: {
    id: "calico/felix-openstack-region",
    description: `FelixConfiguration \`openstackRegion\` must be a DNS label of at most ${MAX} characters (it becomes part of a namespace name; libcalico-go validator).`,
    severity: "error",
    remediation: "Use lower-case letters, digits and `-` for the region, at most 46 characters.",
    kinds: ["calico/FelixConfiguration"],
    messages: { invalid: "openstackRegion {{value}} {{why}}" }
  },
  check(resource, ctx) {
    const v = asObject(resource.value.spec).openstackRegion;
    if (typeof v !== "string" || v === "") return;
    const why = v.length > MAX ? `is longer than ${MAX} characters` : DNS_LABEL.test(v) ? null : 'is not a DNS label (lower-case letters, digits and "-")';
    if (why) ctx.report({ path: ["spec", "openstackRegion"], messageId: "invalid", data: { value: JSON.stringify(v), why } });
  }
});

// rules/calico/felix-route-table-ranges.ts
var MAX_TABLES = 65535;
var MAX_INDEX = 4294967295;
function num(v) {
  return typeof v === "number" && Number.isInteger(v) ? v : null;
}
var felix_route_table_ranges_default = defineRule({
  meta: {
    id: "calico/felix-route-table-ranges",
    description: "FelixConfiguration route tables: `routeTableRange` is within 1–250 with min ≤ max; each `routeTableRanges` entry has 1 ≤ min ≤ max ≤ 4294967295 and together they name at most 65535 tables; the two fields exclude each other (libcalico-go validator).",
    severity: "error",
    remediation: "Use `routeTableRanges: [{min: 1, max: 250}]`-style ranges inside those bounds, and drop the deprecated `routeTableRange` when `routeTableRanges` is set.",
    kinds: ["calico/FelixConfiguration"],
    messages: {
      legacy: "routeTableRange {{min}}–{{max}} must be a range of route table indices within 1..250",
      range: "routeTableRanges[{{i}}] {{problem}}",
      tooMany: "routeTableRanges name {{count}} tables; Calico allows at most 65535",
      both: "routeTableRange cannot be set when routeTableRanges is also set"
    }
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    if (isObject(spec.routeTableRange)) {
      const min = num(spec.routeTableRange.min);
      const max = num(spec.routeTableRange.max);
      if (min !== null && max !== null && !(min >= 1 && max >= min && max <= 250)) {
        ctx.report({ path: ["spec", "routeTableRange"], messageId: "legacy", data: { min: String(min), max: String(max) } });
      }
      if (spec.routeTableRanges !== void 0 && spec.routeTableRanges !== null) ctx.report({ path: ["spec", "routeTableRange"], messageId: "both" });
    }
    let count = 0;
    for (const [i, r] of objectItems(spec.routeTableRanges)) {
      const min = num(r.min);
      const max = num(r.max);
      if (min === null || max === null) continue;
      const problem = min > max ? "has min greater than max" : min <= 0 ? "cannot target indices < 1" : max > MAX_INDEX ? "max index too high" : null;
      if (problem) ctx.report({ path: ["spec", "routeTableRanges", i], messageId: "range", data: { i: String(i), problem } });
      else count += max - min + 1;
    }
    if (count > MAX_TABLES) ctx.report({ path: ["spec", "routeTableRanges"], messageId: "tooMany", data: { count: String(count) } });
  }
});

// rules/calico/gnp-prednat-donottrack.ts
var gnp_prednat_donottrack_default = defineRule({
  meta: {
    id: "calico/gnp-prednat-donottrack",
    description: "A GlobalNetworkPolicy with `preDNAT` or `doNotTrack` must set `applyOnForward: true`; `preDNAT` and `doNotTrack` exclude each other, and a `preDNAT` policy has no egress rules or `Egress` type (libcalico-go validator).",
    severity: "error",
    remediation: "Set `applyOnForward: true`, keep only one of `preDNAT`/`doNotTrack`, and move egress rules of a pre-DNAT policy to another policy.",
    kinds: ["calico/GlobalNetworkPolicy", "calico/StagedGlobalNetworkPolicy"],
    messages: {
      both: "preDNAT and doNotTrack cannot both be true",
      egress: "a preDNAT policy cannot have egress rules",
      egressType: "a preDNAT policy cannot have the 'Egress' type",
      forward: "applyOnForward must be true when {{field}} is true"
    }
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    const preDNAT = spec.preDNAT === true;
    const doNotTrack = spec.doNotTrack === true;
    if (preDNAT && doNotTrack) ctx.report({ path: ["spec", "preDNAT"], messageId: "both" });
    if (preDNAT && asArray(spec.egress).length > 0) ctx.report({ path: ["spec", "egress"], messageId: "egress" });
    if (preDNAT) asArray(spec.types).forEach((t, i) => {
      if (t === "Egress") ctx.report({ path: ["spec", "types", i], messageId: "egressType" });
    });
    if ((preDNAT || doNotTrack) && spec.applyOnForward !== true) {
      ctx.report({ path: spec.applyOnForward === void 0 ? ["spec"] : ["spec", "applyOnForward"], messageId: "forward", data: { field: preDNAT ? "preDNAT" : "doNotTrack" } });
    }
  }
});

// rules/calico/ippool-allowed-uses.ts
var USES = /* @__PURE__ */ new Set(["Workload", "Tunnel", "LoadBalancer"]);
var ippool_allowed_uses_default = defineRule({
  meta: {
    id: "calico/ippool-allowed-uses",
    description: "IPPool `allowedUses` holds `Workload`, `Tunnel` or `LoadBalancer`; a LoadBalancer pool serves nothing else, has no IPIP/VXLAN, keeps BGP export on and `nodeSelector: all()`; a Tunnel pool has no `namespaceSelector` (libcalico-go validator).",
    severity: "error",
    remediation: "Give LoadBalancer addresses a pool of their own (`allowedUses: [LoadBalancer]`, no encapsulation, `nodeSelector: all()`), and drop `namespaceSelector` from pools that serve tunnels.",
    kinds: ["calico/IPPool"],
    messages: {
      unknown: "allowedUses entry {{use}} is not Workload, Tunnel or LoadBalancer",
      lbWith: "LoadBalancer cannot be used at the same time as {{use}}",
      lbEncap: "{{field}} {{mode}} is not allowed on a LoadBalancer pool",
      lbExport: "a LoadBalancer pool must not set disableBGPExport: the addresses are announced over BGP",
      lbNodes: "a LoadBalancer pool must have nodeSelector all() (got {{selector}})",
      tunnelNamespace: "a pool with the Tunnel use cannot have a namespaceSelector: tunnel addresses belong to nodes, not namespaces"
    }
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    const uses = asArray(spec.allowedUses);
    const lb = uses.includes("LoadBalancer");
    uses.forEach((u, i) => {
      const path = ["spec", "allowedUses", i];
      if (typeof u === "string" && !USES.has(u)) ctx.report({ path, messageId: "unknown", data: { use: JSON.stringify(u) } });
      else if (lb && u !== "LoadBalancer") ctx.report({ path, messageId: "lbWith", data: { use: String(u) } });
    });
    if (lb) {
      for (const field3 of ["ipipMode", "vxlanMode"]) {
        if (spec[field3] === "Always" || spec[field3] === "CrossSubnet") ctx.report({ path: ["spec", field3], messageId: "lbEncap", data: { field: field3, mode: String(spec[field3]) } });
      }
      if (spec.disableBGPExport === true) ctx.report({ path: ["spec", "disableBGPExport"], messageId: "lbExport" });
      if (spec.nodeSelector !== "all()") ctx.report({ path: spec.nodeSelector === void 0 ? ["spec"] : ["spec", "nodeSelector"], messageId: "lbNodes", data: { selector: spec.nodeSelector === void 0 ? "not set" : JSON.stringify(spec.nodeSelector) } });
    }
    if (uses.includes("Tunnel") && isSet(spec.namespaceSelector)) ctx.report({ path: ["spec", "namespaceSelector"], messageId: "tunnelNamespace" });
  }
});

// rules/calico/node-bgp-empty.ts
var node_bgp_empty_default = defineRule({
  meta: {
    id: "calico/node-bgp-empty",
    description: "A Calico Node with a `spec.bgp` section gives it at least one field (address, AS number, tunnel address or route-reflector cluster ID); Calico rejects an empty one.",
    severity: "error",
    remediation: "Fill in `spec.bgp.ipv4Address` (or another BGP field), or remove the empty `bgp:` section.",
    kinds: ["calico/Node"],
    messages: { empty: "spec.bgp should not be empty" }
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    if (!isObject(spec.bgp)) return;
    if (Object.values(spec.bgp).every((v) => v === void 0 || v === null || v === "")) ctx.report({ path: ["spec", "bgp"], messageId: "empty" });
  }
});

// rules/calico/policy-name.ts
var LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var SUBDOMAIN = `${LABEL}(\\.${LABEL})*`;
var NAME_RULES = {
  NetworkPolicy: new RegExp(`^((${LABEL})(\\.${LABEL})?|((?:knp|ossg)\\.default\\.(${SUBDOMAIN})))$`),
  GlobalNetworkPolicy: new RegExp(`^(${LABEL}\\.)?${LABEL}$`)
};
var SUBDOMAIN_RE = new RegExp(`^${SUBDOMAIN}$`);
var policy_name_default = defineRule({
  meta: {
    id: "calico/policy-name",
    description: "A Calico NetworkPolicy name is a DNS label with at most one dot (`tier.name`), or carries the `knp.default.`/`ossg.default.` prefix Calico reserves for converted policies; a GlobalNetworkPolicy name has at most one dot and no such prefix.",
    severity: "error",
    remediation: "Name the policy with lower-case letters, digits and `-`, with at most one dot for the tier prefix (e.g. `security.allow-dns`).",
    kinds: ["calico/NetworkPolicy", "calico/GlobalNetworkPolicy"],
    messages: {
      invalid: '{{kind}} name "{{name}}" is not accepted by Calico: {{why}}'
    },
    docs: "Names that are not even DNS-1123 subdomains (upper case, other characters) are left to the general object-name check, so each name gets one finding."
  },
  check(resource, ctx) {
    const name = resource.name;
    if (typeof name !== "string" || !SUBDOMAIN_RE.test(name) || NAME_RULES[resource.kind].test(name)) return;
    const why = resource.kind === "GlobalNetworkPolicy" && /^(knp|ossg)\.default\./.test(name) ? "the knp.default./ossg.default. prefixes are reserved for policies Calico converts" : "it may hold at most one dot (the tier prefix)";
    ctx.report({ path: ["metadata", "name"], messageId: "invalid", data: { kind: resource.kind, name, why } });
  }
});

// rules/calico/lib/policy.ts
function policyRules(resource) {
  const spec = asObject(resource.value.spec);
  return ["ingress", "egress"].flatMap(
    (dir) => objectItems(spec[dir]).map(([i, rule]) => {
      const path = ["spec", dir, i];
      return { rule, path, sides: ["source", "destination"].map((side) => ({ side, entity: asObject(rule[side]), path: [...path, side] })) };
    })
  );
}

// rules/calico/policy-rule-http.ts
var policy_rule_http_default = defineRule({
  meta: {
    id: "calico/policy-rule-http",
    description: "A Calico rule with an `http` match must be an `Allow` rule on TCP (or with no protocol), and only in ingress rules (libcalico-go validator).",
    severity: "error",
    remediation: "Use `action: Allow` with `protocol: TCP` for HTTP matches, and put them in ingress rules.",
    kinds: ["calico/NetworkPolicy", "calico/GlobalNetworkPolicy", "calico/StagedNetworkPolicy", "calico/StagedGlobalNetworkPolicy"],
    messages: {
      action: "http matches are only valid in Allow rules (action is {{action}})",
      protocol: "rules with http matches must use protocol TCP or none (got {{protocol}})",
      egress: "http matches are not allowed in egress rules"
    }
  },
  check(resource, ctx) {
    for (const { rule, path } of policyRules(resource)) {
      if (!isObject(rule.http)) continue;
      if (path[1] === "egress") ctx.report({ path: [...path, "http"], messageId: "egress" });
      if (rule.action !== "Allow") ctx.report({ path: [...path, "action"], messageId: "action", data: { action: String(rule.action) } });
      if (rule.protocol !== void 0 && rule.protocol !== null && rule.protocol !== "TCP") {
        ctx.report({ path: [...path, "protocol"], messageId: "protocol", data: { protocol: String(rule.protocol) } });
      }
    }
  }
});

// rules/calico/policy-rule-icmp.ts
var policy_rule_icmp_default = defineRule({
  meta: {
    id: "calico/policy-rule-icmp",
    description: "Calico policy ICMP matches: an ICMP `code` needs a `type`; `icmp` needs `protocol` ICMP or ICMPv6; protocol ICMP goes with `ipVersion: 4` and ICMPv6 with `ipVersion: 6` (libcalico-go validator).",
    severity: "error",
    remediation: "Add the ICMP `type` next to `code`, set `protocol: ICMP` (IPv4) or `ICMPv6` (IPv6), and make `ipVersion` agree with it.",
    kinds: ["calico/NetworkPolicy", "calico/GlobalNetworkPolicy", "calico/StagedNetworkPolicy", "calico/StagedGlobalNetworkPolicy"],
    messages: {
      codeWithoutType: "{{field}}.code is set without {{field}}.type; the kernel needs the type to match a code",
      needsProtocol: "icmp is set but protocol is {{protocol}}; rules with ICMP fields must set protocol ICMP or ICMPv6",
      version: "{{field}} {{protocol}} needs ipVersion {{want}} (got {{got}})"
    }
  },
  check(resource, ctx) {
    for (const { rule, path } of policyRules(resource)) {
      for (const field3 of ["icmp", "notICMP"]) {
        const icmp = asObject(rule[field3]);
        if (icmp.code !== void 0 && icmp.code !== null && (icmp.type === void 0 || icmp.type === null)) {
          ctx.report({ path: [...path, field3, "code"], messageId: "codeWithoutType", data: { field: field3 } });
        }
      }
      if (isObject(rule.icmp) && rule.protocol !== "ICMP" && rule.protocol !== "ICMPv6") {
        ctx.report({ path: [...path, rule.protocol === void 0 ? "icmp" : "protocol"], messageId: "needsProtocol", data: { protocol: rule.protocol === void 0 ? "not set" : String(rule.protocol) } });
      }
      if (rule.ipVersion === void 0 || rule.ipVersion === null) continue;
      for (const field3 of ["protocol", "notProtocol"]) {
        const want = rule[field3] === "ICMP" ? 4 : rule[field3] === "ICMPv6" ? 6 : null;
        if (want !== null && rule.ipVersion !== want) {
          ctx.report({ path: [...path, "ipVersion"], messageId: "version", data: { field: field3, protocol: String(rule[field3]), want: String(want), got: String(rule.ipVersion) } });
          break;
        }
      }
    }
  }
});

// rules/calico/policy-rule-nets-family.ts
var FIELDS2 = [["source", "nets"], ["source", "notNets"], ["destination", "nets"], ["destination", "notNets"]];
var policy_rule_nets_family_default = defineRule({
  meta: {
    id: "calico/policy-rule-nets-family",
    description: "One Calico policy rule matches one IP family: its `nets`/`notNets` on both sides are all IPv4 or all IPv6 and agree with `ipVersion`; a catch-all (`0.0.0.0/0`, `::/0`) in `notNets` matches nothing (libcalico-go validator).",
    severity: "error",
    remediation: "Split the rule into an IPv4 rule and an IPv6 rule, set `ipVersion` to the family of its CIDRs, and drop catch-all CIDRs from `notNets`.",
    kinds: ["calico/NetworkPolicy", "calico/GlobalNetworkPolicy", "calico/StagedNetworkPolicy", "calico/StagedGlobalNetworkPolicy"],
    messages: {
      mixed: "{{field}} has an IPv{{family}} CIDR in a rule that already matches IPv{{other}}; one rule matches one IP family",
      version: "{{field}} holds IPv{{family}} CIDRs but the rule has ipVersion {{ipVersion}}",
      catchAll: "{{field}} {{cidr}} negates every address, so the rule matches no traffic"
    }
  },
  check(resource, ctx) {
    for (const { rule, path } of policyRules(resource)) {
      const seen = /* @__PURE__ */ new Set();
      for (const [side, key] of FIELDS2) {
        const nets = asArray(rule[side]?.[key]);
        const field3 = `${side}.${key}`;
        const families = /* @__PURE__ */ new Set();
        nets.forEach((n, i) => {
          if (typeof n !== "string") return;
          const parsed = parseCidr(n);
          if (!parsed.ok) return;
          const family = parsed.cidr.family;
          if (key === "notNets" && parsed.cidr.prefix === 0 && parsed.cidr.addr === 0n) ctx.report({ path: [...path, side, key, i], messageId: "catchAll", data: { field: field3, cidr: n } });
          const other = family === 4 ? 6 : 4;
          if (seen.has(other) || families.has(other)) ctx.report({ path: [...path, side, key, i], messageId: "mixed", data: { field: field3, family: String(family), other: String(other) } });
          families.add(family);
        });
        if ((rule.ipVersion === 4 || rule.ipVersion === 6) && [...families].some((f) => f !== rule.ipVersion)) {
          ctx.report({ path: [...path, side, key], messageId: "version", data: { field: field3, family: String([...families].find((f) => f !== rule.ipVersion)), ipVersion: String(rule.ipVersion) } });
        }
        for (const f of families) seen.add(f);
      }
    }
  }
});

// rules/calico/policy-rule-services.ts
var NOT_WITH_SERVICES = ["namespaceSelector", "selector", "notSelector", "serviceAccounts", "nets", "notNets"];
var policy_rule_services_default = defineRule({
  meta: {
    id: "calico/policy-rule-services",
    description: "A Calico rule that matches Kubernetes `services` names the service, uses it only as the ingress source or the egress destination, and does not combine it with selectors, service accounts, nets or (on the destination) ports; in a GlobalNetworkPolicy it also names the namespace (libcalico-go validator).",
    severity: "error",
    remediation: "Match a service by `services: {name, namespace}` alone on its side of the rule, and put any other condition in a separate rule.",
    kinds: ["calico/NetworkPolicy", "calico/GlobalNetworkPolicy", "calico/StagedNetworkPolicy", "calico/StagedGlobalNetworkPolicy"],
    messages: {
      side: "services are not allowed in the {{side}} of an {{direction}} rule",
      name: "services must name a service",
      namespace: "services must name a namespace in a global policy",
      combined: "{{field}} cannot be combined with services in the same rule",
      ports: "{{field}} cannot be combined with a services match on the destination"
    }
  },
  check(resource, ctx) {
    const global = resource.kind.includes("Global");
    for (const { path, sides } of policyRules(resource)) {
      const direction = path[1];
      for (const { side, entity, path: at } of sides) {
        if (!isObject(entity.services)) continue;
        if (direction === "ingress" && side === "destination" || direction === "egress" && side === "source") {
          ctx.report({ path: [...at, "services"], messageId: "side", data: { side, direction } });
          continue;
        }
        if (!isSet(entity.services.name)) ctx.report({ path: [...at, "services"], messageId: "name" });
        if (global && !isSet(entity.services.namespace)) ctx.report({ path: [...at, "services"], messageId: "namespace" });
        for (const field3 of NOT_WITH_SERVICES) {
          const v = entity[field3];
          if (Array.isArray(v) ? v.length > 0 : isSet(v) || isObject(v)) ctx.report({ path: [...at, field3], messageId: "combined", data: { field: field3 } });
        }
        if (side === "destination") {
          for (const field3 of ["ports", "notPorts"]) if (asArray(entity[field3]).length > 0) ctx.report({ path: [...at, field3], messageId: "ports", data: { field: field3 } });
        }
      }
    }
  }
});

// rules/calico/policy-types-duplicate.ts
var policy_types_duplicate_default = defineRule({
  meta: {
    id: "calico/policy-types-duplicate",
    description: "A Calico policy lists each of `Ingress` and `Egress` at most once in `types`; Calico rejects a repeated type.",
    severity: "error",
    remediation: "Remove the repeated entry from `spec.types`.",
    kinds: ["calico/NetworkPolicy", "calico/GlobalNetworkPolicy", "calico/StagedNetworkPolicy", "calico/StagedGlobalNetworkPolicy"],
    messages: { duplicate: "'{{type}}' type specified more than once" }
  },
  check(resource, ctx) {
    const seen = /* @__PURE__ */ new Set();
    asArray(asObject(resource.value.spec).types).forEach((t, i) => {
      if (seen.has(t)) ctx.report({ path: ["spec", "types", i], messageId: "duplicate", data: { type: String(t) } });
      seen.add(t);
    });
  }
});

// rules/calico/lib/crd-schema.ts
var import_ajv = __toESM(require_ajv(), 1);

// rules/calico/generated/crd-schemas.json
var crd_schemas_default = {
  $comment: "Generated by scripts/gen-calico-schemas.mjs from https://github.com/projectcalico/calico at v3.31.7 (commit 94bd1d5b0e04459d4d1c83653e0335a9201248b8); do not edit. Regenerate with: npm run gen:calico-schemas -- --git <calico git dir>",
  source: {
    repository: "https://github.com/projectcalico/calico",
    tag: "v3.31.7",
    commit: "94bd1d5b0e04459d4d1c83653e0335a9201248b8",
    generator: "scripts/gen-calico-schemas.mjs",
    files: [{ path: "libcalico-go/config/crd/crd.projectcalico.org_bgpconfigurations.yaml", blob: "1d10c04c90d025c5fa5aee0e935761fbc223ec21" }, { path: "libcalico-go/config/crd/crd.projectcalico.org_bgpfilters.yaml", blob: "826d3f2c4fd584609ca7671f331002b98d3b46f6" }, { path: "libcalico-go/config/crd/crd.projectcalico.org_bgppeers.yaml", blob: "c2ed183312fdcd7e7d70d960a9c2c54f367e2d2d" }, { path: "libcalico-go/config/crd/crd.projectcalico.org_felixconfigurations.yaml", blob: "46333fd585d2aa4ef2992cf57d378db8588c72c6" }, { path: "libcalico-go/config/crd/crd.projectcalico.org_globalnetworkpolicies.yaml", blob: "324f2171a217d7d51fa435a8f533f5e43ad0779f" }, { path: "libcalico-go/config/crd/crd.projectcalico.org_globalnetworksets.yaml", blob: "11c0576057107ad9542edf7660fcc8fafd021694" }, { path: "libcalico-go/config/crd/crd.projectcalico.org_hostendpoints.yaml", blob: "d9b542930e0357e5945d040101010708a0abbc0e" }, { path: "libcalico-go/config/crd/crd.projectcalico.org_ippools.yaml", blob: "e2f990de36b875980b1608e4f51cef4052967a90" }, { path: "libcalico-go/config/crd/crd.projectcalico.org_ipreservations.yaml", blob: "61ddf451f1122723b0fac0dc36fef5e807a02a28" }, { path: "libcalico-go/config/crd/crd.projectcalico.org_kubecontrollersconfigurations.yaml", blob: "1b4bccc502557a6619183acdc338b008ae8407a0" }, { path: "libcalico-go/config/crd/crd.projectcalico.org_networkpolicies.yaml", blob: "e15f411dbf9740eb0720061e73e14e181054af0b" }, { path: "libcalico-go/config/crd/crd.projectcalico.org_networksets.yaml", blob: "26b2f55e472cf1abd035e449911dcea3e6c2b36a" }, { path: "libcalico-go/config/crd/crd.projectcalico.org_stagedglobalnetworkpolicies.yaml", blob: "9c069717f5e368554a6d4c929d6c86ff91d2c798" }, { path: "libcalico-go/config/crd/crd.projectcalico.org_stagednetworkpolicies.yaml", blob: "7ca505bcb116d0a85bc46b35fa897fc4e374e446" }, { path: "libcalico-go/config/crd/crd.projectcalico.org_tiers.yaml", blob: "8d1b331205400a8233784daab3a8fbb200a84e94" }, { path: "charts/tigera-operator/crds/operator.tigera.io_installations.yaml", blob: "ab1bf3d1f470a526d65dfb120656235555f00d27" }, { path: "api/pkg/apis/projectcalico/v3/bgpconfig.go", blob: "5a30e6b4ff216096b68bcc969100be5668143ca7" }, { path: "api/pkg/apis/projectcalico/v3/bgpfilter.go", blob: "bf3538d1e5749e4524313b79526604c440ee2570" }, { path: "api/pkg/apis/projectcalico/v3/bgppeer.go", blob: "9f56a29654a23868e73c5fefa171a9ef1cc830cb" }, { path: "api/pkg/apis/projectcalico/v3/blockaffinity.go", blob: "c90de6bbe2ec32cf5b4a263ef8c2c5abbcc21d67" }, { path: "api/pkg/apis/projectcalico/v3/clusterinfo.go", blob: "c28d81b22391d09239b397004eca7ec9bb6ebce7" }, { path: "api/pkg/apis/projectcalico/v3/constants.go", blob: "9587b6bfcc5bc77270c79bbe3b4e17c8afd314e9" }, { path: "api/pkg/apis/projectcalico/v3/conversion.go", blob: "98a79c2b60d2333bf703474b19e9443e09447acc" }, { path: "api/pkg/apis/projectcalico/v3/doc.go", blob: "ddeef25ca57ba1491ac4aac54d2460b5482420ee" }, { path: "api/pkg/apis/projectcalico/v3/felixconfig.go", blob: "80ad8b9b63e90caa255cd5eac8b919e470f104a4" }, { path: "api/pkg/apis/projectcalico/v3/globalnetworkpolicy.go", blob: "c17de1878108b27fe49af1c0ec2471d7c4803816" }, { path: "api/pkg/apis/projectcalico/v3/globalnetworkset.go", blob: "136d8edbcb63c8b04f3710b40a3545debfe64126" }, { path: "api/pkg/apis/projectcalico/v3/hostendpoint.go", blob: "7a2b63d5a0cf48074f1b61bb22e0c56227cfa730" }, { path: "api/pkg/apis/projectcalico/v3/ipamconfig.go", blob: "d6e16847d745dff0fe9bcfb9d4bdeed2fa0299d9" }, { path: "api/pkg/apis/projectcalico/v3/ippool.go", blob: "e8be21059a41347ccb4fe76317be819999201908" }, { path: "api/pkg/apis/projectcalico/v3/ipreservation.go", blob: "f8b43e96c377d5203bb9569eaf5b6f9a45926156" }, { path: "api/pkg/apis/projectcalico/v3/kubecontrollersconfig.go", blob: "617f0c8147dd4835009bf7a381facba0933748c3" }, { path: "api/pkg/apis/projectcalico/v3/networkpolicy.go", blob: "1ff5d5945dfdfc2e621c408fa5f45d8aa830e4af" }, { path: "api/pkg/apis/projectcalico/v3/networkset.go", blob: "2d1630f335a9fc64230439fdef1383af8db55b41" }, { path: "api/pkg/apis/projectcalico/v3/nodestatus.go", blob: "fb80a99c5634c2821710e1c0018df40f477f464d" }, { path: "api/pkg/apis/projectcalico/v3/policy_common.go", blob: "f7c1f843944c1bad4ea3a8778520cdf93402099a" }, { path: "api/pkg/apis/projectcalico/v3/profile.go", blob: "cb296de7e179b06d37fff6d56c9ad826a0e27354" }, { path: "api/pkg/apis/projectcalico/v3/register.go", blob: "dba0ccf42f6da13751d08d57a641e4d99786a6ee" }, { path: "api/pkg/apis/projectcalico/v3/stagedglobalnetworkpolicy.go", blob: "2fe9b2229833a853d0aa21aecb69a977b6ad830e" }, { path: "api/pkg/apis/projectcalico/v3/stagedkubernetesnetworkpolicy.go", blob: "56af78e3d4dd4d19b895941af40ddcd36fa3bf42" }, { path: "api/pkg/apis/projectcalico/v3/stagednetworkpolicy.go", blob: "7866b4ac8ae8d2d948068c4a93a7004b67b6d67f" }, { path: "api/pkg/apis/projectcalico/v3/tier.go", blob: "1e4e469841842e5f961ff8cfd80066252f66278f" }, { path: "libcalico-go/lib/apis/v3/blockaffinity.go", blob: "d48cab9eec98cb350015e54fbc33a065f036296b" }, { path: "libcalico-go/lib/apis/v3/doc.go", blob: "32518b340302b8450043647db8f137d98e2c366f" }, { path: "libcalico-go/lib/apis/v3/ipam_block.go", blob: "a3f41c06d0cc2fd64babaad4ccc0cfca171558ff" }, { path: "libcalico-go/lib/apis/v3/ipam_config.go", blob: "4114ca9ef43e9d6897b7a64512c8c5dee0c7fcc7" }, { path: "libcalico-go/lib/apis/v3/ipam_handle.go", blob: "915abc08a751a2a86a2976b397e0da1c313464f1" }, { path: "libcalico-go/lib/apis/v3/node.go", blob: "d553f34c79e9e1969a30c4e68956a725d8e38dcc" }, { path: "libcalico-go/lib/apis/v3/register.go", blob: "9fd0223b3a8c82abb58505d2d13b1d6319586747" }, { path: "libcalico-go/lib/apis/v3/workloadendpoint.go", blob: "5608d7440b20438ee7d93c4776fa755e287ead19" }, { path: "libcalico-go/lib/validator/v3/validator.go", blob: "84c6820c14ae711fbfd4085c894f4621756b6d2f" }]
  },
  kinds: {
    BGPConfiguration: { group: "projectcalico.org", crd: "crd.projectcalico.org/v1", schema: { properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { properties: { asNumber: {}, bindMode: { type: "string" }, communities: { items: { properties: { name: { type: "string", allOf: [{ format: "calico-name" }] }, value: { pattern: "^(\\d+):(\\d+)$|^(\\d+):(\\d+):(\\d+)$", type: "string" } }, type: "object", additionalProperties: false, required: ["name", "value"] }, type: "array" }, ignoredInterfaces: { items: { type: "string", allOf: [{ pattern: "^[a-zA-Z0-9_.*-]{1,15}$", not: { enum: ["*"] } }] }, type: "array" }, listenPort: { maximum: 65535, minimum: 1, type: "integer", allOf: [{ if: { not: { enum: [0] } }, then: { type: "integer", minimum: 0, maximum: 65535, exclusiveMinimum: 0 } }] }, localWorkloadPeeringIPV4: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-ipv4" } }] }, localWorkloadPeeringIPV6: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-ipv6" } }] }, logSeverityScreen: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Trace|Debug|Info|Warning|Error|Fatal)$" } }] }, nodeMeshMaxRestartTime: { type: "string" }, nodeMeshPassword: { properties: { secretKeyRef: { properties: { key: { type: "string" }, name: { type: "string" }, optional: { type: "boolean" } }, required: ["key"], type: "object", additionalProperties: false } }, type: "object", additionalProperties: false }, nodeToNodeMeshEnabled: { type: "boolean" }, prefixAdvertisements: { items: { properties: { cidr: { type: "string", allOf: [{ format: "calico-net" }] }, communities: { items: { type: "string" }, type: "array" } }, type: "object", additionalProperties: false, required: ["cidr", "communities"] }, type: "array" }, serviceClusterIPs: { items: { properties: { cidr: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-net" } }] } }, type: "object", additionalProperties: false }, type: "array" }, serviceExternalIPs: { items: { properties: { cidr: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-net" } }] } }, type: "object", additionalProperties: false }, type: "array" }, serviceLoadBalancerAggregation: { enum: ["Enabled", "Disabled"], type: "string" }, serviceLoadBalancerIPs: { items: { properties: { cidr: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-net" } }] } }, type: "object", additionalProperties: false }, type: "array" } }, type: "object", additionalProperties: false }, status: { type: "object" } }, type: "object", additionalProperties: false } },
    BGPFilter: { group: "projectcalico.org", crd: "crd.projectcalico.org/v1", schema: { properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { properties: { exportV4: { $ref: "#/$defs/s0" }, exportV6: { $ref: "#/$defs/s2" }, importV4: { $ref: "#/$defs/s0" }, importV6: { $ref: "#/$defs/s2" } }, type: "object", additionalProperties: false }, status: { type: "object" } }, type: "object", additionalProperties: false, $defs: { s0: { items: { $ref: "#/$defs/s1" }, type: "array" }, s1: { properties: { action: { type: "string", allOf: [{ pattern: "^(Accept|Reject)$" }] }, cidr: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-net-v4" } }] }, interface: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", if: { not: { enum: ["*"] } }, then: { type: "string", pattern: "^[a-zA-Z0-9_.*-]{1,15}$" } } }] }, matchOperator: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Equal|In|NotEqual|NotIn)$" } }] }, prefixLength: { properties: { max: { maximum: 32, minimum: 0, type: "integer", allOf: [{ minimum: 0, maximum: 32 }] }, min: { maximum: 32, minimum: 0, type: "integer", allOf: [{ minimum: 0, maximum: 32 }] } }, type: "object", additionalProperties: false }, source: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", enum: ["RemotePeers"] } }] } }, required: ["action"], type: "object", additionalProperties: false }, s2: { items: { $ref: "#/$defs/s3" }, type: "array" }, s3: { properties: { action: { type: "string", allOf: [{ pattern: "^(Accept|Reject)$" }] }, cidr: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-net-v6" } }] }, interface: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", if: { not: { enum: ["*"] } }, then: { type: "string", pattern: "^[a-zA-Z0-9_.*-]{1,15}$" } } }] }, matchOperator: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Equal|In|NotEqual|NotIn)$" } }] }, prefixLength: { properties: { max: { maximum: 128, minimum: 0, type: "integer", allOf: [{ minimum: 0, maximum: 128 }] }, min: { maximum: 128, minimum: 0, type: "integer", allOf: [{ minimum: 0, maximum: 128 }] } }, type: "object", additionalProperties: false }, source: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", enum: ["RemotePeers"] } }] } }, required: ["action"], type: "object", additionalProperties: false } } } },
    BGPPeer: { group: "projectcalico.org", crd: "crd.projectcalico.org/v1", schema: { properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { properties: { asNumber: {}, filters: { items: { type: "string", allOf: [{ format: "calico-name" }] }, type: "array" }, keepOriginalNextHop: { type: "boolean" }, localASNumber: {}, localWorkloadSelector: { type: "string" }, maxRestartTime: { type: "string" }, nextHopMode: { allOf: [{ enum: ["Auto", "Self", "Keep"] }, { enum: ["Auto", "Self", "Keep"] }], type: "string" }, node: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-name" } }] }, nodeSelector: { type: "string" }, numAllowedLocalASNumbers: { type: "integer" }, password: { properties: { secretKeyRef: { properties: { key: { type: "string" }, name: { type: "string" }, optional: { type: "boolean" } }, required: ["key"], type: "object", additionalProperties: false } }, type: "object", additionalProperties: false }, peerIP: { type: "string" }, peerSelector: { type: "string" }, reachableBy: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-ip" } }] }, reversePeering: { enum: ["Auto", "Manual"], type: "string" }, sourceAddress: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(UseNodeIP|None)$" } }] }, ttlSecurity: { type: "integer", allOf: [{ minimum: 0, maximum: 255 }] } }, type: "object", additionalProperties: false }, status: { type: "object" } }, type: "object", additionalProperties: false } },
    FelixConfiguration: { group: "projectcalico.org", crd: "crd.projectcalico.org/v1", schema: { properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { properties: { allowIPIPPacketsFromWorkloads: { type: "boolean" }, allowVXLANPacketsFromWorkloads: { type: "boolean" }, awsSrcDstCheck: { enum: ["DoNothing", "Enable", "Disable"], type: "string", allOf: [{ enum: ["DoNothing", "Enable", "Disable"] }] }, bpfAttachType: { enum: ["TC", "TCX"], type: "string", allOf: [{ enum: ["TC", "TCX"] }] }, bpfCTLBLogFilter: { type: "string" }, bpfConnectTimeLoadBalancing: { enum: ["TCP", "Enabled", "Disabled"], type: "string", allOf: [{ enum: ["TCP", "Enabled", "Disabled"] }] }, bpfConnectTimeLoadBalancingEnabled: { type: "boolean" }, bpfConntrackLogLevel: { enum: ["Off", "Debug"], type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", enum: ["Off", "Debug"] } }] }, bpfConntrackMode: { enum: ["Auto", "Userspace", "BPFProgram"], type: "string", allOf: [{ enum: ["Auto", "Userspace", "BPFProgram"] }] }, bpfConntrackTimeouts: { properties: { creationGracePeriod: { pattern: "^(([0-9]*(\\.[0-9]*)?(ms|s|h|m|us)+)+|Auto)$", type: "string" }, genericTimeout: { pattern: "^(([0-9]*(\\.[0-9]*)?(ms|s|h|m|us)+)+|Auto)$", type: "string" }, icmpTimeout: { pattern: "^(([0-9]*(\\.[0-9]*)?(ms|s|h|m|us)+)+|Auto)$", type: "string" }, tcpEstablished: { pattern: "^(([0-9]*(\\.[0-9]*)?(ms|s|h|m|us)+)+|Auto)$", type: "string" }, tcpFinsSeen: { pattern: "^(([0-9]*(\\.[0-9]*)?(ms|s|h|m|us)+)+|Auto)$", type: "string" }, tcpResetSeen: { pattern: "^(([0-9]*(\\.[0-9]*)?(ms|s|h|m|us)+)+|Auto)$", type: "string" }, tcpSynSent: { pattern: "^(([0-9]*(\\.[0-9]*)?(ms|s|h|m|us)+)+|Auto)$", type: "string" }, udpTimeout: { pattern: "^(([0-9]*(\\.[0-9]*)?(ms|s|h|m|us)+)+|Auto)$", type: "string" } }, type: "object", additionalProperties: false }, bpfDSROptoutCIDRs: { items: { type: "string" }, type: "array", allOf: [{ allOf: [{ items: { type: "string", format: "calico-cidr" } }] }] }, bpfDataIfacePattern: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-regexp" } }] }, bpfDisableGROForIfaces: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-regexp" } }] }, bpfDisableUnprivileged: { type: "boolean" }, bpfEnabled: { type: "boolean" }, bpfEnforceRPF: { pattern: "^([Dd][Ii][Ss][Aa][Bb][Ll][Ee][Dd]|[Ss][Tt][Rr][Ii][Cc][Tt]|[Ll][Oo][Oo][Ss][Ee])?$", type: "string" }, bpfExcludeCIDRsFromNAT: { items: { type: "string" }, type: "array", allOf: [{ allOf: [{ items: { type: "string", format: "calico-cidr" } }] }] }, bpfExportBufferSizeMB: { type: "integer" }, bpfExtToServiceConnmark: { type: "integer", allOf: [{ minimum: 0, maximum: 4294967295 }] }, bpfExternalServiceMode: { pattern: "^([Tt][Uu][Nn][Nn][Ee][Ll]|[Dd][Ss][Rr])?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Tunnel|DSR)$" } }] }, bpfForceTrackPacketsFromIfaces: { items: { type: "string" }, type: "array", allOf: [{ allOf: [{ items: { type: "string", pattern: "^[a-zA-Z0-9:._+-]{1,15}$" } }] }] }, bpfHostConntrackBypass: { type: "boolean" }, bpfHostNetworkedNATWithoutCTLB: { enum: ["Enabled", "Disabled"], type: "string", allOf: [{ enum: ["Enabled", "Disabled"] }] }, bpfJITHardening: { allOf: [{ enum: ["Auto", "Strict"] }, { enum: ["Auto", "Strict"] }, { enum: ["Auto", "Strict"] }], type: "string" }, bpfKubeProxyEndpointSlicesEnabled: { type: "boolean" }, bpfKubeProxyHealthzPort: { type: "integer", allOf: [{ minimum: 1, maximum: 65535 }] }, bpfKubeProxyIptablesCleanupEnabled: { type: "boolean" }, bpfKubeProxyMinSyncPeriod: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, bpfL3IfacePattern: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-regexp" } }] }, bpfLogFilters: { additionalProperties: { type: "string" }, type: "object", allOf: [{ propertyNames: { pattern: "^[a-zA-Z0-9_.-]{1,15}$" } }] }, bpfLogLevel: { pattern: "^([Oo][Ff][Ff]|[Ii][Nn][Ff][Oo]|[Dd][Ee][Bb][Uu][Gg])?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Debug|Info|Off)$" } }] }, bpfMapSizeConntrack: { type: "integer" }, bpfMapSizeConntrackCleanupQueue: { minimum: 1, type: "integer", allOf: [{ minimum: 1 }] }, bpfMapSizeConntrackScaling: { pattern: "^([Dd][Ii][Ss][Aa][Bb][Ll][Ee][Dd]|[Dd][Oo][Uu][Bb][Ll][Ee][Ii][Ff][Ff][Uu][Ll][Ll])?$", type: "string" }, bpfMapSizeIPSets: { type: "integer" }, bpfMapSizeIfState: { type: "integer" }, bpfMapSizeNATAffinity: { type: "integer" }, bpfMapSizeNATBackend: { type: "integer" }, bpfMapSizeNATFrontend: { type: "integer" }, bpfMapSizePerCpuConntrack: { type: "integer" }, bpfMapSizeRoute: { type: "integer" }, bpfPSNATPorts: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 65535 }, { type: "string", format: "calico-port" }] }] }, bpfPolicyDebugEnabled: { type: "boolean" }, bpfProfiling: { enum: ["Enabled", "Disabled"], type: "string" }, bpfRedirectToPeer: { enum: ["Enabled", "Disabled", "L2Only"], type: "string" }, cgroupV2Path: { type: "string" }, chainInsertMode: { pattern: "^([Ii][Nn][Ss][Ee][Rr][Tt]|[Aa][Pp][Pp][Ee][Nn][Dd])?$", type: "string" }, dataplaneDriver: { type: "string" }, dataplaneWatchdogTimeout: { type: "string" }, debugDisableLogDropping: { type: "boolean" }, debugHost: { type: "string" }, debugMemoryProfilePath: { type: "string" }, debugPort: { type: "integer", allOf: [{ minimum: 0, maximum: 65535 }] }, debugSimulateCalcGraphHangAfter: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, debugSimulateDataplaneApplyDelay: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, debugSimulateDataplaneHangAfter: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, defaultEndpointToHostAction: { pattern: "^([Dd][Rr][Oo][Pp]|[Aa][Cc][Cc][Ee][Pp][Tt]|[Rr][Ee][Tt][Uu][Rr][Nn])?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Drop|Accept|Return)$" } }] }, deviceRouteProtocol: { type: "integer" }, deviceRouteSourceAddress: { type: "string" }, deviceRouteSourceAddressIPv6: { type: "string" }, disableConntrackInvalidCheck: { type: "boolean" }, endpointReportingDelay: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, endpointReportingEnabled: { type: "boolean" }, endpointStatusPathPrefix: { type: "string" }, externalNodesList: { items: { type: "string" }, type: "array" }, failsafeInboundHostPorts: { items: { properties: { net: { type: "string" }, port: { type: "integer", allOf: [{ minimum: 0, maximum: 65535 }] }, protocol: { type: "string" } }, required: ["port"], type: "object", additionalProperties: false }, type: "array" }, failsafeOutboundHostPorts: { items: { properties: { net: { type: "string" }, port: { type: "integer", allOf: [{ minimum: 0, maximum: 65535 }] }, protocol: { type: "string" } }, required: ["port"], type: "object", additionalProperties: false }, type: "array" }, featureDetectOverride: { pattern: "^([a-zA-Z0-9-_]+=(true|false|),)*([a-zA-Z0-9-_]+=(true|false|))?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-key-value-list" } }] }, featureGates: { pattern: "^([a-zA-Z0-9-_]+=([^=]+),)*([a-zA-Z0-9-_]+=([^=]+))?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-key-value-list" } }] }, floatingIPs: { enum: ["Enabled", "Disabled"], type: "string" }, flowLogsCollectorDebugTrace: { type: "boolean" }, flowLogsFlushInterval: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, flowLogsGoldmaneServer: { type: "string" }, flowLogsLocalReporter: { enum: ["Disabled", "Enabled"], type: "string" }, flowLogsPolicyEvaluationMode: { enum: ["None", "Continuous"], type: "string" }, genericXDPEnabled: { type: "boolean" }, goGCThreshold: { type: "integer", allOf: [{ minimum: -1 }] }, goMaxProcs: { type: "integer", allOf: [{ minimum: -1 }] }, goMemoryLimitMB: { type: "integer", allOf: [{ minimum: -1 }] }, healthEnabled: { type: "boolean" }, healthHost: { type: "string" }, healthPort: { type: "integer" }, healthTimeoutOverrides: { items: { properties: { name: { type: "string" }, timeout: { type: "string" } }, required: ["name", "timeout"], type: "object", additionalProperties: false }, type: "array" }, interfaceExclude: { type: "string" }, interfacePrefix: { type: "string" }, interfaceRefreshInterval: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, ipForwarding: { enum: ["Enabled", "Disabled"], type: "string" }, ipipEnabled: { type: "boolean" }, ipipMTU: { type: "integer" }, ipsetsRefreshInterval: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, iptablesBackend: { pattern: "^([Aa][Uu][Tt][Oo]|[Ll][Ee][Gg][Aa][Cc][Yy]|[Nn][Ff][Tt])?$", type: "string", allOf: [{ enum: ["", "Auto", "NFT", "Legacy"] }] }, iptablesFilterAllowAction: { pattern: "^([Aa][Cc][Cc][Ee][Pp][Tt]|[Rr][Ee][Tt][Uu][Rr][Nn])?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Accept|Return)$" } }] }, iptablesFilterDenyAction: { pattern: "^([Dd][Rr][Oo][Pp]|[Rr][Ee][Jj][Ee][Cc][Tt])?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Drop|Reject)$" } }] }, iptablesLockFilePath: { type: "string" }, iptablesLockProbeInterval: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, iptablesLockTimeout: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, iptablesMangleAllowAction: { pattern: "^([Aa][Cc][Cc][Ee][Pp][Tt]|[Rr][Ee][Tt][Uu][Rr][Nn])?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Accept|Return)$" } }] }, iptablesMarkMask: { type: "integer", allOf: [{ minimum: 0, maximum: 4294967295 }] }, iptablesNATOutgoingInterfaceFilter: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^[a-zA-Z0-9:._+-]{1,15}$" } }] }, iptablesPostWriteCheckInterval: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, iptablesRefreshInterval: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, ipv6Support: { type: "boolean" }, kubeNodePortRanges: { items: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 65535 }, { type: "string", format: "calico-port" }] }] }, type: "array" }, logActionRateLimit: { pattern: "^[1-9]\\d{0,3}/(?:second|minute|hour|day)$", type: "string" }, logActionRateLimitBurst: { maximum: 9999, minimum: 0, type: "integer" }, logDebugFilenameRegex: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-regexp" } }] }, logFilePath: { type: "string" }, logPrefix: { pattern: "^([a-zA-Z0-9%: /_-])*$", type: "string" }, logSeverityFile: { pattern: "^([Tt][Rr][Aa][Cc][Ee]|[Dd][Ee][Bb][Uu][Gg]|[Ii][Nn][Ff][Oo]|[Ww][Aa][Rr][Nn][Ii][Nn][Gg]|[Ee][Rr][Rr][Oo][Rr]|[Ff][Aa][Tt][Aa][Ll])?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Trace|Debug|Info|Warning|Error|Fatal)$" } }] }, logSeverityScreen: { pattern: "^([Tt][Rr][Aa][Cc][Ee]|[Dd][Ee][Bb][Uu][Gg]|[Ii][Nn][Ff][Oo]|[Ww][Aa][Rr][Nn][Ii][Nn][Gg]|[Ee][Rr][Rr][Oo][Rr]|[Ff][Aa][Tt][Aa][Ll])?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Trace|Debug|Info|Warning|Error|Fatal)$" } }] }, logSeveritySys: { pattern: "^([Tt][Rr][Aa][Cc][Ee]|[Dd][Ee][Bb][Uu][Gg]|[Ii][Nn][Ff][Oo]|[Ww][Aa][Rr][Nn][Ii][Nn][Gg]|[Ee][Rr][Rr][Oo][Rr]|[Ff][Aa][Tt][Aa][Ll])?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Trace|Debug|Info|Warning|Error|Fatal)$" } }] }, maxIpsetSize: { type: "integer" }, metadataAddr: { type: "string" }, metadataPort: { type: "integer" }, mtuIfacePattern: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-regexp" } }] }, natOutgoingAddress: { type: "string" }, natOutgoingExclusions: { enum: ["IPPoolsOnly", "IPPoolsAndHostIPs"], type: "string", allOf: [{ enum: ["IPPoolsOnly", "IPPoolsAndHostIPs"] }] }, natPortRange: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 65535 }, { type: "string", format: "calico-port" }] }] }, netlinkTimeout: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, nftablesFilterAllowAction: { pattern: "^([Aa][Cc][Cc][Ee][Pp][Tt]|[Rr][Ee][Tt][Uu][Rr][Nn])?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Accept|Return)$" } }] }, nftablesFilterDenyAction: { pattern: "^([Dd][Rr][Oo][Pp]|[Rr][Ee][Jj][Ee][Cc][Tt])?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Drop|Reject)$" } }] }, nftablesMangleAllowAction: { pattern: "^([Aa][Cc][Cc][Ee][Pp][Tt]|[Rr][Ee][Tt][Uu][Rr][Nn])?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Accept|Return)$" } }] }, nftablesMarkMask: { type: "integer", allOf: [{ minimum: 0, maximum: 4294967295 }] }, nftablesMode: { enum: ["Disabled", "Enabled", "Auto"], type: "string" }, nftablesRefreshInterval: { type: "string" }, openstackRegion: { type: "string" }, policySyncPathPrefix: { type: "string" }, programClusterRoutes: { enum: ["Enabled", "Disabled"], type: "string" }, prometheusGoMetricsEnabled: { type: "boolean" }, prometheusMetricsEnabled: { type: "boolean" }, prometheusMetricsHost: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^[a-zA-Z0-9:._+-]{1,64}$" } }] }, prometheusMetricsPort: { type: "integer" }, prometheusProcessMetricsEnabled: { type: "boolean" }, prometheusWireGuardMetricsEnabled: { type: "boolean" }, removeExternalRoutes: { type: "boolean" }, reportingInterval: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, reportingTTL: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, requireMTUFile: { type: "boolean" }, routeRefreshInterval: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, routeSource: { pattern: "^([Ww][Oo][Rr][Kk][Ll][Oo][Aa][Dd][Ii][Pp][Ss]|[Cc][Aa][Ll][Ii][Cc][Oo][Ii][Pp][Aa][Mm])?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-regexp" } }] }, routeSyncDisabled: { type: "boolean" }, routeTableRange: { properties: { max: { type: "integer" }, min: { type: "integer" } }, required: ["max", "min"], type: "object", additionalProperties: false }, routeTableRanges: { items: { properties: { max: { type: "integer" }, min: { type: "integer" } }, required: ["max", "min"], type: "object", additionalProperties: false }, type: "array" }, serviceLoopPrevention: { pattern: "^([Dd][Rr][Oo][Pp]|[Rr][Ee][Jj][Ee][Cc][Tt]|[Dd][Ii][Ss][Aa][Bb][Ll][Ee][Dd])?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", enum: ["Drop", "Reject", "Disabled"] } }] }, sidecarAccelerationEnabled: { type: "boolean" }, usageReportingEnabled: { type: "boolean" }, usageReportingInitialDelay: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, usageReportingInterval: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, useInternalDataplaneDriver: { type: "boolean" }, vxlanEnabled: { type: "boolean" }, vxlanMTU: { type: "integer" }, vxlanMTUV6: { type: "integer" }, vxlanPort: { type: "integer" }, vxlanVNI: { type: "integer" }, windowsManageFirewallRules: { enum: ["Enabled", "Disabled"], type: "string", allOf: [{ enum: ["Enabled", "Disabled"] }] }, wireguardEnabled: { type: "boolean" }, wireguardEnabledV6: { type: "boolean" }, wireguardHostEncryptionEnabled: { type: "boolean" }, wireguardInterfaceName: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", if: { not: { enum: ["*"] } }, then: { type: "string", pattern: "^[a-zA-Z0-9_.-]{1,15}$" } } }] }, wireguardInterfaceNameV6: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", if: { not: { enum: ["*"] } }, then: { type: "string", pattern: "^[a-zA-Z0-9_.-]{1,15}$" } } }] }, wireguardKeepAlive: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" }, wireguardListeningPort: { type: "integer", allOf: [{ exclusiveMinimum: 0, maximum: 65535 }] }, wireguardListeningPortV6: { type: "integer", allOf: [{ exclusiveMinimum: 0, maximum: 65535 }] }, wireguardMTU: { type: "integer" }, wireguardMTUV6: { type: "integer" }, wireguardRoutingRulePriority: { type: "integer", allOf: [{ exclusiveMinimum: 0, exclusiveMaximum: 32766 }] }, wireguardThreadingEnabled: { type: "boolean" }, workloadSourceSpoofing: { pattern: "^([Dd][Ii][Ss][Aa][Bb][Ll][Ee][Dd]|[Aa][Nn][Yy])?$", type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", enum: ["Disabled", "Any"] } }] }, xdpEnabled: { type: "boolean" }, xdpRefreshInterval: { pattern: "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$", type: "string" } }, type: "object", additionalProperties: false }, status: { type: "object" } }, type: "object", additionalProperties: false } },
    GlobalNetworkPolicy: { group: "projectcalico.org", crd: "crd.projectcalico.org/v1", schema: { properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { properties: { applyOnForward: { type: "boolean" }, doNotTrack: { type: "boolean" }, egress: { $ref: "#/$defs/s0" }, ingress: { $ref: "#/$defs/s0" }, namespaceSelector: { type: "string" }, order: { type: "number" }, performanceHints: { items: { type: "string", allOf: [{ enum: ["AssumeNeededOnEveryNode"] }] }, type: "array", allOf: [{ uniqueItems: true }] }, preDNAT: { type: "boolean" }, selector: { type: "string" }, serviceAccountSelector: { type: "string" }, tier: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-name" } }] }, types: { items: { type: "string", allOf: [{ enum: ["Ingress", "Egress"] }] }, type: "array" } }, type: "object", additionalProperties: false }, status: { type: "object" } }, type: "object", additionalProperties: false, $defs: { s0: { items: { $ref: "#/$defs/s1" }, type: "array" }, s1: { properties: { action: { type: "string", allOf: [{ pattern: "^(Allow|Deny|Log|Pass)$" }] }, destination: { $ref: "#/$defs/s2" }, http: { properties: { methods: { items: { type: "string" }, type: "array" }, paths: { items: { properties: { exact: { type: "string" }, prefix: { type: "string" } }, type: "object", additionalProperties: false }, type: "array" } }, type: "object", additionalProperties: false }, icmp: { properties: { code: { type: "integer", allOf: [{ minimum: 0, maximum: 255 }] }, type: { type: "integer", allOf: [{ minimum: 0, maximum: 254 }] } }, type: "object", additionalProperties: false }, ipVersion: { type: "integer", allOf: [{ enum: [4, 6] }] }, metadata: { properties: { annotations: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, notICMP: { properties: { code: { type: "integer", allOf: [{ minimum: 0, maximum: 255 }] }, type: { type: "integer", allOf: [{ minimum: 0, maximum: 254 }] } }, type: "object", additionalProperties: false }, notProtocol: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 255 }, { type: "string", format: "calico-protocol" }] }] }, protocol: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 255 }, { type: "string", format: "calico-protocol" }] }] }, source: { $ref: "#/$defs/s2" } }, required: ["action"], type: "object", additionalProperties: false }, s2: { properties: { namespaceSelector: { type: "string" }, nets: { items: { type: "string", allOf: [{ format: "calico-net" }] }, type: "array" }, notNets: { items: { type: "string", allOf: [{ format: "calico-net" }] }, type: "array" }, notPorts: { items: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 65535 }, { type: "string", format: "calico-port" }] }] }, type: "array" }, notSelector: { type: "string" }, ports: { items: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 65535 }, { type: "string", format: "calico-port" }] }] }, type: "array" }, selector: { type: "string" }, serviceAccounts: { properties: { names: { items: { type: "string" }, type: "array" }, selector: { type: "string" } }, type: "object", additionalProperties: false }, services: { properties: { name: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-name" } }] }, namespace: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-name" } }] } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false } } } },
    GlobalNetworkSet: { group: "projectcalico.org", crd: "crd.projectcalico.org/v1", schema: { properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { properties: { nets: { items: { type: "string", allOf: [{ format: "calico-cidr" }] }, type: "array" } }, type: "object", additionalProperties: false }, status: { type: "object" } }, type: "object", additionalProperties: false } },
    HostEndpoint: { group: "projectcalico.org", crd: "crd.projectcalico.org/v1", schema: { properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { properties: { expectedIPs: { items: { type: "string", allOf: [{ format: "calico-ip" }] }, type: "array" }, interfaceName: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", if: { not: { enum: ["*"] } }, then: { type: "string", pattern: "^[a-zA-Z0-9_.-]{1,15}$" } } }] }, node: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-name" } }] }, ports: { items: { properties: { name: { type: "string", allOf: [{ format: "calico-port-name" }] }, port: { type: "integer", allOf: [{ minimum: 0, maximum: 65535, exclusiveMinimum: 0 }] }, protocol: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 255 }, { type: "string", format: "calico-protocol" }] }] } }, required: ["name", "port", "protocol"], type: "object", additionalProperties: false }, type: "array" }, profiles: { items: { type: "string", allOf: [{ format: "calico-name" }] }, type: "array" } }, type: "object", additionalProperties: false }, status: { type: "object" } }, type: "object", additionalProperties: false } },
    IPPool: { group: "projectcalico.org", crd: "crd.projectcalico.org/v1", schema: { properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { properties: { allowedUses: { items: { type: "string" }, type: "array" }, assignmentMode: { enum: ["Automatic", "Manual"], type: "string", allOf: [{ pattern: "^(Automatic|Manual)$" }] }, blockSize: { type: "integer" }, cidr: {}, disableBGPExport: { type: "boolean" }, disabled: { type: "boolean" }, ipip: { properties: { enabled: { type: "boolean" }, mode: { type: "string", allOf: [{ pattern: "^(Always|CrossSubnet|Never)$" }] } }, type: "object", additionalProperties: false, allOf: [{ not: {} }] }, ipipMode: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Always|CrossSubnet|Never)$" } }] }, namespaceSelector: { type: "string" }, "nat-outgoing": { type: "boolean", allOf: [{ if: { not: { enum: [false] } }, then: { type: "boolean", const: false } }] }, natOutgoing: { type: "boolean" }, nodeSelector: { type: "string" }, vxlanMode: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Always|CrossSubnet|Never)$" } }] } }, required: ["cidr"], type: "object", additionalProperties: false }, status: { type: "object" } }, type: "object", additionalProperties: false } },
    IPReservation: { group: "projectcalico.org", crd: "crd.projectcalico.org/v1", schema: { properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { properties: { reservedCIDRs: { items: { type: "string" }, type: "array", allOf: [{ allOf: [{ items: { type: "string", format: "calico-cidr" } }] }] } }, type: "object", additionalProperties: false }, status: { type: "object" } }, type: "object", additionalProperties: false } },
    KubeControllersConfiguration: { group: "projectcalico.org", crd: "crd.projectcalico.org/v1", schema: { properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { properties: { controllers: { properties: { loadBalancer: { properties: { assignIPs: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(AllServices|RequestedServicesOnly)$" } }] } }, type: "object", additionalProperties: false }, namespace: { properties: { reconcilerPeriod: { type: "string" } }, type: "object", additionalProperties: false }, node: { properties: { hostEndpoint: { properties: { autoCreate: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", enum: ["Enabled", "Disabled"] } }] }, createDefaultHostEndpoint: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", enum: ["Enabled", "Disabled"] } }] }, templates: { items: { properties: { generateName: { maxLength: 253, type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-name" } }] }, interfaceCIDRs: { items: { type: "string" }, type: "array", allOf: [{ allOf: [{ items: { type: "string", format: "calico-cidr" } }] }] }, interfacePattern: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-regexp" } }] }, labels: { additionalProperties: { type: "string" }, type: "object", allOf: [{ propertyNames: { format: "calico-label-key" }, allOf: [{ additionalProperties: { type: "string", format: "calico-label-value" } }] }] }, nodeSelector: { type: "string" } }, type: "object", additionalProperties: false }, type: "array" } }, type: "object", additionalProperties: false }, leakGracePeriod: { type: "string" }, reconcilerPeriod: { type: "string" }, syncLabels: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", enum: ["Enabled", "Disabled"] } }] } }, type: "object", additionalProperties: false }, policy: { properties: { reconcilerPeriod: { type: "string" } }, type: "object", additionalProperties: false }, serviceAccount: { properties: { reconcilerPeriod: { type: "string" } }, type: "object", additionalProperties: false }, workloadEndpoint: { properties: { reconcilerPeriod: { type: "string" } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false }, debugProfilePort: { type: "integer" }, etcdV3CompactionPeriod: { type: "string" }, healthChecks: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", enum: ["Enabled", "Disabled"] } }] }, logSeverityScreen: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(Trace|Debug|Info|Warning|Error|Fatal)$" } }] }, prometheusMetricsPort: { type: "integer" } }, required: ["controllers"], type: "object", additionalProperties: false }, status: { type: "object" } }, type: "object", additionalProperties: false } },
    NetworkPolicy: { group: "projectcalico.org", crd: "crd.projectcalico.org/v1", schema: { properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { properties: { egress: { $ref: "#/$defs/s0" }, ingress: { $ref: "#/$defs/s0" }, order: { type: "number" }, performanceHints: { items: { type: "string", allOf: [{ enum: ["AssumeNeededOnEveryNode"] }] }, type: "array", allOf: [{ uniqueItems: true }] }, selector: { type: "string" }, serviceAccountSelector: { type: "string" }, tier: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-name" } }] }, types: { items: { type: "string", allOf: [{ enum: ["Ingress", "Egress"] }] }, type: "array" } }, type: "object", additionalProperties: false }, status: { type: "object" } }, type: "object", additionalProperties: false, $defs: { s0: { items: { $ref: "#/$defs/s1" }, type: "array" }, s1: { properties: { action: { type: "string", allOf: [{ pattern: "^(Allow|Deny|Log|Pass)$" }] }, destination: { $ref: "#/$defs/s2" }, http: { properties: { methods: { items: { type: "string" }, type: "array" }, paths: { items: { properties: { exact: { type: "string" }, prefix: { type: "string" } }, type: "object", additionalProperties: false }, type: "array" } }, type: "object", additionalProperties: false }, icmp: { properties: { code: { type: "integer", allOf: [{ minimum: 0, maximum: 255 }] }, type: { type: "integer", allOf: [{ minimum: 0, maximum: 254 }] } }, type: "object", additionalProperties: false }, ipVersion: { type: "integer", allOf: [{ enum: [4, 6] }] }, metadata: { properties: { annotations: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, notICMP: { properties: { code: { type: "integer", allOf: [{ minimum: 0, maximum: 255 }] }, type: { type: "integer", allOf: [{ minimum: 0, maximum: 254 }] } }, type: "object", additionalProperties: false }, notProtocol: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 255 }, { type: "string", format: "calico-protocol" }] }] }, protocol: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 255 }, { type: "string", format: "calico-protocol" }] }] }, source: { $ref: "#/$defs/s2" } }, required: ["action"], type: "object", additionalProperties: false }, s2: { properties: { namespaceSelector: { type: "string" }, nets: { items: { type: "string", allOf: [{ format: "calico-net" }] }, type: "array" }, notNets: { items: { type: "string", allOf: [{ format: "calico-net" }] }, type: "array" }, notPorts: { items: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 65535 }, { type: "string", format: "calico-port" }] }] }, type: "array" }, notSelector: { type: "string" }, ports: { items: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 65535 }, { type: "string", format: "calico-port" }] }] }, type: "array" }, selector: { type: "string" }, serviceAccounts: { properties: { names: { items: { type: "string" }, type: "array" }, selector: { type: "string" } }, type: "object", additionalProperties: false }, services: { properties: { name: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-name" } }] }, namespace: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-name" } }] } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false } } } },
    NetworkSet: { group: "projectcalico.org", crd: "crd.projectcalico.org/v1", schema: { properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { properties: { nets: { items: { type: "string", allOf: [{ format: "calico-cidr" }] }, type: "array" } }, type: "object", additionalProperties: false }, status: { type: "object" } }, type: "object", additionalProperties: false } },
    StagedGlobalNetworkPolicy: { group: "projectcalico.org", crd: "crd.projectcalico.org/v1", schema: { properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { properties: { applyOnForward: { type: "boolean" }, doNotTrack: { type: "boolean" }, egress: { $ref: "#/$defs/s0" }, ingress: { $ref: "#/$defs/s0" }, namespaceSelector: { type: "string" }, order: { type: "number" }, performanceHints: { items: { type: "string", allOf: [{ enum: ["AssumeNeededOnEveryNode"] }] }, type: "array", allOf: [{ uniqueItems: true }] }, preDNAT: { type: "boolean" }, selector: { type: "string" }, serviceAccountSelector: { type: "string" }, stagedAction: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", enum: ["Set", "Delete", "Learn", "Ignore"] } }] }, tier: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-name" } }] }, types: { items: { type: "string", allOf: [{ enum: ["Ingress", "Egress"] }] }, type: "array" } }, type: "object", additionalProperties: false }, status: { type: "object" } }, type: "object", additionalProperties: false, $defs: { s0: { items: { $ref: "#/$defs/s1" }, type: "array" }, s1: { properties: { action: { type: "string", allOf: [{ pattern: "^(Allow|Deny|Log|Pass)$" }] }, destination: { $ref: "#/$defs/s2" }, http: { properties: { methods: { items: { type: "string" }, type: "array" }, paths: { items: { properties: { exact: { type: "string" }, prefix: { type: "string" } }, type: "object", additionalProperties: false }, type: "array" } }, type: "object", additionalProperties: false }, icmp: { properties: { code: { type: "integer", allOf: [{ minimum: 0, maximum: 255 }] }, type: { type: "integer", allOf: [{ minimum: 0, maximum: 254 }] } }, type: "object", additionalProperties: false }, ipVersion: { type: "integer", allOf: [{ enum: [4, 6] }] }, metadata: { properties: { annotations: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, notICMP: { properties: { code: { type: "integer", allOf: [{ minimum: 0, maximum: 255 }] }, type: { type: "integer", allOf: [{ minimum: 0, maximum: 254 }] } }, type: "object", additionalProperties: false }, notProtocol: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 255 }, { type: "string", format: "calico-protocol" }] }] }, protocol: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 255 }, { type: "string", format: "calico-protocol" }] }] }, source: { $ref: "#/$defs/s2" } }, required: ["action"], type: "object", additionalProperties: false }, s2: { properties: { namespaceSelector: { type: "string" }, nets: { items: { type: "string", allOf: [{ format: "calico-net" }] }, type: "array" }, notNets: { items: { type: "string", allOf: [{ format: "calico-net" }] }, type: "array" }, notPorts: { items: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 65535 }, { type: "string", format: "calico-port" }] }] }, type: "array" }, notSelector: { type: "string" }, ports: { items: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 65535 }, { type: "string", format: "calico-port" }] }] }, type: "array" }, selector: { type: "string" }, serviceAccounts: { properties: { names: { items: { type: "string" }, type: "array" }, selector: { type: "string" } }, type: "object", additionalProperties: false }, services: { properties: { name: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-name" } }] }, namespace: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-name" } }] } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false } } } },
    StagedNetworkPolicy: { group: "projectcalico.org", crd: "crd.projectcalico.org/v1", schema: { properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { properties: { egress: { $ref: "#/$defs/s0" }, ingress: { $ref: "#/$defs/s0" }, order: { type: "number" }, performanceHints: { items: { type: "string", allOf: [{ enum: ["AssumeNeededOnEveryNode"] }] }, type: "array", allOf: [{ uniqueItems: true }] }, selector: { type: "string" }, serviceAccountSelector: { type: "string" }, stagedAction: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", enum: ["Set", "Delete", "Learn", "Ignore"] } }] }, tier: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-name" } }] }, types: { items: { type: "string", allOf: [{ enum: ["Ingress", "Egress"] }] }, type: "array" } }, type: "object", additionalProperties: false }, status: { type: "object" } }, type: "object", additionalProperties: false, $defs: { s0: { items: { $ref: "#/$defs/s1" }, type: "array" }, s1: { properties: { action: { type: "string", allOf: [{ pattern: "^(Allow|Deny|Log|Pass)$" }] }, destination: { $ref: "#/$defs/s2" }, http: { properties: { methods: { items: { type: "string" }, type: "array" }, paths: { items: { properties: { exact: { type: "string" }, prefix: { type: "string" } }, type: "object", additionalProperties: false }, type: "array" } }, type: "object", additionalProperties: false }, icmp: { properties: { code: { type: "integer", allOf: [{ minimum: 0, maximum: 255 }] }, type: { type: "integer", allOf: [{ minimum: 0, maximum: 254 }] } }, type: "object", additionalProperties: false }, ipVersion: { type: "integer", allOf: [{ enum: [4, 6] }] }, metadata: { properties: { annotations: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, notICMP: { properties: { code: { type: "integer", allOf: [{ minimum: 0, maximum: 255 }] }, type: { type: "integer", allOf: [{ minimum: 0, maximum: 254 }] } }, type: "object", additionalProperties: false }, notProtocol: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 255 }, { type: "string", format: "calico-protocol" }] }] }, protocol: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 255 }, { type: "string", format: "calico-protocol" }] }] }, source: { $ref: "#/$defs/s2" } }, required: ["action"], type: "object", additionalProperties: false }, s2: { properties: { namespaceSelector: { type: "string" }, nets: { items: { type: "string", allOf: [{ format: "calico-net" }] }, type: "array" }, notNets: { items: { type: "string", allOf: [{ format: "calico-net" }] }, type: "array" }, notPorts: { items: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 65535 }, { type: "string", format: "calico-port" }] }] }, type: "array" }, notSelector: { type: "string" }, ports: { items: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^.*", allOf: [{ anyOf: [{ type: "integer", minimum: 1, maximum: 65535 }, { type: "string", format: "calico-port" }] }] }, type: "array" }, selector: { type: "string" }, serviceAccounts: { properties: { names: { items: { type: "string" }, type: "array" }, selector: { type: "string" } }, type: "object", additionalProperties: false }, services: { properties: { name: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-name" } }] }, namespace: { type: "string", allOf: [{ if: { not: { enum: [""] } }, then: { type: "string", format: "calico-name" } }] } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false } } } },
    Tier: { group: "projectcalico.org", crd: "crd.projectcalico.org/v1", schema: { properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { properties: { defaultAction: { enum: ["Pass", "Deny"], type: "string", allOf: [{ enum: ["Deny", "Pass"] }] }, order: { type: "number" } }, type: "object", additionalProperties: false }, status: { type: "object" } }, type: "object", additionalProperties: false } },
    Node: { group: "projectcalico.org", crd: null, schema: { type: "object", properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { type: "object", properties: { bgp: { type: "object", properties: { asNumber: {}, ipv4Address: { if: { not: { enum: [""] } }, then: { type: "string", format: "calico-cidr-v4" } }, ipv6Address: { if: { not: { enum: [""] } }, then: { type: "string", format: "calico-cidr-v6" } }, ipv4IPIPTunnelAddr: { if: { not: { enum: [""] } }, then: { type: "string", format: "calico-ipv4" } }, routeReflectorClusterID: { type: "string" } }, additionalProperties: false }, ipv4VXLANTunnelAddr: { if: { not: { enum: [""] } }, then: { type: "string", format: "calico-ipv4" } }, vxlanTunnelMACAddr: { if: { not: { enum: [""] } }, then: { type: "string", format: "calico-mac" } }, ipv6VXLANTunnelAddr: { if: { not: { enum: [""] } }, then: { type: "string", format: "calico-ipv6" } }, vxlanTunnelMACAddrV6: { if: { not: { enum: [""] } }, then: { type: "string", format: "calico-mac" } }, orchRefs: { type: "array", items: { type: "object", properties: { nodeName: { type: "string" }, orchestrator: { type: "string" } }, additionalProperties: false } }, wireguard: { type: "object", properties: { interfaceIPv4Address: { if: { not: { enum: [""] } }, then: { type: "string", format: "calico-ipv4" } }, interfaceIPv6Address: { if: { not: { enum: [""] } }, then: { type: "string", format: "calico-ipv6" } } }, additionalProperties: false }, addresses: { type: "array", items: { type: "object", properties: { address: { type: "string", format: "calico-net" }, type: { if: { not: { enum: [""] } }, then: { type: "string", pattern: "^(CalicoNodeIP|InternalIP|ExternalIP)$" } } }, additionalProperties: false } }, interfaces: { type: "array", items: { type: "object", properties: { name: { if: { not: { enum: [""] } }, then: { type: "string", format: "calico-name" } }, addresses: { type: "array", items: { type: "string" } } }, additionalProperties: false } } }, additionalProperties: false }, status: { type: "object", "x-kubernetes-preserve-unknown-fields": true } } } },
    Installation: { group: "operator.tigera.io", crd: "operator.tigera.io/v1", schema: { properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { properties: { azure: { properties: { policyMode: { enum: ["Default", "Manual"], type: "string" } }, type: "object", additionalProperties: false }, calicoKubeControllersDeployment: { properties: { metadata: { properties: { annotations: { additionalProperties: { type: "string" }, type: "object" }, labels: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, spec: { properties: { minReadySeconds: { maximum: 2147483647, minimum: 0, type: "integer" }, template: { properties: { metadata: { properties: { annotations: { additionalProperties: { type: "string" }, type: "object" }, labels: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, spec: { properties: { affinity: { $ref: "#/$defs/s0" }, containers: { items: { properties: { name: { enum: ["calico-kube-controllers", "es-calico-kube-controllers"], type: "string" }, resources: { $ref: "#/$defs/s12" } }, required: ["name"], type: "object", additionalProperties: false }, type: "array" }, nodeSelector: { additionalProperties: { type: "string" }, type: "object" }, tolerations: { items: { properties: { effect: { type: "string" }, key: { type: "string" }, operator: { type: "string" }, tolerationSeconds: { type: "integer" }, value: { type: "string" } }, type: "object", additionalProperties: false }, type: "array" } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false }, calicoNetwork: { properties: { bgp: { enum: ["Enabled", "Disabled"], type: "string" }, bpfNetworkBootstrap: { enum: ["Disabled", "Enabled"], type: "string" }, containerIPForwarding: { enum: ["Enabled", "Disabled"], type: "string" }, hostPorts: { enum: ["Enabled", "Disabled"], type: "string" }, ipPools: { items: { properties: { allowedUses: { items: { type: "string" }, type: "array" }, assignmentMode: { type: "string" }, blockSize: { type: "integer" }, cidr: { type: "string" }, disableBGPExport: { type: "boolean" }, disableNewAllocations: { type: "boolean" }, encapsulation: { enum: ["IPIPCrossSubnet", "IPIP", "VXLAN", "VXLANCrossSubnet", "None"], type: "string" }, name: { type: "string" }, natOutgoing: { enum: ["Enabled", "Disabled"], type: "string" }, nodeSelector: { type: "string" } }, required: ["cidr"], type: "object", additionalProperties: false }, maxItems: 25, type: "array" }, kubeProxyManagement: { enum: ["Disabled", "Enabled"], type: "string" }, linuxDataplane: { enum: ["Iptables", "BPF", "VPP", "Nftables"], type: "string" }, linuxPolicySetupTimeoutSeconds: { type: "integer" }, mtu: { type: "integer" }, multiInterfaceMode: { enum: ["None", "Multus"], type: "string" }, nodeAddressAutodetectionV4: { properties: { canReach: { type: "string" }, cidrs: { items: { type: "string" }, type: "array" }, firstFound: { type: "boolean" }, interface: { type: "string" }, kubernetes: { enum: ["NodeInternalIP"], type: "string" }, skipInterface: { type: "string" } }, type: "object", additionalProperties: false }, nodeAddressAutodetectionV6: { properties: { canReach: { type: "string" }, cidrs: { items: { type: "string" }, type: "array" }, firstFound: { type: "boolean" }, interface: { type: "string" }, kubernetes: { enum: ["NodeInternalIP"], type: "string" }, skipInterface: { type: "string" } }, type: "object", additionalProperties: false }, sysctl: { items: { properties: { key: { enum: ["net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_keepalive_time"], type: "string" }, value: { type: "string" } }, required: ["key", "value"], type: "object", additionalProperties: false }, type: "array" }, windowsDataplane: { enum: ["HNS", "Disabled"], type: "string" } }, type: "object", additionalProperties: false }, calicoNodeDaemonSet: { properties: { metadata: { properties: { annotations: { additionalProperties: { type: "string" }, type: "object" }, labels: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, spec: { properties: { minReadySeconds: { maximum: 2147483647, minimum: 0, type: "integer" }, template: { properties: { metadata: { properties: { annotations: { additionalProperties: { type: "string" }, type: "object" }, labels: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, spec: { properties: { affinity: { $ref: "#/$defs/s0" }, containers: { items: { properties: { name: { enum: ["calico-node"], type: "string" }, resources: { $ref: "#/$defs/s12" } }, required: ["name"], type: "object", additionalProperties: false }, type: "array" }, dnsConfig: { properties: { nameservers: { items: { type: "string" }, type: "array" }, options: { items: { properties: { name: { type: "string" }, value: { type: "string" } }, type: "object", additionalProperties: false }, type: "array" }, searches: { items: { type: "string" }, type: "array" } }, type: "object", additionalProperties: false }, dnsPolicy: { enum: ["", "Default", "ClusterFirst", "ClusterFirstWithHostNet", "None"], type: "string" }, initContainers: { items: { properties: { name: { enum: ["install-cni", "hostpath-init", "flexvol-driver", "ebpf-bootstrap", "node-certs-key-cert-provisioner", "calico-node-prometheus-server-tls-key-cert-provisioner", "mount-bpffs"], type: "string" }, resources: { $ref: "#/$defs/s12" } }, required: ["name"], type: "object", additionalProperties: false }, type: "array" }, nodeSelector: { additionalProperties: { type: "string" }, type: "object" }, tolerations: { items: { properties: { effect: { type: "string" }, key: { type: "string" }, operator: { type: "string" }, tolerationSeconds: { type: "integer" }, value: { type: "string" } }, type: "object", additionalProperties: false }, type: "array" } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false }, calicoNodeWindowsDaemonSet: { properties: { metadata: { properties: { annotations: { additionalProperties: { type: "string" }, type: "object" }, labels: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, spec: { properties: { minReadySeconds: { maximum: 2147483647, minimum: 0, type: "integer" }, template: { properties: { metadata: { properties: { annotations: { additionalProperties: { type: "string" }, type: "object" }, labels: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, spec: { properties: { affinity: { $ref: "#/$defs/s0" }, containers: { items: { properties: { name: { enum: ["calico-node-windows"], type: "string" }, resources: { $ref: "#/$defs/s12" } }, required: ["name"], type: "object", additionalProperties: false }, type: "array" }, initContainers: { items: { properties: { name: { enum: ["install-cni", "hostpath-init", "flexvol-driver", "node-certs-key-cert-provisioner", "calico-node-windows-prometheus-server-tls-key-cert-provisioner"], type: "string" }, resources: { $ref: "#/$defs/s12" } }, required: ["name"], type: "object", additionalProperties: false }, type: "array" }, nodeSelector: { additionalProperties: { type: "string" }, type: "object" }, tolerations: { items: { properties: { effect: { type: "string" }, key: { type: "string" }, operator: { type: "string" }, tolerationSeconds: { type: "integer" }, value: { type: "string" } }, type: "object", additionalProperties: false }, type: "array" } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false }, calicoWindowsUpgradeDaemonSet: { properties: { metadata: { properties: { annotations: { additionalProperties: { type: "string" }, type: "object" }, labels: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, spec: { properties: { minReadySeconds: { maximum: 2147483647, minimum: 0, type: "integer" }, template: { properties: { metadata: { properties: { annotations: { additionalProperties: { type: "string" }, type: "object" }, labels: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, spec: { properties: { affinity: { $ref: "#/$defs/s0" }, containers: { items: { properties: { name: { enum: ["calico-windows-upgrade"], type: "string" }, resources: { $ref: "#/$defs/s12" } }, required: ["name"], type: "object", additionalProperties: false }, type: "array" }, nodeSelector: { additionalProperties: { type: "string" }, type: "object" }, tolerations: { items: { properties: { effect: { type: "string" }, key: { type: "string" }, operator: { type: "string" }, tolerationSeconds: { type: "integer" }, value: { type: "string" } }, type: "object", additionalProperties: false }, type: "array" } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false }, certificateManagement: { properties: { caCert: { type: "string" }, keyAlgorithm: { enum: ["", "RSAWithSize2048", "RSAWithSize4096", "RSAWithSize8192", "ECDSAWithCurve256", "ECDSAWithCurve384", "ECDSAWithCurve521"], type: "string" }, signatureAlgorithm: { enum: ["", "SHA256WithRSA", "SHA384WithRSA", "SHA512WithRSA", "ECDSAWithSHA256", "ECDSAWithSHA384", "ECDSAWithSHA512"], type: "string" }, signerName: { type: "string" } }, required: ["caCert", "signerName"], type: "object", additionalProperties: false }, cni: { properties: { binDir: { type: "string" }, confDir: { type: "string" }, ipam: { properties: { type: { enum: ["Calico", "HostLocal", "AmazonVPC", "AzureVNET"], type: "string" } }, required: ["type"], type: "object", additionalProperties: false }, specVersion: { enum: ["Auto", "0.3.1", "0.4.0", "1.0.0"], type: "string" }, type: { enum: ["Calico", "GKE", "AmazonVPC", "AzureVNET"], type: "string" } }, required: ["type"], type: "object", additionalProperties: false }, componentResources: { items: { properties: { componentName: { enum: ["Node", "Typha", "KubeControllers"], type: "string" }, resourceRequirements: { $ref: "#/$defs/s12" } }, required: ["componentName", "resourceRequirements"], type: "object", additionalProperties: false }, type: "array" }, controlPlaneNodeSelector: { additionalProperties: { type: "string" }, type: "object" }, controlPlaneReplicas: { type: "integer" }, controlPlaneTolerations: { items: { properties: { effect: { type: "string" }, key: { type: "string" }, operator: { type: "string" }, tolerationSeconds: { type: "integer" }, value: { type: "string" } }, type: "object", additionalProperties: false }, type: "array" }, csiNodeDriverDaemonSet: { properties: { metadata: { properties: { annotations: { additionalProperties: { type: "string" }, type: "object" }, labels: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, spec: { properties: { minReadySeconds: { maximum: 2147483647, minimum: 0, type: "integer" }, template: { properties: { metadata: { properties: { annotations: { additionalProperties: { type: "string" }, type: "object" }, labels: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, spec: { properties: { affinity: { $ref: "#/$defs/s0" }, containers: { items: { properties: { name: { enum: ["calico-csi", "csi-node-driver-registrar", "csi-node-driver"], type: "string" }, resources: { $ref: "#/$defs/s12" } }, required: ["name"], type: "object", additionalProperties: false }, type: "array" }, nodeSelector: { additionalProperties: { type: "string" }, type: "object" }, tolerations: { items: { properties: { effect: { type: "string" }, key: { type: "string" }, operator: { type: "string" }, tolerationSeconds: { type: "integer" }, value: { type: "string" } }, type: "object", additionalProperties: false }, type: "array" } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false }, fipsMode: { enum: ["Enabled", "Disabled"], type: "string" }, flexVolumePath: { type: "string" }, imagePath: { type: "string" }, imagePrefix: { type: "string" }, imagePullSecrets: { items: { properties: { name: { type: "string" } }, type: "object", additionalProperties: false }, type: "array" }, kubeletVolumePluginPath: { type: "string" }, kubernetesProvider: { enum: ["", "EKS", "GKE", "AKS", "OpenShift", "DockerEnterprise", "RKE2", "TKG", "Kind"], type: "string" }, logging: { properties: { cni: { properties: { logFileMaxAgeDays: { type: "integer" }, logFileMaxCount: { type: "integer" }, logFileMaxSize: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$" }, logSeverity: { enum: ["Error", "Warning", "Info", "Debug"], type: "string" } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false }, nodeMetricsPort: { type: "integer" }, nodeUpdateStrategy: { properties: { rollingUpdate: { properties: { maxSurge: { anyOf: [{ type: "integer" }, { type: "string" }] }, maxUnavailable: { anyOf: [{ type: "integer" }, { type: "string" }] } }, type: "object", additionalProperties: false }, type: { type: "string" } }, type: "object", additionalProperties: false }, nonPrivileged: { type: "string" }, proxy: { properties: { httpProxy: { type: "string" }, httpsProxy: { type: "string" }, noProxy: { type: "string" } }, type: "object", additionalProperties: false }, registry: { type: "string" }, serviceCIDRs: { items: { type: "string" }, type: "array" }, tlsCipherSuites: { items: { properties: { name: { enum: ["TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"], type: "string" } }, type: "object", additionalProperties: false }, type: "array" }, typhaAffinity: { properties: { nodeAffinity: { $ref: "#/$defs/s1" } }, type: "object", additionalProperties: false }, typhaDeployment: { properties: { metadata: { properties: { annotations: { additionalProperties: { type: "string" }, type: "object" }, labels: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, spec: { properties: { minReadySeconds: { maximum: 2147483647, minimum: 0, type: "integer" }, strategy: { properties: { rollingUpdate: { properties: { maxSurge: { anyOf: [{ type: "integer" }, { type: "string" }] }, maxUnavailable: { anyOf: [{ type: "integer" }, { type: "string" }] } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false }, template: { properties: { metadata: { properties: { annotations: { additionalProperties: { type: "string" }, type: "object" }, labels: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, spec: { properties: { affinity: { $ref: "#/$defs/s0" }, containers: { items: { properties: { name: { enum: ["calico-typha"], type: "string" }, resources: { $ref: "#/$defs/s12" } }, required: ["name"], type: "object", additionalProperties: false }, type: "array" }, initContainers: { items: { properties: { name: { enum: ["typha-certs-key-cert-provisioner"], type: "string" }, resources: { $ref: "#/$defs/s12" } }, required: ["name"], type: "object", additionalProperties: false }, type: "array" }, nodeSelector: { additionalProperties: { type: "string" }, type: "object" }, terminationGracePeriodSeconds: { type: "integer" }, tolerations: { items: { properties: { effect: { type: "string" }, key: { type: "string" }, operator: { type: "string" }, tolerationSeconds: { type: "integer" }, value: { type: "string" } }, type: "object", additionalProperties: false }, type: "array" }, topologySpreadConstraints: { items: { properties: { labelSelector: { properties: { matchExpressions: { items: { properties: { key: { type: "string" }, operator: { type: "string" }, values: { items: { type: "string" }, type: "array" } }, required: ["key", "operator"], type: "object", additionalProperties: false }, type: "array" }, matchLabels: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, matchLabelKeys: { items: { type: "string" }, type: "array" }, maxSkew: { type: "integer" }, minDomains: { type: "integer" }, nodeAffinityPolicy: { type: "string" }, nodeTaintsPolicy: { type: "string" }, topologyKey: { type: "string" }, whenUnsatisfiable: { type: "string" } }, required: ["maxSkew", "topologyKey", "whenUnsatisfiable"], type: "object", additionalProperties: false }, type: "array" } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false }, typhaMetricsPort: { type: "integer" }, variant: { enum: ["Calico", "TigeraSecureEnterprise"], type: "string" }, windowsNodes: { properties: { cniBinDir: { type: "string" }, cniConfigDir: { type: "string" }, cniLogDir: { type: "string" }, vxlanAdapter: { type: "string" }, vxlanMACPrefix: { pattern: "^[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}$", type: "string" } }, type: "object", additionalProperties: false } }, type: "object", additionalProperties: false }, status: { type: "object" } }, type: "object", additionalProperties: false, $defs: { s0: { properties: { nodeAffinity: { $ref: "#/$defs/s1" }, podAffinity: { $ref: "#/$defs/s7" }, podAntiAffinity: { $ref: "#/$defs/s7" } }, type: "object", additionalProperties: false }, s1: { properties: { preferredDuringSchedulingIgnoredDuringExecution: { $ref: "#/$defs/s2" }, requiredDuringSchedulingIgnoredDuringExecution: { $ref: "#/$defs/s5" } }, type: "object", additionalProperties: false }, s2: { items: { $ref: "#/$defs/s3" }, type: "array" }, s3: { properties: { preference: { $ref: "#/$defs/s4" }, weight: { type: "integer" } }, required: ["preference", "weight"], type: "object", additionalProperties: false }, s4: { properties: { matchExpressions: { items: { properties: { key: { type: "string" }, operator: { type: "string" }, values: { items: { type: "string" }, type: "array" } }, required: ["key", "operator"], type: "object", additionalProperties: false }, type: "array" }, matchFields: { items: { properties: { key: { type: "string" }, operator: { type: "string" }, values: { items: { type: "string" }, type: "array" } }, required: ["key", "operator"], type: "object", additionalProperties: false }, type: "array" } }, type: "object", additionalProperties: false }, s5: { properties: { nodeSelectorTerms: { $ref: "#/$defs/s6" } }, required: ["nodeSelectorTerms"], type: "object", additionalProperties: false }, s6: { items: { $ref: "#/$defs/s4" }, type: "array" }, s7: { properties: { preferredDuringSchedulingIgnoredDuringExecution: { $ref: "#/$defs/s8" }, requiredDuringSchedulingIgnoredDuringExecution: { $ref: "#/$defs/s11" } }, type: "object", additionalProperties: false }, s8: { items: { $ref: "#/$defs/s9" }, type: "array" }, s9: { properties: { podAffinityTerm: { $ref: "#/$defs/s10" }, weight: { type: "integer" } }, required: ["podAffinityTerm", "weight"], type: "object", additionalProperties: false }, s10: { properties: { labelSelector: { properties: { matchExpressions: { items: { properties: { key: { type: "string" }, operator: { type: "string" }, values: { items: { type: "string" }, type: "array" } }, required: ["key", "operator"], type: "object", additionalProperties: false }, type: "array" }, matchLabels: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, matchLabelKeys: { items: { type: "string" }, type: "array" }, mismatchLabelKeys: { items: { type: "string" }, type: "array" }, namespaceSelector: { properties: { matchExpressions: { items: { properties: { key: { type: "string" }, operator: { type: "string" }, values: { items: { type: "string" }, type: "array" } }, required: ["key", "operator"], type: "object", additionalProperties: false }, type: "array" }, matchLabels: { additionalProperties: { type: "string" }, type: "object" } }, type: "object", additionalProperties: false }, namespaces: { items: { type: "string" }, type: "array" }, topologyKey: { type: "string" } }, required: ["topologyKey"], type: "object", additionalProperties: false }, s11: { items: { $ref: "#/$defs/s10" }, type: "array" }, s12: { properties: { claims: { items: { properties: { name: { type: "string" }, request: { type: "string" } }, required: ["name"], type: "object", additionalProperties: false }, type: "array" }, limits: { additionalProperties: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$" }, type: "object" }, requests: { additionalProperties: { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$" }, type: "object" } }, type: "object", additionalProperties: false } } } }
  }
};

// rules/calico/lib/crd-schema.ts
var PACK_SOURCE = crd_schemas_default.source;
var packAjv;
var compiled = /* @__PURE__ */ new Map();
var byContent = /* @__PURE__ */ new Map();
function compile(key, schema) {
  let v = compiled.get(key);
  if (!v) {
    const s = schema();
    const content = JSON.stringify(s);
    v = byContent.get(content);
    if (!v) {
      packAjv ??= addCalicoFormats(new import_ajv.Ajv({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true, inlineRefs: false, code: { optimize: false } }));
      v = packAjv.compile(s);
      byContent.set(content, v);
    }
    compiled.set(key, v);
  }
  return v;
}
function withoutNulls(value) {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let out2 = null;
    value.forEach((item, i) => {
      const pruned = withoutNulls(item);
      if (pruned !== item) (out2 ??= value.slice())[i] = pruned;
    });
    return out2 ?? value;
  }
  let out = null;
  for (const [k, v] of Object.entries(value)) {
    if (v === null) {
      out ??= { ...value };
      delete out[k];
      continue;
    }
    const pruned = withoutNulls(v);
    if (pruned !== v) (out ??= { ...value })[k] = pruned;
  }
  return out ?? value;
}
function withDefs(part, root) {
  const defs = root.$defs ?? {};
  const used = /* @__PURE__ */ new Set();
  const visit = (text) => {
    for (const m of text.matchAll(/"#\/\$defs\/([^"]+)"/g)) {
      if (used.has(m[1])) continue;
      used.add(m[1]);
      visit(JSON.stringify(defs[m[1]]));
    }
  };
  const { $defs: _unused, ...rest } = part;
  visit(JSON.stringify(rest));
  return used.size === 0 ? rest : { ...rest, $defs: Object.fromEntries([...used].sort().map((n) => [n, defs[n]])) };
}
function validateAgainstPack(kind, resource) {
  const value = withoutNulls(resource);
  const root = crd_schemas_default.kinds[kind].schema;
  const spec = root.properties.spec;
  const fields = spec.properties ?? {};
  const errors = [];
  const shell = compile(kind, () => withDefs({ ...root, $defs: void 0, properties: { ...root.properties, spec: { ...spec, properties: Object.fromEntries(Object.keys(fields).map((f) => [f, true])) } } }, root));
  if (!shell(value)) errors.push(...shell.errors ?? []);
  const specValue = value.spec;
  if (specValue === null || typeof specValue !== "object" || Array.isArray(specValue)) return errors;
  for (const [field3, fieldValue] of Object.entries(specValue)) {
    if (!Object.hasOwn(fields, field3)) continue;
    const check = compile(`${kind}\0${field3}`, () => withDefs(fields[field3], root));
    if (check(fieldValue)) continue;
    const prefix = `/spec/${field3.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    for (const e of check.errors ?? []) errors.push({ ...e, instancePath: prefix + e.instancePath });
  }
  return errors;
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}
function didYouMean(field3, known) {
  const lower = field3.toLowerCase();
  const sameCase = known.find((k) => k.toLowerCase() === lower);
  if (sameCase) return sameCase;
  let best = null;
  let bestDistance = Math.max(1, Math.floor(field3.length / 4)) + 1;
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}
function errorsPerField(errors) {
  const byPath = /* @__PURE__ */ new Map();
  for (const e of errors) {
    if (e.keyword === "anyOf" || e.keyword === "oneOf" || e.keyword === "if" || e.keyword === "allOf") continue;
    const key = formatPath(errorPath(e));
    const seen = byPath.get(key);
    if (!seen || seen.keyword === "type" && e.keyword !== "type") byPath.set(key, e);
  }
  const keys = [...byPath.keys()];
  return keys.filter((k) => !keys.some((o) => o !== k && (o.startsWith(`${k}.`) || o.startsWith(`${k}[`)))).map((k) => byPath.get(k));
}
function describe(e) {
  if (e.keyword === "format") {
    const format = e.params.format;
    return `must be ${CALICO_FORMAT_NAMES[format] ?? format}`;
  }
  if (e.keyword === "pattern") return `must match ${e.params.pattern}`;
  if (e.keyword === "not") return "is not allowed here";
  if (e.keyword === "enum") return `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  if (e.keyword === "type") return `must be ${String(e.params.type).split(",").join(" or ")}`;
  return describeError(e);
}
function show(value) {
  if (value === void 0) return "(missing)";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
function crdSchemaRule(options) {
  const groupOf = (kind) => crd_schemas_default.kinds[kind].group;
  return defineRule({
    meta: {
      id: options.id,
      description: options.description,
      severity: "error",
      remediation: options.remediation,
      kinds: options.kinds.map((k) => groupOf(k) === "projectcalico.org" ? `calico/${k}` : `${groupOf(k)}/${k}`),
      messages: {
        violation: "{{path}} {{error}} (got {{value}})",
        unknownField: "{{path}} is not a field of {{kind}}{{hint}}; the API server drops or rejects it"
      },
      docs: `${options.docs ? `${options.docs} ` : ""}Checked against Calico ${crd_schemas_default.source.tag}'s CRD schemas and validator field tags (rules/calico/generated/COVERAGE.md lists what is and is not covered).`
    },
    check(resource, ctx) {
      const errors = validateAgainstPack(resource.kind, resource.value);
      for (const e of errorsPerField(errors)) {
        const path = errorPath(e);
        if (e.keyword === "additionalProperties") {
          const known = Object.keys(e.parentSchema.properties ?? {});
          const field3 = String(path[path.length - 1]);
          const guess = didYouMean(field3, known);
          ctx.report({ path, messageId: "unknownField", severity: "warning", data: { path: formatPath(path), kind: resource.kind, hint: guess ? ` (did you mean "${guess}"?)` : "" } });
          continue;
        }
        ctx.report({ path, messageId: "violation", data: { path: formatPath(path), error: describe(e), value: show(getIn(resource.value, path)) } });
      }
    }
  });
}

// rules/calico/bgpfilter-field-values.ts
var bgpfilter_field_values_default = crdSchemaRule({
  id: "calico/bgpfilter-field-values",
  kinds: ["BGPFilter"],
  description: "BGPFilter rules must have the values Calico accepts (its CRD schema and validator field tags): action Accept/Reject, matchOperator, cidr of the rule family, prefix lengths, interface names; unknown fields are warned.",
  remediation: "Use a value from the BGPFilter reference; `action` is `Accept` or `Reject` and v4 rules take IPv4 networks."
});

// rules/calico/felixconfig-field-values.ts
var felixconfig_field_values_default = crdSchemaRule({
  id: "calico/felixconfig-field-values",
  kinds: ["FelixConfiguration"],
  description: "FelixConfiguration fields must have the types, values, ranges and patterns Calico accepts (its CRD schema and validator field tags): log levels, actions, interface names and patterns, ports, durations, CIDR lists; unknown fields are warned.",
  remediation: "Use a value from the FelixConfiguration reference; most enums are case-sensitive and durations are written like `10s`."
});

// rules/calico/hostendpoint-field-values.ts
var hostendpoint_field_values_default = crdSchemaRule({
  id: "calico/hostendpoint-field-values",
  kinds: ["HostEndpoint"],
  description: "HostEndpoint fields must have the values Calico accepts (its CRD schema and validator field tags): node and profile names, interface name, expected IPs, port names; unknown fields are warned.",
  remediation: "Use a value from the HostEndpoint reference: `interfaceName` like `eth0` or `*`, `expectedIPs` as plain addresses."
});

// rules/calico/ippool-field-values.ts
var ippool_field_values_default = crdSchemaRule({
  id: "calico/ippool-field-values",
  kinds: ["IPPool"],
  description: "IPPool fields must have the types and values Calico accepts (its CRD schema and validator field tags): ipipMode and vxlanMode Always/CrossSubnet/Never, assignmentMode Automatic/Manual, no deprecated v1 `ipip`/`nat-outgoing`; unknown fields are warned.",
  remediation: "Use one of `Always`, `CrossSubnet`, `Never` (that capitalisation) for the encapsulation modes, and the field names of the IPPool reference."
});

// rules/calico/ipreservation-field-values.ts
var ipreservation_field_values_default = crdSchemaRule({
  id: "calico/ipreservation-field-values",
  kinds: ["IPReservation"],
  description: "IPReservation `reservedCIDRs` must be IP addresses or CIDRs; unknown fields are warned.",
  remediation: "List addresses or CIDRs such as `10.0.0.5` or `10.0.1.0/28` under `spec.reservedCIDRs`."
});

// rules/calico/kubecontrollersconfig-field-values.ts
var kubecontrollersconfig_field_values_default = crdSchemaRule({
  id: "calico/kubecontrollersconfig-field-values",
  kinds: ["KubeControllersConfiguration"],
  description: "KubeControllersConfiguration fields must have the types and values Calico accepts (its CRD schema and validator field tags); unknown fields are warned.",
  remediation: "Use a value from the KubeControllersConfiguration reference; durations are written like `5m`."
});

// rules/calico/networkset-field-values.ts
var networkset_field_values_default = crdSchemaRule({
  id: "calico/networkset-field-values",
  kinds: ["NetworkSet", "GlobalNetworkSet"],
  description: "(Global)NetworkSet `nets` must be IP addresses or CIDRs; unknown fields are warned.",
  remediation: "List addresses or CIDRs such as `198.51.100.0/24` under `spec.nets`."
});

// rules/calico/node-field-values.ts
var node_field_values_default = crdSchemaRule({
  id: "calico/node-field-values",
  kinds: ["Node"],
  description: "Calico Node fields must have the formats Calico accepts (the v3 Node type and its validator tags): spec.bgp ipv4Address/ipv6Address as CIDRs of their family, tunnel addresses as IPs, MAC addresses; unknown fields are warned.",
  remediation: "Write `spec.bgp.ipv4Address` as an IPv4 address with its prefix (e.g. `10.0.0.1/24`) and tunnel addresses as plain IPs."
});

// rules/calico/tier-field-values.ts
var tier_field_values_default = crdSchemaRule({
  id: "calico/tier-field-values",
  kinds: ["Tier"],
  description: "Tier fields must have the types and values Calico accepts (its CRD schema and validator field tags); unknown fields are warned.",
  remediation: "Use a value from the Tier reference: `order` is a number and `defaultAction` is `Deny` or `Pass`."
});

// rules/calico/bgpconfig-field-values.ts
var bgpconfig_field_values_default = crdSchemaRule({
  id: "calico/bgpconfig-field-values",
  kinds: ["BGPConfiguration"],
  description: "BGPConfiguration fields must have the types, values and formats Calico accepts (its CRD schema and validator field tags): listenPort 1–65535, logSeverityScreen, bindMode, service IP CIDRs, ignoredInterfaces, communities; unknown fields are warned.",
  remediation: "Use a value from the BGPConfiguration reference; enums are case-sensitive."
});

// rules/calico/bgppeer-exclusive-fields.ts
function set(v) {
  return v !== void 0 && v !== null && v !== "";
}
var bgppeer_exclusive_fields_default = defineRule({
  meta: {
    id: "calico/bgppeer-exclusive-fields",
    description: "A BGPPeer sets `node` or `nodeSelector`, not both; `peerIP` or `peerSelector`, not both; and no `asNumber` with `peerSelector` (the remote AS comes from the selected nodes).",
    severity: "error",
    remediation: "Keep one field of each pair; with `peerSelector`, drop `asNumber` and set the AS on the nodes or in BGPConfiguration.",
    kinds: ["calico/BGPPeer"],
    messages: {
      nodeAndSelector: "node and nodeSelector are both set; Calico rejects the peer",
      ipAndSelector: "peerIP and peerSelector are both set; Calico rejects the peer",
      asWithSelector: "asNumber must be empty when peerSelector is used: the remote AS is taken from the selected nodes"
    }
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    if (set(spec.node) && set(spec.nodeSelector)) ctx.report({ path: ["spec", "nodeSelector"], messageId: "nodeAndSelector" });
    if (set(spec.peerIP) && set(spec.peerSelector)) ctx.report({ path: ["spec", "peerSelector"], messageId: "ipAndSelector" });
    if (set(spec.peerSelector) && set(spec.asNumber) && spec.asNumber !== 0) ctx.report({ path: ["spec", "asNumber"], messageId: "asWithSelector" });
  }
});

// rules/calico/bgppeer-peerip-format.ts
function peerIpProblem(text) {
  if (parseIp(text) !== null) return null;
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(text);
  if (bracketed) {
    const ip2 = parseIp(bracketed[1]);
    if (ip2 === null || ip2.family !== 6) return { messageId: "portOnV6InBrackets", data: { address: bracketed[1] } };
    return bracketed[2] === void 0 ? { messageId: "badPort", data: { port: "(none)" } } : portProblem(bracketed[2]);
  }
  const colons = text.split(":").length - 1;
  if (colons === 1) {
    const [address, port2] = text.split(":");
    const ip2 = parseIp(address);
    if (ip2 === null || ip2.family !== 4) return { messageId: "notIp", data: { value: text } };
    return portProblem(port2);
  }
  if (colons > 1) {
    const last = text.lastIndexOf(":");
    if (parseIp(text.slice(0, last)) !== null && /^\d+$/.test(text.slice(last + 1))) return { messageId: "needsBrackets", data: { address: text.slice(0, last), port: text.slice(last + 1) } };
  }
  return { messageId: "notIp", data: { value: text } };
}
function portProblem(port2) {
  if (!/^\d{1,5}$/.test(port2)) return { messageId: "badPort", data: { port: port2 === "" ? "(none)" : port2 } };
  const n = Number(port2);
  return n >= 1 && n <= 65535 ? null : { messageId: "badPort", data: { port: port2 } };
}
var bgppeer_peerip_format_default = defineRule({
  meta: {
    id: "calico/bgppeer-peerip-format",
    description: "A BGPPeer `peerIP` is an IP address, `IPv4:port` or `[IPv6]:port` with a port from 1 to 65535; Calico rejects anything else.",
    severity: "error",
    remediation: "Write the address alone (`192.0.2.10`), or with a port as `192.0.2.10:1790` or `[2001:db8::10]:1790`.",
    kinds: ["calico/BGPPeer"],
    messages: {
      notIp: 'peerIP "{{value}}" is not an IP address (with an optional port)',
      badPort: "peerIP port {{port}} is not a port from 1 to 65535",
      needsBrackets: 'peerIP "{{address}}:{{port}}": an IPv6 address with a port is written in brackets, [{{address}}]:{{port}}',
      portOnV6InBrackets: 'peerIP brackets hold an IPv6 address, not "{{address}}"'
    },
    docs: "Source: Calico `validator.go` (`validateIPPort` / `processIPPort`); its tests reject `192.168.0.0:0`, `:65536`, `[9000::]:` and `:8552`. The 64-character limit is checked by `calico/bgppeer-field-values`."
  },
  check(resource, ctx) {
    const peerIP = asObject(resource.value.spec).peerIP;
    if (typeof peerIP !== "string" || peerIP === "") return;
    const problem = peerIpProblem(peerIP);
    if (problem) ctx.report({ path: ["spec", "peerIP"], messageId: problem.messageId, data: problem.data });
  }
});

// rules/calico/bgppeer-field-values.ts
var bgppeer_field_values_default = crdSchemaRule({
  id: "calico/bgppeer-field-values",
  kinds: ["BGPPeer"],
  description: "BGPPeer fields must have the types, values and formats Calico accepts (its CRD schema and validator field tags): sourceAddress, nextHopMode, reversePeering, node and filter names, reachableBy; unknown fields are warned.",
  remediation: "Use a value from the BGPPeer reference; enums are case-sensitive."
});

// rules/calico/lib/bgp.ts
var CLUSTER_ID_ANNOTATION = "projectcalico.org/RouteReflectorClusterID";
var AS_ANNOTATION = "projectcalico.org/ASNumber";
var DEFAULT_AS = 64512;
function nodeResources(model) {
  const out = /* @__PURE__ */ new Map();
  for (const r of [...model.byKind("Node"), ...model.byKind("calico/Node")]) {
    const list = out.get(r.name) ?? [];
    list.push(r);
    out.set(r.name, list);
  }
  return out;
}
function bgpTopology(model) {
  return model.memo("calico/bgp", (m) => {
    const byName = nodeResources(m);
    const nodes = m.facts.nodes.map((n) => {
      let clusterID = n.annotations[CLUSTER_ID_ANNOTATION] ?? null;
      let asNumber = n.annotations[AS_ANNOTATION] !== void 0 ? parseAsNumber(n.annotations[AS_ANNOTATION]) : null;
      let clusterIDAt = null;
      let asAt = null;
      const resources = byName.get(n.name) ?? [];
      for (const r of resources) {
        if (r.kind === "Node" && r.group === "") {
          const ann = asObject(asObject(r.value.metadata).annotations);
          if (typeof ann[CLUSTER_ID_ANNOTATION] === "string") clusterIDAt = { resource: r, path: ["metadata", "annotations", CLUSTER_ID_ANNOTATION] };
          if (ann[AS_ANNOTATION] !== void 0) asAt = { resource: r, path: ["metadata", "annotations", AS_ANNOTATION] };
        } else {
          const bgp = asObject(asObject(r.value.spec).bgp);
          if (typeof bgp.routeReflectorClusterID === "string") {
            clusterID = bgp.routeReflectorClusterID;
            clusterIDAt = { resource: r, path: ["spec", "bgp", "routeReflectorClusterID"] };
          }
          if (bgp.asNumber !== void 0 && bgp.asNumber !== null) {
            asNumber = parseAsNumber(bgp.asNumber);
            asAt = { resource: r, path: ["spec", "bgp", "asNumber"] };
          }
        }
      }
      return { name: n.name, labels: n.labels, clusterID: clusterID === "" ? null : clusterID, clusterIDAt, asNumber, asAt, resources };
    });
    const config = m.byKind("calico/BGPConfiguration").find((r) => r.name === "default") ?? null;
    const spec = asObject(config?.value.spec);
    return {
      nodes,
      nodesKnown: m.facts.nodesKnown,
      config,
      meshEnabled: spec.nodeToNodeMeshEnabled !== false,
      globalAS: parseAsNumber(spec.asNumber) ?? DEFAULT_AS,
      peers: m.byKind("calico/BGPPeer")
    };
  });
}
function selectNodes(nodes, text) {
  if (text === void 0 || text === null) return [...nodes];
  if (typeof text !== "string") return null;
  const parsed = parseCalicoSelector(text);
  if (!parsed.ok) return null;
  return nodes.filter((n) => matchesCalicoSelector(parsed.selector, n.labels));
}
function parsedSelector(text) {
  if (typeof text !== "string") return null;
  const r = parseCalicoSelector(text);
  return r.ok ? r.selector : null;
}
function effectiveAS(node, topo) {
  return node.asNumber ?? topo.globalAS;
}
function reflectors(topo) {
  return topo.nodes.filter((n) => n.clusterID !== null);
}
function reflectorLabel(labels) {
  for (const [k, v] of Object.entries(labels)) if (/route-?reflector/i.test(k) && /^(true|yes|1)$/i.test(v)) return k;
  return null;
}

// rules/calico/bgppeer-selector-matches-nothing.ts
var bgppeer_selector_matches_nothing_default = defineRule({
  meta: {
    id: "calico/bgppeer-selector-matches-nothing",
    description: "A BGPPeer `nodeSelector` or `peerSelector` that matches none of the known nodes (Node objects, Calico Nodes, or the `cluster.nodes` inventory) sets up no session: typically a label that was never applied (`route-reflector=true`).",
    severity: "warning",
    remediation: "Label the nodes the selector is meant for (`kubectl label node <name> route-reflector=true`) or fix the selector.",
    kinds: ["calico/BGPPeer"],
    messages: { none: "{{field}} {{selector}} matches none of the {{count}} known nodes" }
  },
  check(resource, ctx) {
    const topo = bgpTopology(ctx.model);
    if (!topo.nodesKnown) return;
    const spec = asObject(resource.value.spec);
    for (const field3 of ["nodeSelector", "peerSelector"]) {
      if (typeof spec[field3] !== "string") continue;
      const selected = selectNodes(topo.nodes, spec[field3]);
      if (selected !== null && selected.length === 0) {
        ctx.report({ path: ["spec", field3], messageId: "none", data: { field: field3, selector: spec[field3], count: String(topo.nodes.length) } });
      }
    }
  }
});

// src/engine/interval-index.ts
function mergeEarliest(a, b) {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const all = [...a, ...b].sort((x, y) => x.order - y.order);
  const second = all.find((c) => c.key !== all[0].key);
  return second ? [all[0], second] : [all[0]];
}
var IntervalIndex = class {
  byFamily = /* @__PURE__ */ new Map();
  /** Items in the given order. */
  items;
  /** `entries` keep their given order as a tie-break: results come back in that order. */
  constructor(entries) {
    this.items = entries.map((e) => e.item);
    const grouped = /* @__PURE__ */ new Map();
    entries.forEach((e, order) => {
      const list = grouped.get(e.range.family) ?? [];
      list.push({ ...e, order });
      grouped.set(e.range.family, list);
    });
    for (const [family, list] of grouped) {
      list.sort((a, b) => a.range.lo < b.range.lo ? -1 : a.range.lo > b.range.lo ? 1 : a.order - b.order);
      const maxHi = [];
      let running = -1n;
      for (const e of list) {
        if (e.range.hi > running) running = e.range.hi;
        maxHi.push(running);
      }
      this.byFamily.set(family, { los: list.map((e) => e.range.lo), his: list.map((e) => e.range.hi), maxHi, items: list.map((e) => e.item), order: list.map((e) => e.order) });
    }
  }
  /** Every entry whose range overlaps `q`, in the order the entries were given. */
  overlapping(q) {
    const s = this.byFamily.get(q.family);
    if (!s) return [];
    let lo = 0;
    let hi = s.los.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (s.los[mid] <= q.hi) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const found = [];
    for (let i = last; i >= 0 && s.maxHi[i] >= q.lo; i--) {
      if (s.his[i] >= q.lo) found.push({ item: s.items[i], order: s.order[i] });
    }
    return found.sort((a, b) => a.order - b.order).map((f) => f.item);
  }
  /**
   * For every entry (in the given order), the first-given *other* entry overlapping it whose
   * `keyOf` differs, or undefined. O(n log n) however many ranges overlap: queries are answered
   * by decreasing start while entries join a prefix-minimum tree (over start rank) by decreasing
   * end, so a joined entry always ends at or after the query's start; the tree keeps, per node,
   * the two earliest entries with distinct keys, so one of them differs from the asking key.
   */
  firstOverlappingOther(keyOf) {
    const result = new Array(this.items.length).fill(void 0);
    for (const s of this.byFamily.values()) {
      const n = s.los.length;
      const keys = s.items.map(keyOf);
      const tree = new Array(n + 1).fill([]);
      const byEnd = [...Array(n).keys()].sort((a, b) => s.his[a] > s.his[b] ? -1 : s.his[a] < s.his[b] ? 1 : 0);
      let joined = 0;
      for (let q = n - 1; q >= 0; q--) {
        for (; joined < n && s.his[byEnd[joined]] >= s.los[q]; joined++) {
          const p = byEnd[joined];
          const entry = [{ order: s.order[p], key: keys[p] }];
          for (let i = p + 1; i <= n; i += i & -i) tree[i] = mergeEarliest(tree[i], entry);
        }
        let last = q;
        for (let step = 1 << 30; step > 0; step >>= 1) if (last + step < n && s.los[last + step] <= s.his[q]) last += step;
        let best = [];
        for (let i = last + 1; i > 0; i -= i & -i) best = mergeEarliest(best, tree[i]);
        const other = best.find((c) => c.key !== keys[q]);
        if (other) result[s.order[q]] = this.items[other.order];
      }
    }
    return result;
  }
};

// rules/calico/lib/calico-node-env.ts
function isCalicoNodeContainer(c) {
  return c.name === "calico-node" || typeof c.image === "string" && /calico\/node(:|@|$)/.test(c.image);
}
function configMapValue(model, ds, name, key) {
  for (const cm of model.byKind("ConfigMap")) {
    if (cm.name !== name || (cm.namespace ?? "default") !== (ds.namespace ?? "default")) continue;
    const v = asObject(cm.value.data)[key];
    if (typeof v === "string") return { value: v, resource: cm, path: ["data", key] };
  }
  return null;
}
function readInstall(model, ds) {
  const ps = podSpecOf(ds);
  if (!ps) return null;
  const containers = objectItems(ps.spec.containers);
  const found = containers.find(([, c]) => isCalicoNodeContainer(c));
  if (!found) return null;
  const [ci, container] = found;
  const env = /* @__PURE__ */ new Map();
  for (const [i, e] of objectItems(container.env)) {
    if (typeof e.name !== "string") continue;
    const base = [...ps.path, "containers", ci, "env", i];
    const ref = asObject(asObject(e.valueFrom).configMapKeyRef);
    if (typeof ref.name === "string" && typeof ref.key === "string") {
      const cm = configMapValue(model, ds, ref.name, ref.key);
      env.set(e.name, cm ? { name: e.name, ...cm, label: `${e.name} (ConfigMap ${ref.name} key ${ref.key})` } : { name: e.name, value: null, resource: ds, path: base, label: e.name });
    } else if (e.value !== void 0 && e.value !== null) {
      env.set(e.name, { name: e.name, value: typeof e.value === "string" ? e.value : String(e.value), resource: ds, path: [...base, "value"], label: e.name });
    } else {
      env.set(e.name, { name: e.name, value: e.valueFrom === void 0 ? "" : null, resource: ds, path: base, label: e.name });
    }
  }
  return { daemonSet: ds, env };
}
function calicoNodeInstalls(model) {
  return installs(model);
}
var installs = derived(
  "calico/node-installs",
  (m) => m.byKind("apps/DaemonSet").map((ds) => readInstall(m, ds)).filter((x) => x !== null)
);
var envHolders = derived("calico/env-holders", (m) => new Set(calicoNodeInstalls(m).flatMap((i) => [...i.env.values()].map((v) => v.resource))));
function envValuesIn(model, resource, names) {
  if (!envHolders(model).has(resource)) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const install of calicoNodeInstalls(model)) {
    for (const name of names) {
      const v = install.env.get(name);
      if (!v || v.resource !== resource) continue;
      const key = `${name}@${v.path.join(".")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}
function calicoConfigValue(model, install, key) {
  return configMapValue(model, install.daemonSet, "calico-config", key);
}
function parseFelixBool(text) {
  const t = text.trim().toLowerCase();
  if (["true", "1", "yes", "y", "t"].includes(t)) return true;
  if (["false", "0", "no", "n", "f"].includes(t)) return false;
  return null;
}

// rules/calico/lib/pools.ts
function validMode(v) {
  return v === void 0 || v === null || v === "" || v === "Always" || v === "CrossSubnet" || v === "Never";
}
function mode(v) {
  return v === "Always" || v === "CrossSubnet" ? v : "Never";
}
function cidrOf(v) {
  if (typeof v !== "string") return null;
  const r = parseCidr(v.trim());
  return r.ok ? r.cidr : null;
}
function effectiveBlockSize(v, cidr3) {
  if (typeof v === "number" && Number.isInteger(v) && v > 0) return v;
  return cidr3?.family === 6 ? 122 : 26;
}
function selectorOf(v) {
  if (typeof v !== "string") return null;
  const r = parseCalicoSelector(v);
  return r.ok ? r.selector : null;
}
function isNever(sel) {
  return sel !== null && sel.kind === "not" && sel.operand.kind === "all";
}
function fromIPPool(r) {
  const spec = asObject(r.value.spec);
  const uses = Array.isArray(spec.allowedUses) ? spec.allowedUses : [];
  const nodeSelector = selectorOf(spec.nodeSelector);
  return {
    name: r.name,
    origin: "IPPool",
    resource: r,
    path: ["spec"],
    cidrPath: ["spec", "cidr"],
    cidr: cidrOf(spec.cidr),
    disabled: spec.disabled === true,
    ipip: mode(spec.ipipMode),
    vxlan: mode(spec.vxlanMode),
    invalidEncap: !validMode(spec.ipipMode) || !validMode(spec.vxlanMode),
    natOutgoing: spec.natOutgoing === true,
    natOutgoingPath: "natOutgoing" in spec ? ["spec", "natOutgoing"] : null,
    blockSize: effectiveBlockSize(spec.blockSize, cidrOf(spec.cidr)),
    nodeSelector,
    nodeSelectorText: typeof spec.nodeSelector === "string" ? spec.nodeSelector : null,
    nodeSelectorPath: ["spec", "nodeSelector"],
    loadBalancerOnly: uses.length > 0 && uses.every((u) => u === "LoadBalancer"),
    manual: spec.assignmentMode === "Manual" || isNever(nodeSelector)
  };
}
var INSTALLATION_ENCAP = {
  IPIP: ["Always", "Never"],
  IPIPCrossSubnet: ["CrossSubnet", "Never"],
  VXLAN: ["Never", "Always"],
  VXLANCrossSubnet: ["Never", "CrossSubnet"],
  None: ["Never", "Never"]
};
function fromInstallation(r) {
  const net2 = asObject(asObject(r.value.spec).calicoNetwork);
  return objectItems(net2.ipPools).map(([i, p]) => {
    const cidr3 = cidrOf(p.cidr);
    const encap = typeof p.encapsulation === "string" ? p.encapsulation : cidr3?.family === 6 ? "None" : "IPIP";
    const [ipip, vxlan] = INSTALLATION_ENCAP[encap] ?? ["Never", "Never"];
    const nodeSelector = selectorOf(p.nodeSelector);
    const uses = Array.isArray(p.allowedUses) ? p.allowedUses : [];
    return {
      name: typeof p.name === "string" ? p.name : cidr3?.family === 6 ? "default-ipv6-ippool" : "default-ipv4-ippool",
      origin: "Installation",
      resource: r,
      path: ["spec", "calicoNetwork", "ipPools", i],
      cidrPath: ["spec", "calicoNetwork", "ipPools", i, "cidr"],
      cidr: cidr3,
      disabled: p.disabled === true,
      ipip,
      vxlan,
      invalidEncap: !(encap in INSTALLATION_ENCAP),
      natOutgoing: p.natOutgoing === "Enabled" || p.natOutgoing === void 0 && cidr3?.family !== 6,
      natOutgoingPath: "natOutgoing" in p ? ["spec", "calicoNetwork", "ipPools", i, "natOutgoing"] : null,
      blockSize: effectiveBlockSize(p.blockSize, cidr3),
      nodeSelector,
      nodeSelectorText: typeof p.nodeSelector === "string" ? p.nodeSelector : null,
      nodeSelectorPath: ["spec", "calicoNetwork", "ipPools", i, "nodeSelector"],
      loadBalancerOnly: uses.length > 0 && uses.every((u) => u === "LoadBalancer"),
      manual: p.assignmentMode === "Manual" || isNever(nodeSelector)
    };
  });
}
function fromEnv(model) {
  const out = [];
  for (const install of calicoNodeInstalls(model)) {
    const cidrEnv = install.env.get("CALICO_IPV4POOL_CIDR");
    if (!cidrEnv || cidrEnv.value === null) continue;
    const cidr3 = cidrOf(cidrEnv.value);
    const envMode = (name) => {
      const t = (install.env.get(name)?.value ?? "").toLowerCase();
      return t === "always" ? "Always" : t === "crosssubnet" || t === "cross-subnet" ? "CrossSubnet" : "Never";
    };
    const selectorEnv = install.env.get("CALICO_IPV4POOL_NODE_SELECTOR");
    const nodeSelector = selectorOf(selectorEnv?.value ?? void 0);
    const nat = install.env.get("CALICO_IPV4POOL_NAT_OUTGOING");
    const block = install.env.get("CALICO_IPV4POOL_BLOCK_SIZE")?.value;
    out.push({
      name: "default-ipv4-ippool",
      origin: "env",
      resource: cidrEnv.resource,
      path: cidrEnv.path,
      cidrPath: cidrEnv.path,
      cidr: cidr3,
      disabled: false,
      ipip: envMode("CALICO_IPV4POOL_IPIP"),
      vxlan: envMode("CALICO_IPV4POOL_VXLAN"),
      invalidEncap: false,
      natOutgoing: nat?.value === void 0 || nat.value === null ? true : !/^(false|0|no|n|f)$/i.test(nat.value.trim()),
      natOutgoingPath: nat ? nat.path : null,
      blockSize: effectiveBlockSize(block && /^\d+$/.test(block.trim()) ? Number(block) : void 0, cidr3),
      nodeSelector,
      nodeSelectorText: selectorEnv?.value ?? null,
      nodeSelectorPath: selectorEnv?.path ?? cidrEnv.path,
      loadBalancerOnly: false,
      manual: false
    });
  }
  return out;
}
function poolsOf(model) {
  return allPools(model);
}
var allPools = derived("calico/pools", (m) => {
  const declared = [...m.byKind("calico/IPPool").map(fromIPPool), ...m.byKind("operator.tigera.io/Installation").flatMap(fromInstallation)];
  const hasV4 = declared.some((p) => p.cidr?.family === 4);
  return hasV4 ? declared : [...declared, ...fromEnv(m).filter((p) => p.cidr !== null)];
});
function podPools(model) {
  return addressPools(model);
}
var addressPools = derived("calico/pod-pools", (m) => poolsOf(m).filter((p) => !p.disabled && !p.loadBalancerOnly));
function isPodPool(model, pool) {
  return addressPoolSet(model).has(pool);
}
var addressPoolSet = derived("calico/pod-pool-set", (m) => new Set(addressPools(m)));
function poolsIn(model, resource) {
  return poolsByResource(model).get(resource) ?? NO_POOLS;
}
var NO_POOLS = [];
var poolsByResource = derived("calico/pools-by-resource", (m) => {
  const map = /* @__PURE__ */ new Map();
  for (const p of poolsOf(m)) map.set(p.resource, [...map.get(p.resource) ?? [], p]);
  return map;
});
function podPoolsOverlapping(model, range) {
  return podPoolIntervals(model).overlapping(range);
}
var podPoolIntervals = derived("calico/pod-pool-index", (m) => new IntervalIndex(podPools(m).filter((p) => p.cidr).map((p) => ({ range: cidrBounds(p.cidr), item: p }))));
function describePool(p) {
  const where = p.origin === "IPPool" ? "IPPool" : p.origin === "Installation" ? "Installation pool" : "calico-node default pool";
  return `${where} ${p.name}${p.cidr ? ` (${p.cidr.text})` : ""}`;
}
var POOL_KINDS = ["calico/IPPool", "operator.tigera.io/Installation", "apps/DaemonSet", "ConfigMap"];
function servesAllNodes(p) {
  return p.nodeSelectorText === null || p.nodeSelectorText.trim() === "" || p.nodeSelector?.kind === "all";
}

// rules/calico/crosssubnet-flat-network.ts
var crosssubnet_flat_network_default = defineRule({
  meta: {
    id: "calico/crosssubnet-flat-network",
    description: "CrossSubnet encapsulates only between nodes in different subnets. When `.netlint.yaml` says all nodes share one subnet (`cluster.nodeSubnets` with a single entry), a CrossSubnet pool never encapsulates: it behaves as plain BGP routing, which the underlay must carry.",
    severity: "info",
    remediation: "Keep CrossSubnet if that is intended (it becomes useful when nodes span subnets); otherwise say what you mean with `Never` (BGP) or `Always`.",
    kinds: [...POOL_KINDS],
    messages: { flat: "{{pool}} uses {{field}}: CrossSubnet, but all nodes are in {{subnet}}, so no traffic is encapsulated" }
  },
  check(resource, ctx) {
    const subnets = ctx.model.facts.nodeSubnets;
    if (subnets.length !== 1) return;
    for (const p of poolsIn(ctx.model, resource)) {
      if (p.disabled || p.loadBalancerOnly) continue;
      const field3 = p.ipip === "CrossSubnet" ? "ipipMode" : p.vxlan === "CrossSubnet" ? "vxlanMode" : null;
      if (!field3) continue;
      const path = p.origin === "IPPool" ? ["spec", field3] : p.origin === "Installation" ? [...p.path, "encapsulation"] : p.path;
      ctx.report({ path, messageId: "flat", data: { pool: describePool(p), field: p.origin === "Installation" ? "encapsulation" : field3, subnet: subnets[0] } });
    }
  }
});

// rules/calico/lib/dataplane.ts
var FELIX_PARAMS = {
  ipipEnabled: { env: "FELIX_IPINIPENABLED", field: "ipipEnabled", type: "bool" },
  vxlanEnabled: { env: "FELIX_VXLANENABLED", field: "vxlanEnabled", type: "bool" },
  wireguardEnabled: { env: "FELIX_WIREGUARDENABLED", field: "wireguardEnabled", type: "bool" },
  wireguardEnabledV6: { env: "FELIX_WIREGUARDENABLEDV6", field: "wireguardEnabledV6", type: "bool" },
  ipipMTU: { env: "FELIX_IPINIPMTU", field: "ipipMTU", type: "int" },
  vxlanMTU: { env: "FELIX_VXLANMTU", field: "vxlanMTU", type: "int" },
  vxlanMTUV6: { env: "FELIX_VXLANMTUV6", field: "vxlanMTUV6", type: "int" },
  wireguardMTU: { env: "FELIX_WIREGUARDMTU", field: "wireguardMTU", type: "int" },
  wireguardMTUV6: { env: "FELIX_WIREGUARDMTUV6", field: "wireguardMTUV6", type: "int" }
};
function parseInt10(text) {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}
function felixSettings(model, param) {
  let view2 = felixViews.get(param);
  if (!view2) felixViews.set(param, view2 = derived(`calico/felix/${param}`, (m) => computeFelixSettings(m, param)));
  return view2(model);
}
var felixViews = /* @__PURE__ */ new Map();
function computeFelixSettings(m, param) {
  const def = FELIX_PARAMS[param];
  const out = [];
  for (const install of calicoNodeInstalls(m)) {
    const v = install.env.get(def.env);
    if (!v || v.value === null) continue;
    const value = def.type === "bool" ? parseFelixBool(v.value) : parseInt10(v.value);
    if (value !== null) out.push({ value, resource: v.resource, path: v.path, label: v.label });
  }
  for (const r of m.byKind("calico/FelixConfiguration")) {
    if (r.name !== "default") continue;
    const v = asObject(r.value.spec)[def.field];
    if (def.type === "bool" && typeof v === "boolean" || def.type === "int" && typeof v === "number" && Number.isInteger(v)) {
      out.push({ value: v, resource: r, path: ["spec", def.field], label: `FelixConfiguration default spec.${def.field}` });
    }
  }
  return out;
}
function felixValue(model, param) {
  return felixSettings(model, param)[0] ?? null;
}
function encapsulation(model) {
  return model.memo("calico/encapsulation", (m) => {
    const pools = podPools(m);
    const e = { ipip: false, vxlanV4: false, vxlanV6: false, wireguardV4: false, wireguardV6: false, crossSubnet: false, known: pools.length > 0 };
    for (const p of pools) {
      if (p.ipip !== "Never") e.ipip = true;
      if (p.vxlan !== "Never") {
        if (p.cidr?.family === 6) e.vxlanV6 = true;
        else e.vxlanV4 = true;
      }
      if (p.ipip === "CrossSubnet" || p.vxlan === "CrossSubnet") e.crossSubnet = true;
    }
    if (!poolsOf(m).some((p) => p.origin !== "env")) {
      for (const install of calicoNodeInstalls(m)) {
        const mode2 = (name) => (install.env.get(name)?.value ?? "").toLowerCase();
        for (const [name, set2] of [
          ["CALICO_IPV4POOL_IPIP", () => e.ipip = true],
          ["CALICO_IPV4POOL_VXLAN", () => e.vxlanV4 = true]
        ]) {
          const v = mode2(name);
          if (v === "always" || v === "crosssubnet" || v === "cross-subnet") {
            set2();
            e.known = true;
            if (v !== "always") e.crossSubnet = true;
          } else if (v === "never" || v === "off") e.known = true;
        }
      }
    }
    e.wireguardV4 = felixValue(m, "wireguardEnabled")?.value === true;
    e.wireguardV6 = felixValue(m, "wireguardEnabledV6")?.value === true;
    return e;
  });
}
function workloadMTUs(model) {
  return model.memo("calico/workload-mtu", (m) => {
    const out = [];
    for (const cm of m.byKind("ConfigMap")) {
      if (cm.name !== "calico-config") continue;
      const v = asObject(cm.value.data).veth_mtu;
      const n = typeof v === "string" ? parseInt10(v) : null;
      if (n) out.push({ value: n, resource: cm, path: ["data", "veth_mtu"], label: "calico-config veth_mtu" });
    }
    for (const r of m.byKind("operator.tigera.io/Installation")) {
      const v = asObject(asObject(r.value.spec).calicoNetwork).mtu;
      if (typeof v === "number" && Number.isInteger(v) && v > 0) out.push({ value: v, resource: r, path: ["spec", "calicoNetwork", "mtu"], label: "Installation calicoNetwork.mtu" });
    }
    return out;
  });
}
var TUNNELS = [
  { param: "ipipMTU", name: "IPIP", overhead: 20, active: (e) => e.ipip },
  { param: "vxlanMTU", name: "VXLAN (IPv4)", overhead: 50, active: (e) => e.vxlanV4 },
  { param: "vxlanMTUV6", name: "VXLAN (IPv6)", overhead: 70, active: (e) => e.vxlanV6 },
  { param: "wireguardMTU", name: "WireGuard (IPv4)", overhead: 60, active: (e) => e.wireguardV4 },
  { param: "wireguardMTUV6", name: "WireGuard (IPv6)", overhead: 80, active: (e) => e.wireguardV6 }
];
function activeTunnelMTUs(model) {
  const enc = encapsulation(model);
  return TUNNELS.filter((t) => t.active(enc)).flatMap(
    (tunnel) => felixSettings(model, tunnel.param).filter((s) => typeof s.value === "number" && s.value > 0).map((setting) => ({ setting, tunnel }))
  );
}

// rules/calico/encap-felix-pool-mismatch.ts
var encap_felix_pool_mismatch_default = defineRule({
  meta: {
    id: "calico/encap-felix-pool-mismatch",
    description: "Felix and the pools must agree on encapsulation. IPIP (or VXLAN) disabled in Felix (`FELIX_IPINIPENABLED=false`, `FELIX_VXLANENABLED=false`, FelixConfiguration `ipipEnabled: false`) while a pool uses it (an IPPool, or, with no pool declared, the default pool calico-node creates from `CALICO_IPV4POOL_IPIP`/`_VXLAN`) means no tunnel device and dropped traffic (error). Felix IPIP forced on, or calico-node's `CALICO_IPV4POOL_IPIP`/`_VXLAN` still set, while every declared pool is in BGP mode (`Never`) is a half-finished switch: the default pool would come back encapsulated if re-created (warning).",
    severity: "error",
    remediation: "Switch modes in both places: the pools' `ipipMode`/`vxlanMode` and the calico-node env (`CALICO_IPV4POOL_IPIP`, `CALICO_IPV4POOL_VXLAN`, `FELIX_IPINIPENABLED`) or FelixConfiguration.",
    kinds: ["calico/FelixConfiguration", "apps/DaemonSet", "ConfigMap"],
    messages: {
      felixOff: "{{setting}} disables {{encap}} in Felix, but {{pool}} uses {{encap}} ({{mode}}): the tunnel is not created and pod traffic between nodes is dropped",
      felixOn: "{{setting}} forces {{encap}} on in Felix, but every declared pool has {{field}}: Never (BGP mode)",
      envStale: '{{setting}} is "{{value}}", but the declared IPv4 pools all use {{field}}: Never; a re-created default pool would be encapsulated again'
    }
  },
  check(resource, ctx) {
    for (const d of findings(ctx.model, resource)) ctx.report(d);
  }
});
function envDefaultPoolMode(m, name) {
  for (const install of calicoNodeInstalls(m)) {
    const v = install.env.get(name);
    if (v?.value && /^(always|crosssubnet|cross-subnet)$/i.test(v.value.trim())) return { label: v.label, value: v.value.trim() };
  }
  return null;
}
var findings = findingsPerResource("calico/encap-felix-pool-mismatch", (m, report) => {
  const declared = poolsOf(m).filter((p) => p.origin === "IPPool" && !p.disabled && !p.loadBalancerOnly);
  const pools = podPools(m);
  if (pools.some((p) => p.invalidEncap)) return;
  for (const [param, encap, field3] of [
    ["ipipEnabled", "IPIP", "ipipMode"],
    ["vxlanEnabled", "VXLAN", "vxlanMode"]
  ]) {
    const setting = felixValue(m, param);
    if (!setting) continue;
    const using = pools.find((p) => (encap === "IPIP" ? p.ipip : p.vxlan) !== "Never");
    if (setting.value === false && using) {
      report(setting.resource, { path: setting.path, messageId: "felixOff", data: { setting: setting.label, encap, pool: describePool(using), mode: encap === "IPIP" ? using.ipip : using.vxlan } });
    } else if (setting.value === false && !pools.some((p) => p.cidr?.family === 4)) {
      const asked = envDefaultPoolMode(m, encap === "IPIP" ? "CALICO_IPV4POOL_IPIP" : "CALICO_IPV4POOL_VXLAN");
      if (asked) report(setting.resource, { path: setting.path, messageId: "felixOff", data: { setting: setting.label, encap, pool: `the default pool calico-node creates (${asked.label}=${asked.value})`, mode: asked.value } });
    } else if (setting.value === true && declared.length > 0 && !using) {
      report(setting.resource, { path: setting.path, messageId: "felixOn", severity: "warning", data: { setting: setting.label, encap, field: field3 } });
    }
  }
  const v4 = declared.filter((p) => p.cidr?.family === 4);
  if (v4.length === 0) return;
  for (const install of calicoNodeInstalls(m)) {
    for (const [name, field3, key] of [
      ["CALICO_IPV4POOL_IPIP", "ipipMode", "ipip"],
      ["CALICO_IPV4POOL_VXLAN", "vxlanMode", "vxlan"]
    ]) {
      const v = install.env.get(name);
      if (!v?.value || !/^(always|crosssubnet|cross-subnet)$/i.test(v.value.trim())) continue;
      if (v4.every((p) => p[key] === "Never")) report(v.resource, { path: v.path, messageId: "envStale", severity: "warning", data: { setting: v.label, value: v.value, field: field3 } });
    }
  }
});

// rules/calico/lib/env-rule.ts
var ENV_KINDS = ["apps/DaemonSet", "ConfigMap"];
function checkEnv(resource, ctx, names, check) {
  for (const v of envValuesIn(ctx.model, resource, names)) if (v.value !== null) check(v);
}

// rules/calico/env-autodetection-method.ts
function autodetectionError(text) {
  const t = text.trim();
  if (t === "" || t === "first-found" || t === "kubernetes-internal-ip") return null;
  const m = /^(interface|skip-interface|can-reach|cidr)=(.*)$/.exec(t);
  if (!m) return `"${t}" is not a method (first-found, kubernetes-internal-ip, interface=, skip-interface=, can-reach=, cidr=)`;
  if (m[2].trim() === "") return `${m[1]}= needs a value`;
  if (m[1] === "cidr") {
    for (const c of m[2].split(",")) {
      const r = parseCidr(c.trim());
      if (!r.ok) return r.error;
    }
  }
  if (m[1] === "interface" || m[1] === "skip-interface") {
    for (const re of m[2].split(",")) {
      try {
        new RegExp(re);
      } catch {
        return `"${re}" is not a valid regular expression`;
      }
    }
  }
  return null;
}
var env_autodetection_method_default = defineRule({
  meta: {
    id: "calico/env-autodetection-method",
    description: "`IP_AUTODETECTION_METHOD` / `IP6_AUTODETECTION_METHOD` must be `first-found`, `kubernetes-internal-ip`, or `interface=`, `skip-interface=` (regular expressions), `can-reach=` (a destination) or `cidr=` (CIDRs); an unknown method makes calico-node exit.",
    severity: "error",
    remediation: "Use one of the documented methods, e.g. `interface=eth0` or `cidr=10.0.0.0/16`.",
    kinds: [...ENV_KINDS],
    messages: { invalid: "{{name}}: {{error}}" }
  },
  check(resource, ctx) {
    checkEnv(resource, ctx, ["IP_AUTODETECTION_METHOD", "IP6_AUTODETECTION_METHOD"], (v) => {
      const error = autodetectionError(v.value);
      if (error) ctx.report({ path: v.path, messageId: "invalid", data: { name: v.label, error } });
    });
  }
});

// rules/calico/env-felix-bool.ts
var BOOLEAN_FELIX_ENV = [
  "FELIX_IPINIPENABLED",
  "FELIX_VXLANENABLED",
  "FELIX_WIREGUARDENABLED",
  "FELIX_WIREGUARDENABLEDV6",
  "FELIX_IPV6SUPPORT",
  "FELIX_HEALTHENABLED",
  "FELIX_BPFENABLED",
  "FELIX_PROMETHEUSMETRICSENABLED",
  "FELIX_USEINTERNALDATAPLANEDRIVER"
];
var env_felix_bool_default = defineRule({
  meta: {
    id: "calico/env-felix-bool",
    description: "Boolean `FELIX_*` variables (e.g. `FELIX_IPINIPENABLED`) accept only true/false, 1/0, yes/no, y/n, t/f (any case); Felix rejects anything else and falls back or fails.",
    severity: "error",
    remediation: 'Write `"true"` or `"false"`.',
    kinds: [...ENV_KINDS],
    messages: { invalid: '{{name}} is "{{value}}", which Felix does not read as a boolean' }
  },
  check(resource, ctx) {
    checkEnv(resource, ctx, BOOLEAN_FELIX_ENV, (v) => {
      if (parseFelixBool(v.value) === null) ctx.report({ path: v.path, messageId: "invalid", data: { name: v.label, value: v.value } });
    });
  }
});

// rules/calico/env-no-default-pools-conflict.ts
var POOL_CIDRS = ["CALICO_IPV4POOL_CIDR", "CALICO_IPV6POOL_CIDR"];
var env_no_default_pools_conflict_default = defineRule({
  meta: {
    id: "calico/env-no-default-pools-conflict",
    description: "calico-node env sets `NO_DEFAULT_POOLS=true` and also a default pool CIDR (`CALICO_IPV4POOL_CIDR` / `CALICO_IPV6POOL_CIDR`): calico-node refuses the contradiction at startup and exits.",
    severity: "error",
    remediation: "Keep one: drop the pool CIDR variables when pools are created as IPPool resources, or drop `NO_DEFAULT_POOLS` to let calico-node create the default pool.",
    kinds: [...ENV_KINDS],
    messages: { conflict: '{{cidrVar}} is set while NO_DEFAULT_POOLS is "{{noDefault}}": calico-node terminates ("Invalid configuration with NO_DEFAULT_POOLS defined and CALICO_IPV4POOL_CIDR or CALICO_IPV6POOL_CIDR defined")' },
    docs: "Source: calico-node `startup.go` `configureIPPools`, which checks `NO_DEFAULT_POOLS` (case-insensitive `true`) before creating any pool."
  },
  check(resource, ctx) {
    for (const install of calicoNodeInstalls(ctx.model)) {
      const noDefault = install.env.get("NO_DEFAULT_POOLS");
      if (!noDefault?.value || noDefault.value.trim().toLowerCase() !== "true") continue;
      for (const name of POOL_CIDRS) {
        const cidr3 = install.env.get(name);
        if (!cidr3?.value || cidr3.value.trim() === "" || cidr3.resource !== resource) continue;
        ctx.report({ path: cidr3.path, messageId: "conflict", data: { cidrVar: name, noDefault: noDefault.value } });
      }
    }
  }
});

// rules/calico/ippool-blocksize-range.ts
var BLOCK_SIZE_RANGE = { 4: { min: 20, max: 32, default: 26 }, 6: { min: 116, max: 128, default: 122 } };
var ippool_blocksize_range_default = defineRule({
  meta: {
    id: "calico/ippool-blocksize-range",
    description: "An IPPool `blockSize` (and an operator Installation pool's) must be 20–32 for IPv4 and 116–128 for IPv6 (0 or absent means the default, 26 or 122).",
    severity: "error",
    remediation: "Pick a block size inside the range for the pool's family; 26 (64 addresses per node block) suits most IPv4 clusters.",
    kinds: ["calico/IPPool", "operator.tigera.io/Installation"],
    messages: {
      outOfRange: "{{field}} {{value}} is outside {{min}}–{{max}} for an IPv{{family}} pool"
    },
    docs: "A block size that is not an integer is reported by the field-value rules (`calico/ippool-field-values`, `calico/installation-field-values`)."
  },
  check(resource, ctx) {
    const pools = [];
    if (resource.kind === "IPPool") pools.push({ spec: asObject(resource.value.spec), path: ["spec"] });
    else {
      const list = asObject(asObject(resource.value.spec).calicoNetwork).ipPools;
      if (Array.isArray(list)) list.forEach((p, i) => pools.push({ spec: asObject(p), path: ["spec", "calicoNetwork", "ipPools", i] }));
    }
    for (const { spec, path } of pools) {
      const blockSize = spec.blockSize;
      if (typeof blockSize !== "number" || !Number.isInteger(blockSize) || blockSize === 0) continue;
      const parsed = typeof spec.cidr === "string" ? parseCidr(spec.cidr) : null;
      const family = parsed?.ok ? parsed.cidr.family : blockSize > 32 ? 6 : 4;
      const range = BLOCK_SIZE_RANGE[family];
      if (blockSize < range.min || blockSize > range.max) {
        const at = [...path, "blockSize"];
        ctx.report({ path: at, messageId: "outOfRange", data: { field: at.join(".").replace(/\.(\d+)\./g, "[$1]."), value: String(blockSize), min: String(range.min), max: String(range.max), family: String(family) } });
      }
    }
  }
});

// rules/calico/env-pool-blocksize.ts
var env_pool_blocksize_default = defineRule({
  meta: {
    id: "calico/env-pool-blocksize",
    description: "`CALICO_IPV4POOL_BLOCK_SIZE` must be an integer 20–32 and `CALICO_IPV6POOL_BLOCK_SIZE` 116–128; otherwise calico-node exits at start-up.",
    severity: "error",
    remediation: 'Use a plain integer in range, e.g. `"26"` for IPv4 or `"122"` for IPv6.',
    kinds: [...ENV_KINDS],
    messages: { invalid: '{{name}} is "{{value}}"; it must be an integer from {{min}} to {{max}}' }
  },
  check(resource, ctx) {
    checkEnv(resource, ctx, ["CALICO_IPV4POOL_BLOCK_SIZE", "CALICO_IPV6POOL_BLOCK_SIZE"], (v) => {
      const range = BLOCK_SIZE_RANGE[v.name.includes("IPV6") ? 6 : 4];
      const text = v.value.trim();
      if (text === "") return;
      const n = /^\d+$/.test(text) ? Number(text) : NaN;
      if (!(n >= range.min && n <= range.max)) ctx.report({ path: v.path, messageId: "invalid", data: { name: v.label, value: v.value, min: String(range.min), max: String(range.max) } });
    });
  }
});

// rules/calico/env-pool-cidr.ts
var env_pool_cidr_default = defineRule({
  meta: {
    id: "calico/env-pool-cidr",
    description: "`CALICO_IPV4POOL_CIDR` / `CALICO_IPV6POOL_CIDR` must be a CIDR of the right family (or `none`); otherwise calico-node exits at start-up.",
    severity: "error",
    remediation: "Write the pool as a network with its prefix, e.g. `10.244.0.0/16`, inside the cluster pod CIDR.",
    kinds: [...ENV_KINDS],
    messages: {
      invalid: "{{name}} {{error}}",
      family: "{{name}} is an IPv{{family}} CIDR ({{value}})"
    }
  },
  check(resource, ctx) {
    checkEnv(resource, ctx, ["CALICO_IPV4POOL_CIDR", "CALICO_IPV6POOL_CIDR"], (v) => {
      const text = v.value.trim();
      if (text === "" || text.toLowerCase() === "none") return;
      const r = parseCidr(text);
      if (!r.ok) ctx.report({ path: v.path, messageId: "invalid", data: { name: v.label, error: r.error } });
      else if (r.cidr.family !== (v.name.includes("IPV6") ? 6 : 4)) ctx.report({ path: v.path, messageId: "family", data: { name: v.label, family: String(r.cidr.family), value: text } });
    });
  }
});

// rules/calico/env-pool-encap-value.ts
var ENV_ENCAP_VALUES = ["", "off", "never", "always", "crosssubnet", "cross-subnet"];
var env_pool_encap_value_default = defineRule({
  meta: {
    id: "calico/env-pool-encap-value",
    description: "calico-node's `CALICO_IPV4POOL_IPIP`, `CALICO_IPV4POOL_VXLAN` and `CALICO_IPV6POOL_VXLAN` accept (case-insensitively) only Always, CrossSubnet (or cross-subnet), Never, Off or empty; any other value makes calico-node exit at start-up when it creates the default pool.",
    severity: "error",
    remediation: "Use `Always`, `CrossSubnet` or `Never`.",
    kinds: [...ENV_KINDS],
    messages: { invalid: '{{name}} is "{{value}}"; calico-node accepts Always, CrossSubnet or Never' }
  },
  check(resource, ctx) {
    checkEnv(resource, ctx, ["CALICO_IPV4POOL_IPIP", "CALICO_IPV4POOL_VXLAN", "CALICO_IPV6POOL_VXLAN"], (v) => {
      if (!ENV_ENCAP_VALUES.includes(v.value.trim().toLowerCase())) ctx.report({ path: v.path, messageId: "invalid", data: { name: v.label, value: v.value } });
    });
  }
});

// rules/calico/env-pool-ipip-and-vxlan.ts
var ON = ["always", "crosssubnet", "cross-subnet"];
var env_pool_ipip_and_vxlan_default = defineRule({
  meta: {
    id: "calico/env-pool-ipip-and-vxlan",
    description: "calico-node env enables both IPIP (`CALICO_IPV4POOL_IPIP`) and VXLAN (`CALICO_IPV4POOL_VXLAN`) for the default pool; the pool fails validation and calico-node exits.",
    severity: "error",
    remediation: "Enable one encapsulation and set the other variable to `Never` (the VXLAN manifest sets `CALICO_IPV4POOL_IPIP: Never`).",
    kinds: [...ENV_KINDS],
    messages: { both: 'CALICO_IPV4POOL_VXLAN is "{{vxlan}}" while CALICO_IPV4POOL_IPIP is "{{ipip}}": a pool can use only one encapsulation' }
  },
  check(resource, ctx) {
    for (const install of calicoNodeInstalls(ctx.model)) {
      const ipip = install.env.get("CALICO_IPV4POOL_IPIP");
      const vxlan = install.env.get("CALICO_IPV4POOL_VXLAN");
      if (!ipip?.value || !vxlan?.value || vxlan.resource !== resource) continue;
      if (ON.includes(ipip.value.trim().toLowerCase()) && ON.includes(vxlan.value.trim().toLowerCase())) {
        ctx.report({ path: vxlan.path, messageId: "both", data: { ipip: ipip.value, vxlan: vxlan.value } });
      }
    }
  }
});

// rules/calico/installation-bgp-for-ipip.ts
var installation_bgp_for_ipip_default = defineRule({
  meta: {
    id: "calico/installation-bgp-for-ipip",
    description: "With the operator, IPIP and unencapsulated (`None`) pools rely on BGP to distribute routes; `calicoNetwork.bgp: Disabled` with such a pool (in the default BIRD routing mode) is rejected by the operator. VXLAN does not need BGP.",
    severity: "error",
    remediation: "Set `bgp: Enabled`, or switch the pools to `VXLAN` / `VXLANCrossSubnet`.",
    kinds: ["operator.tigera.io/Installation"],
    messages: { needsBgp: "pool {{pool}} uses {{encap}}, which needs BGP, but calicoNetwork.bgp is Disabled" }
  },
  check(resource, ctx) {
    const net2 = asObject(asObject(resource.value.spec).calicoNetwork);
    if (net2.bgp !== "Disabled" || net2.clusterRoutingMode !== void 0 && net2.clusterRoutingMode !== "BIRD") return;
    const cni = asObject(asObject(resource.value.spec).cni);
    if (cni.type !== void 0 && cni.type !== "Calico") return;
    for (const p of poolsIn(ctx.model, resource)) {
      if (p.disabled || p.loadBalancerOnly || p.vxlan !== "Never") continue;
      const written = getIn(resource.value, [...p.path, "encapsulation"]);
      const encap = typeof written === "string" ? written : "IPIP (the default)";
      ctx.report({ path: [...p.path, "encapsulation"], messageId: "needsBgp", data: { pool: p.name, encap } });
    }
  }
});

// rules/calico/installation-field-values.ts
var installation_field_values_default = crdSchemaRule({
  id: "calico/installation-field-values",
  kinds: ["Installation"],
  description: "The operator `Installation` fields must have the types and values its CRD (operator.tigera.io, as vendored by the Calico release) accepts: calicoNetwork bgp, linuxDataplane, per-pool encapsulation, natOutgoing, at most 25 pools; unknown fields are warned.",
  remediation: "Use a value from the Installation reference; enums are case-sensitive (e.g. `encapsulation: VXLANCrossSubnet`, `natOutgoing: Enabled`)."
});

// rules/calico/lib/ipam-annotations.ts
var IPAM_KINDS = ["Pod", "Namespace", ...WORKLOAD_KINDS];
var IP_ADDRS = "cni.projectcalico.org/ipAddrs";
var IP_ADDRS_NO_IPAM = "cni.projectcalico.org/ipAddrsNoIpam";
var FIXED_IP_ANNOTATIONS = [IP_ADDRS, IP_ADDRS_NO_IPAM];
var POOL_ANNOTATIONS = ["cni.projectcalico.org/ipv4pools", "cni.projectcalico.org/ipv6pools"];
function ipamAnnotations(resource, keys) {
  const md = resource.kind === "Namespace" ? { metadata: asObject(resource.value.metadata), path: ["metadata"] } : podMetadataOf(resource);
  if (!md) return [];
  const annotations = asObject(md.metadata.annotations);
  let any = false;
  for (const key of keys) if (typeof annotations[key] === "string") any = true;
  if (!any) return [];
  const out = [];
  for (const key of keys) {
    const text = annotations[key];
    if (typeof text !== "string") continue;
    out.push({ key, text, path: [...md.path, "annotations", key], items: decodeList(text) });
  }
  return out;
}
function decodeList(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: `is not JSON (write a JSON list, e.g. '["${text.trim().replace(/^\[|\]$/g, "").split(",")[0].trim() || "10.0.0.5"}"]')` };
  }
  if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === "string")) return { error: "must be a JSON list of strings" };
  let from = 0;
  return parsed.map((value) => {
    const quoted = JSON.stringify(value);
    const at = text.indexOf(quoted, from);
    from = at >= 0 ? at + quoted.length : from;
    return at >= 0 ? { value, start: at, end: at + quoted.length } : { value, start: 0, end: text.length };
  });
}
function fixedIpsOf(model, resource) {
  return fixedIpsByResource(model).get(resource) ?? [];
}
var fixedIpsByResource = derived("calico/fixed-ips-by-resource", (m) => {
  const index = /* @__PURE__ */ new Map();
  for (const f of fixedIps(m)) {
    const list = index.get(f.resource);
    if (list) list.push(f);
    else index.set(f.resource, [f]);
  }
  return index;
});
function fixedIps(model) {
  return model.memo(
    "calico/fixed-ips",
    (m) => m.byKind("Pod", ...WORKLOAD_KINDS).flatMap(
      (r) => ipamAnnotations(r, FIXED_IP_ANNOTATIONS).flatMap(
        (a) => "error" in a.items ? [] : a.items.flatMap((item) => {
          const ip2 = parseIp(item.value);
          return ip2 ? [{ ip: ip2, text: item.value, resource: r, path: a.path, span: { start: item.start, end: item.end } }] : [];
        })
      )
    )
  );
}

// rules/calico/ipaddrs-and-noipam.ts
var ipaddrs_and_noipam_default = defineRule({
  meta: {
    id: "calico/ipaddrs-and-noipam",
    description: "A pod sets both `cni.projectcalico.org/ipAddrs` and `ipAddrsNoIpam`: the Calico CNI plugin refuses the pair and the pod stays in ContainerCreating.",
    severity: "error",
    remediation: "Keep one: `ipAddrs` to take the address from Calico IPAM (it must lie in a pool), or `ipAddrsNoIpam` to bypass IPAM (needs the CNI `feature_control.ip_addrs_no_ipam`).",
    kinds: [...IPAM_KINDS],
    messages: { both: "ipAddrs and ipAddrsNoIpam are both set; the Calico CNI plugin accepts only one of them" },
    docs: "Source: Calico CNI plugin `CmdAddK8s`, which switches on the two annotations and fails when both are present."
  },
  check(resource, ctx) {
    if (resource.kind === "Namespace") return;
    const found = ipamAnnotations(resource, FIXED_IP_ANNOTATIONS);
    if (found.length < 2) return;
    const noIpam = found.find((a) => a.key === IP_ADDRS_NO_IPAM);
    ctx.report({ path: noIpam.path, messageId: "both" });
  }
});

// rules/calico/ipaddrs-duplicate.ts
var ipaddrs_duplicate_default = defineRule({
  meta: {
    id: "calico/ipaddrs-duplicate",
    description: 'The same fixed IP on two workloads: only the first pod to start gets it, the other stays in ContainerCreating ("IP already assigned").',
    severity: "error",
    remediation: "Give each workload its own address.",
    kinds: [...IPAM_KINDS],
    messages: { duplicate: "{{ip}} is also the fixed IP of {{other}} ({{file}})" }
  },
  check(resource, ctx) {
    for (const { ip: f, first } of duplicatesIn(ctx.model).get(resource) ?? []) {
      ctx.report({ path: f.path, span: f.span, messageId: "duplicate", data: { ip: f.text, other: `${first.resource.kind} ${first.resource.name}`, file: first.resource.file } });
    }
  }
});
function duplicatesIn(model) {
  return model.memo("calico/fixed-ip-duplicates", (m) => {
    const byAddress = /* @__PURE__ */ new Map();
    const out = /* @__PURE__ */ new Map();
    for (const f of fixedIps(m)) {
      const key = `${f.ip.family}|${f.ip.value}`;
      const earlier = byAddress.get(key);
      if (!earlier) {
        byAddress.set(key, [f]);
        continue;
      }
      const first = earlier.find((o) => o.resource !== f.resource);
      earlier.push(f);
      if (!first) continue;
      const list = out.get(f.resource);
      if (list) list.push({ ip: f, first });
      else out.set(f.resource, [{ ip: f, first }]);
    }
    return out;
  });
}

// rules/calico/ipaddrs-json.ts
var ipaddrs_json_default = defineRule({
  meta: {
    id: "calico/ipaddrs-json",
    description: "`cni.projectcalico.org/ipAddrs` and `ipAddrsNoIpam` must be a JSON list of IP addresses (no prefix length), at most one IPv4 and one IPv6; otherwise the CNI plugin fails and the pod stays in ContainerCreating.",
    severity: "error",
    remediation: "Write the value as a quoted JSON list: `cni.projectcalico.org/ipAddrs: '[\"192.168.0.1\"]'`.",
    kinds: [...IPAM_KINDS],
    messages: {
      notList: "{{key}} {{error}}",
      empty: "{{key}} is an empty list",
      notIp: "{{key}} entry {{value}}: {{error}}",
      twoPerFamily: "{{key}} has more than one IPv{{family}} address; a pod gets at most one per family"
    }
  },
  check(resource, ctx) {
    for (const a of ipamAnnotations(resource, FIXED_IP_ANNOTATIONS)) {
      if ("error" in a.items) {
        ctx.report({ path: a.path, messageId: "notList", data: { key: a.key, error: a.items.error } });
        continue;
      }
      if (a.items.length === 0) ctx.report({ path: a.path, messageId: "empty", data: { key: a.key } });
      const seen = /* @__PURE__ */ new Set();
      for (const item of a.items) {
        const r = parseIpResult(item.value);
        const span = { start: item.start, end: item.end };
        if (!r.ok) ctx.report({ path: a.path, span, messageId: "notIp", data: { key: a.key, value: JSON.stringify(item.value), error: item.value.includes("/") ? "a fixed IP is an address, not a CIDR" : r.error } });
        else if (seen.has(r.ip.family)) ctx.report({ path: a.path, span, messageId: "twoPerFamily", data: { key: a.key, family: String(r.ip.family) } });
        else seen.add(r.ip.family);
      }
    }
  }
});

// rules/calico/ipaddrs-not-in-pool.ts
var ipaddrs_not_in_pool_default = defineRule({
  meta: {
    id: "calico/ipaddrs-not-in-pool",
    description: "A fixed IP (`cni.projectcalico.org/ipAddrs`) must lie inside an enabled IP pool; Calico IPAM refuses it otherwise and the pod never starts. Checked when the input declares pools of that family.",
    severity: "error",
    remediation: 'Pick an address inside an enabled pool, ideally a dedicated pool with `nodeSelector: "!all()"` so automatic assignment never hands it out.',
    kinds: [...IPAM_KINDS],
    messages: {
      outside: "{{ip}} is not inside any enabled IP pool ({{pools}})",
      disabled: "{{ip}} is inside {{pool}}, which is disabled"
    }
  },
  check(resource, ctx) {
    const own = fixedIpsOf(ctx.model, resource);
    if (own.length === 0) return;
    const enabled = podPools(ctx.model).filter((p) => p.cidr);
    for (const f of own) {
      if (f.path[f.path.length - 1] !== IP_ADDRS) continue;
      const family = poolsOf(ctx.model).filter((p) => p.cidr?.family === f.ip.family);
      if (family.length === 0 || enabled.some((p) => containsIp(p.cidr, f.ip))) continue;
      const disabled = family.find((p) => p.disabled && containsIp(p.cidr, f.ip));
      if (disabled) ctx.report({ path: f.path, span: f.span, messageId: "disabled", data: { ip: f.text, pool: describePool(disabled) } });
      else ctx.report({ path: f.path, span: f.span, messageId: "outside", data: { ip: f.text, pools: enabled.filter((p) => p.cidr.family === f.ip.family).map((p) => p.cidr.text).join(", ") || "none enabled" } });
    }
  }
});

// rules/calico/ipaddrs-replicas.ts
var ipaddrs_replicas_default = defineRule({
  meta: {
    id: "calico/ipaddrs-replicas",
    description: "A fixed IP in the pod template of a workload that runs several pods (Deployment, ReplicaSet or StatefulSet with `replicas` > 1, a DaemonSet on more than one node, a Job with `parallelism` > 1): only one pod can hold the address, the others never start.",
    severity: "error",
    remediation: "Run one replica per fixed IP (one workload each), or use `cni.projectcalico.org/ipv4pools` with a small dedicated pool instead of a fixed address.",
    kinds: [...IPAM_KINDS],
    messages: { many: "{{ip}} is fixed in the pod template of a {{kind}} that runs {{count}}; only one pod can hold it" }
  },
  check(resource, ctx) {
    const own = fixedIpsOf(ctx.model, resource);
    if (own.length === 0) return;
    const count = severalPodsOf(resource, ctx.model.facts);
    if (count === null) return;
    const seen = /* @__PURE__ */ new Set();
    for (const f of own) {
      if (seen.has(f.path.join("."))) continue;
      seen.add(f.path.join("."));
      ctx.report({ path: f.path, span: f.span, messageId: "many", data: { ip: f.text, kind: resource.kind, count } });
    }
  }
});

// rules/calico/ipaddrs-reserved.ts
var reservedCidrs = derived("calico/reserved-cidrs", (m) => {
  const out = [];
  for (const r of m.byKind("calico/IPReservation")) {
    for (const entry of asArray(asObject(r.value.spec).reservedCIDRs)) {
      if (typeof entry !== "string") continue;
      const ip2 = entry.includes("/") ? null : parseIp(entry);
      const c = ip2 ? parseCidr(`${entry}/${ip2.family === 4 ? 32 : 128}`) : parseCidr(entry);
      if (c.ok) out.push({ name: r.name, cidr: c.cidr });
    }
  }
  return out;
});
var ipaddrs_reserved_default = defineRule({
  meta: {
    id: "calico/ipaddrs-reserved",
    description: 'A fixed IP (`cni.projectcalico.org/ipAddrs`) inside a pool that also assigns addresses automatically should be kept out of automatic assignment: otherwise IPAM may give the address to another pod first, and the pinned pod then cannot start ("IP already assigned"). An IPReservation covering the address is Calico\'s documented way to do that (reservations only stop automatic assignment; the annotated pod still gets the address), as is a pool with `nodeSelector: "!all()"`; either keeps this rule quiet.',
    severity: "info",
    remediation: 'List the address in an IPReservation (`spec.reservedCIDRs: [10.244.0.10]`), or move it into a pool with `nodeSelector: "!all()"` that only serves fixed IPs.',
    kinds: [...IPAM_KINDS],
    messages: { unreserved: "{{ip}} is in {{pool}}, which assigns addresses automatically, and no IPReservation covers it: another pod may get it first" },
    docs: 'Source: libcalico-go `lib/ipam/ipam.go`: IPReservations are consulted only by automatic assignment (`autoAssign`), not by `AssignIP`, which the CNI plugin uses for `ipAddrs`; Calico docs "Use a specific IP address with a pod" and the IPReservation reference.'
  },
  check(resource, ctx) {
    const fixed = fixedIpsOf(ctx.model, resource);
    if (fixed.length === 0) return;
    const reserved = reservedCidrs(ctx.model);
    for (const f of fixed) {
      if (reserved.some((x) => containsIp(x.cidr, f.ip))) continue;
      const point = cidrBounds({ family: f.ip.family, addr: f.ip.value, prefix: f.ip.family === 4 ? 32 : 128, text: f.text });
      const pool = podPoolsOverlapping(ctx.model, point).find((p) => !p.manual);
      if (!pool) continue;
      ctx.report({ path: f.path, span: f.span, messageId: "unreserved", data: { ip: f.text, pool: describePool(pool) } });
    }
  }
});

// rules/calico/ippool-cidr-link-local.ts
var LINK_LOCAL = [parseCidr("169.254.0.0/16"), parseCidr("fe80::/10")].flatMap((r) => r.ok ? [r.cidr] : []);
var ippool_cidr_link_local_default = defineRule({
  meta: {
    id: "calico/ippool-cidr-link-local",
    description: "An IP pool must not overlap the link-local ranges 169.254.0.0/16 or fe80::/10: Calico rejects it, and those addresses are never routed off a link (cloud metadata services live at 169.254.169.254).",
    severity: "error",
    remediation: "Move the pool to a private range such as 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or a ULA fd00::/8 prefix.",
    kinds: [...POOL_KINDS],
    messages: { linkLocal: "{{pool}} overlaps the link-local range {{range}}; Calico rejects the pool" }
  },
  check(resource, ctx) {
    for (const p of poolsIn(ctx.model, resource)) {
      if (!p.cidr) continue;
      const hit = LINK_LOCAL.find((ll) => overlaps(ll, p.cidr));
      if (hit) ctx.report({ path: p.cidrPath, messageId: "linkLocal", data: { pool: describePool(p), range: hit.text } });
    }
  }
});

// rules/calico/ippool-cidr-invalid.ts
var ippool_cidr_invalid_default = defineRule({
  meta: {
    id: "calico/ippool-cidr-invalid",
    description: "An IPPool needs `spec.cidr`: an IPv4 or IPv6 network with a prefix length and no host bits set, as Calico validates it.",
    severity: "error",
    remediation: "Write the pool as a network address with its prefix, e.g. `10.244.0.0/16`; Calico rejects bare IPs and host bits.",
    kinds: ["calico/IPPool"],
    messages: {
      missing: "the IPPool has no spec.cidr",
      notString: 'spec.cidr must be a string such as "10.244.0.0/16"',
      invalid: "spec.cidr {{error}}",
      notMasked: 'spec.cidr "{{cidr}}" has host bits set; Calico rejects it ("IP pool CIDR is not strictly masked"): use {{network}}',
      tooLong: "spec.cidr is longer than 48 characters"
    }
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    const cidr3 = spec.cidr;
    if (cidr3 === void 0 || cidr3 === null || cidr3 === "") {
      ctx.report({ path: ["spec", "cidr"], messageId: "missing" });
      return;
    }
    if (typeof cidr3 !== "string") {
      ctx.report({ path: ["spec", "cidr"], messageId: "notString" });
      return;
    }
    if (cidr3.length > 48) {
      ctx.report({ path: ["spec", "cidr"], messageId: "tooLong" });
      return;
    }
    const parsed = parseCidr(cidr3);
    if (!parsed.ok) {
      ctx.report({ path: ["spec", "cidr"], messageId: "invalid", data: { error: parsed.error } });
      return;
    }
    if (!isMasked(parsed.cidr)) {
      ctx.report({ path: ["spec", "cidr"], messageId: "notMasked", data: { cidr: cidr3, network: formatCidr(network(parsed.cidr)) } });
    }
  }
});

// rules/calico/ippools-annotation-unknown.ts
function findPool(pools, entry) {
  const c = parseCidr(entry);
  return pools.find((p) => p.name === entry || c.ok && p.cidr !== null && p.cidr.family === c.cidr.family && p.cidr.addr === c.cidr.addr && p.cidr.prefix === c.cidr.prefix);
}
var ippools_annotation_unknown_default = defineRule({
  meta: {
    id: "calico/ippools-annotation-unknown",
    description: '`cni.projectcalico.org/ipv4pools` / `ipv6pools` (on a pod or its namespace) must be a JSON list naming existing pools, by name or by their exact CIDR (a subnet of a pool does not count); otherwise the CNI plugin fails ("does not exist, or is not enabled"). Checked when the input declares pools.',
    severity: "error",
    remediation: "Name an existing pool exactly, e.g. `cni.projectcalico.org/ipv4pools: '[\"default-ipv4-ippool\"]'`.",
    kinds: [...IPAM_KINDS],
    messages: {
      notList: "{{key}} {{error}}",
      unknown: "{{key}} names {{entry}}, which is not an IP pool{{hint}}"
    }
  },
  check(resource, ctx) {
    const pools = poolsOf(ctx.model);
    for (const a of ipamAnnotations(resource, POOL_ANNOTATIONS)) {
      if ("error" in a.items) {
        ctx.report({ path: a.path, messageId: "notList", data: { key: a.key, error: a.items.error } });
        continue;
      }
      if (pools.length === 0) continue;
      for (const item of a.items) {
        if (findPool(pools, item.value)) continue;
        const c = parseCidr(item.value);
        const inside = c.ok ? pools.find((p) => p.cidr !== null && contains(p.cidr, c.cidr)) : void 0;
        const hint = inside ? ` (it lies inside ${inside.name}; the annotation needs the pool's exact CIDR or name)` : ` (known: ${pools.map((p) => p.name).join(", ")})`;
        ctx.report({ path: a.path, span: { start: item.start, end: item.end }, messageId: "unknown", data: { key: a.key, entry: JSON.stringify(item.value), hint } });
      }
    }
  }
});

// rules/calico/ippool-disabled-referenced.ts
var ippool_disabled_referenced_default = defineRule({
  meta: {
    id: "calico/ippool-disabled-referenced",
    description: 'A pod or namespace still asks for a disabled pool in `cni.projectcalico.org/ipv4pools` / `ipv6pools`: Calico assigns nothing from disabled pools, so new pods fail to start ("does not exist, or is not enabled").',
    severity: "error",
    remediation: "Point the annotation at the pool that replaces the disabled one, or re-enable the pool until the workloads have moved.",
    kinds: [...IPAM_KINDS],
    messages: { disabled: "{{key}} asks for {{pool}}, which is disabled ({{file}})" }
  },
  check(resource, ctx) {
    const pools = poolsOf(ctx.model);
    for (const a of ipamAnnotations(resource, POOL_ANNOTATIONS)) {
      if ("error" in a.items) continue;
      for (const item of a.items) {
        const pool = findPool(pools, item.value);
        if (pool?.disabled) ctx.report({ path: a.path, span: { start: item.start, end: item.end }, messageId: "disabled", data: { key: a.key, pool: describePool(pool), file: pool.resource.file } });
      }
    }
  }
});

// rules/calico/ippool-fewer-blocks-than-nodes.ts
var ippool_fewer_blocks_than_nodes_default = defineRule({
  meta: {
    id: "calico/ippool-fewer-blocks-than-nodes",
    description: "An IP pool holds 2^(blockSize − prefix length) blocks and every node claims at least one; with fewer blocks than the nodes that use the pool, the rest borrow single addresses from other nodes' blocks (one /32 route each) or get none. Needs the node inventory or `cluster.nodeCount` in .netlint.yaml.",
    severity: "warning",
    remediation: "Widen the pool's CIDR or use a smaller block (larger blockSize) so there is at least one block per node; block size can only be set when the pool is created.",
    kinds: [...POOL_KINDS],
    messages: {
      fewer: "{{pool}} has {{blocks}} blocks of /{{blockSize}} but {{nodes}} nodes use it"
    }
  },
  check(resource, ctx) {
    const { facts } = ctx.model;
    for (const p of poolsIn(ctx.model, resource)) {
      if (!p.cidr || p.disabled || p.manual || p.loadBalancerOnly || p.blockSize < p.cidr.prefix) continue;
      let nodes;
      if (servesAllNodes(p)) nodes = facts.nodeCount;
      else if (facts.nodesKnown && p.nodeSelector) nodes = facts.nodes.filter((n) => matchesCalicoSelector(p.nodeSelector, n.labels)).length;
      else nodes = null;
      if (nodes === null) continue;
      const bits = p.blockSize - p.cidr.prefix;
      if (bits >= 31) continue;
      const blocks = 2 ** bits;
      if (blocks < nodes) ctx.report({ path: p.cidrPath, messageId: "fewer", data: { pool: describePool(p), blocks: String(blocks), blockSize: String(p.blockSize), nodes: String(nodes) } });
    }
  }
});

// rules/calico/ippool-ipip-and-vxlan.ts
var ON2 = /* @__PURE__ */ new Set(["Always", "CrossSubnet"]);
var ippool_ipip_and_vxlan_default = defineRule({
  meta: {
    id: "calico/ippool-ipip-and-vxlan",
    description: "IPIP and VXLAN cannot both be enabled on one IPPool; Calico rejects the pool.",
    severity: "error",
    remediation: "Choose one encapsulation for the pool and set the other mode to `Never`.",
    kinds: ["calico/IPPool"],
    messages: { both: "ipipMode is {{ipip}} and vxlanMode is {{vxlan}}: a pool can use only one encapsulation" }
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    const ipip = spec.ipipMode;
    const vxlan = spec.vxlanMode;
    if (typeof ipip === "string" && typeof vxlan === "string" && ON2.has(ipip) && ON2.has(vxlan)) {
      ctx.report({ path: ["spec", "vxlanMode"], messageId: "both", data: { ipip, vxlan } });
    }
  }
});

// rules/calico/ippool-ipip-ipv6.ts
var ippool_ipip_ipv6_default = defineRule({
  meta: {
    id: "calico/ippool-ipip-ipv6",
    description: 'IPIP encapsulates IPv4 only: an IPv6 pool with IPIP enabled is rejected by Calico ("IPIP is not supported on IPv6 pools").',
    severity: "error",
    remediation: "Set the IPv6 pool's IPIP mode to `Never`; use VXLAN (`vxlanMode: Always` or `CrossSubnet`) if IPv6 traffic needs encapsulation.",
    kinds: [...POOL_KINDS],
    messages: { ipv6: "{{pool}} is IPv6 but has IPIP {{mode}}: IPIP carries IPv4 only" }
  },
  check(resource, ctx) {
    for (const p of poolsIn(ctx.model, resource)) {
      if (p.cidr?.family !== 6 || p.ipip === "Never" || p.invalidEncap) continue;
      const path = p.origin === "IPPool" ? [...p.path, "ipipMode"] : p.origin === "Installation" ? [...p.path, "encapsulation"] : p.cidrPath;
      ctx.report({ path, messageId: "ipv6", data: { pool: describePool(p), mode: p.ipip } });
    }
  }
});

// rules/calico/ippool-nat-outgoing-disabled.ts
var ippool_nat_outgoing_disabled_default = defineRule({
  meta: {
    id: "calico/ippool-nat-outgoing-disabled",
    description: "An IPv4 pool without `natOutgoing` (an IPPool defaults to false) sends pod traffic to destinations outside the cluster with the pod IP as source: the network and firewalls must route and allow the pod CIDR.",
    severity: "info",
    remediation: "Set `natOutgoing: true` unless pod IPs are deliberately routable (e.g. advertised to the top-of-rack routers over BGP).",
    kinds: [...POOL_KINDS],
    messages: {
      off: "{{pool}} does not NAT outgoing traffic{{how}}: pod IPs leave the cluster un-NATed, so firewalls and routers must know this range"
    }
  },
  check(resource, ctx) {
    for (const p of poolsIn(ctx.model, resource)) {
      if (!p.cidr || p.cidr.family !== 4 || p.disabled || p.loadBalancerOnly || p.natOutgoing) continue;
      ctx.report({ path: p.natOutgoingPath ?? p.path, messageId: "off", data: { pool: describePool(p), how: p.natOutgoingPath ? "" : " (natOutgoing is unset, which means false)" } });
    }
  }
});

// rules/calico/ippool-overlap.ts
var earlierOverlap = derived("calico/pool-earlier-overlap", (m) => {
  const pools = poolsOf(m).filter((p) => p.cidr);
  const order = new Map(pools.map((p, i) => [p, i]));
  const first = new IntervalIndex(pools.map((p) => ({ range: cidrBounds(p.cidr), item: p }))).firstOverlappingOther((p) => p.name);
  const earlier = /* @__PURE__ */ new Map();
  pools.forEach((p, i) => {
    const o = first[i];
    if (o && order.get(o) < i) earlier.set(p, o);
  });
  return earlier;
});
var ippool_overlap_default = defineRule({
  meta: {
    id: "calico/ippool-overlap",
    description: 'Two IP pools must not overlap; Calico rejects the second one ("CIDR overlaps with IPPool"), also when one of them is disabled.',
    severity: "error",
    remediation: "Give each pool a disjoint CIDR; to replace a pool, create the new one on a different range, migrate workloads, then delete the old one.",
    kinds: [...POOL_KINDS],
    messages: {
      overlap: "{{pool}} overlaps {{other}} declared in {{file}}"
    }
  },
  check(resource, ctx) {
    for (const p of poolsIn(ctx.model, resource)) {
      const earlier = earlierOverlap(ctx.model).get(p);
      if (earlier) ctx.report({ path: p.cidrPath, messageId: "overlap", data: { pool: describePool(p), other: describePool(earlier), file: earlier.resource.file } });
    }
  }
});

// rules/calico/ippool-rack-selectors-overlap.ts
function scoped(p) {
  return !p.disabled && !p.manual && !p.loadBalancerOnly && p.cidr !== null && p.nodeSelector !== null && !servesAllNodes(p);
}
var nodeScopedPodPools = derived("calico/node-scoped-pod-pools", (m) => podPools(m).filter(scoped));
var overlaps2 = derived("calico/ippool-rack-selectors-overlap", (m) => {
  const all = nodeScopedPodPools(m);
  const order = new Map(all.map((p, i) => [p, i]));
  const canonical = new Map(all.map((p) => [p, formatCalicoSelector(p.nodeSelector)]));
  const bySelector = /* @__PURE__ */ new Map();
  const byNode = /* @__PURE__ */ new Map();
  const nodesOf = /* @__PURE__ */ new Map();
  for (const p of all) {
    const key = `${p.cidr.family}|${canonical.get(p)}`;
    const same = bySelector.get(key);
    if (same) same.push(p);
    else bySelector.set(key, [p]);
    if (!m.facts.nodesKnown) continue;
    const nodes = m.facts.nodes.filter((n) => matchesCalicoSelector(p.nodeSelector, n.labels));
    nodesOf.set(p, nodes);
    for (const n of nodes) {
      const list = byNode.get(n.name);
      if (list) list.push(p);
      else byNode.set(n.name, [p]);
    }
  }
  const earlierThan = (p, o) => order.get(o) < order.get(p) && o.cidr.family === p.cidr.family && o.name !== p.name;
  return (p) => {
    const selector = canonical.get(p);
    if (!m.facts.nodesKnown) {
      const other2 = (bySelector.get(`${p.cidr.family}|${selector}`) ?? []).find((o) => earlierThan(p, o));
      return other2 ? { other: other2, node: null, selector } : null;
    }
    let other = null;
    for (const n of nodesOf.get(p) ?? []) {
      for (const o of byNode.get(n.name) ?? []) if (earlierThan(p, o) && (other === null || order.get(o) < order.get(other))) other = o;
    }
    if (!other) return null;
    const theirs = new Set(nodesOf.get(other));
    return { other, node: (nodesOf.get(p) ?? []).find((n) => theirs.has(n)) ?? null, selector };
  };
});
var ippool_rack_selectors_overlap_default = defineRule({
  meta: {
    id: "calico/ippool-rack-selectors-overlap",
    description: "Per-rack (per-zone) pools only keep each rack's pods in its own range when their `nodeSelector`s are disjoint; a node matched by two such pools of one family takes addresses from either, so its routes no longer aggregate per rack.",
    severity: "warning",
    remediation: 'Make the selectors disjoint (e.g. `rack == "0"` and `rack == "1"`) and give every node exactly one rack label.',
    kinds: [...POOL_KINDS],
    messages: {
      node: "{{pool}} and {{other}} both select node {{node}}",
      same: "{{pool}} has the same nodeSelector as {{other}} ({{selector}})"
    }
  },
  check(resource, ctx) {
    const collision = overlaps2(ctx.model);
    for (const p of poolsIn(ctx.model, resource)) {
      if (!scoped(p)) continue;
      const found = collision(p);
      if (!found) continue;
      const data = { pool: describePool(p), other: describePool(found.other), selector: found.selector };
      if (found.node) ctx.report({ path: p.nodeSelectorPath, messageId: "node", data: { ...data, node: found.node.name } });
      else ctx.report({ path: p.nodeSelectorPath, messageId: "same", data });
    }
  }
});

// rules/calico/ippool-selector-matches-nothing.ts
var ippool_selector_matches_nothing_default = defineRule({
  meta: {
    id: "calico/ippool-selector-matches-nothing",
    description: "An enabled IP pool whose `nodeSelector` matches none of the known nodes (Node objects, Calico Nodes or the `cluster.nodes` inventory) is never used for automatic assignment. `!all()` (a pool reserved for manual use) is not reported.",
    severity: "warning",
    remediation: "Fix the selector or label the nodes it is meant for (`kubectl label node <name> <key>=<value>`).",
    kinds: [...POOL_KINDS],
    messages: {
      none: "{{pool}} nodeSelector {{selector}} matches none of the {{count}} known nodes"
    }
  },
  check(resource, ctx) {
    const { facts } = ctx.model;
    if (!facts.nodesKnown) return;
    for (const p of poolsIn(ctx.model, resource)) {
      if (p.disabled || p.manual || p.loadBalancerOnly || !p.nodeSelector || servesAllNodes(p)) continue;
      if (facts.nodes.some((n) => matchesCalicoSelector(p.nodeSelector, n.labels))) continue;
      ctx.report({ path: p.nodeSelectorPath, messageId: "none", data: { pool: describePool(p), selector: p.nodeSelectorText, count: String(facts.nodes.length) } });
    }
  }
});

// rules/calico/ippool-smaller-than-block.ts
var ippool_smaller_than_block_default = defineRule({
  meta: {
    id: "calico/ippool-smaller-than-block",
    description: "An enabled IPPool must hold at least one block: its prefix length may not be longer than its blockSize (default 26 / 122).",
    severity: "error",
    remediation: `Widen the pool's CIDR or lower its blockSize; Calico rejects the pool ("IP pool size is too small for use with Calico IPAM").`,
    kinds: ["calico/IPPool"],
    messages: {
      tooSmall: "the pool {{cidr}} (/{{prefix}}) is smaller than one /{{blockSize}} block{{default}}"
    }
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    if (spec.disabled === true || typeof spec.cidr !== "string") return;
    const parsed = parseCidr(spec.cidr);
    if (!parsed.ok) return;
    const range = BLOCK_SIZE_RANGE[parsed.cidr.family];
    const given = typeof spec.blockSize === "number" && spec.blockSize !== 0 ? spec.blockSize : null;
    const blockSize = given ?? range.default;
    if (blockSize < range.min || blockSize > range.max) return;
    if (parsed.cidr.prefix > blockSize) {
      ctx.report({
        path: ["spec", "cidr"],
        messageId: "tooSmall",
        data: { cidr: spec.cidr, prefix: String(parsed.cidr.prefix), blockSize: String(blockSize), default: given === null ? " (the default block size)" : "" }
      });
    }
  }
});

// rules/calico/mesh-disabled-without-peers.ts
var mesh_disabled_without_peers_default = defineRule({
  meta: {
    id: "calico/mesh-disabled-without-peers",
    description: "Turning off the node-to-node mesh (`nodeToNodeMeshEnabled: false` in BGPConfiguration `default`) with no BGPPeer (route reflectors or top-of-rack routers) in the linted files leaves nodes without BGP sessions: routes to other nodes' pods disappear.",
    severity: "error",
    remediation: "Add the BGPPeer resources (e.g. all nodes peering with `route-reflector == 'true'`) in the same change, or keep the mesh enabled until they exist.",
    kinds: ["calico/BGPConfiguration"],
    messages: { noPeers: "the node-to-node mesh is disabled, but there is no BGPPeer: nodes will have no BGP sessions" }
  },
  check(resource, ctx) {
    const topo = bgpTopology(ctx.model);
    if (topo.config !== resource || topo.meshEnabled || topo.peers.length > 0) return;
    ctx.report({ path: ["spec", "nodeToNodeMeshEnabled"], messageId: "noPeers" });
  }
});

// rules/calico/mesh-scale.ts
var MESH_LIMIT = 100;
function anchor(resource, ctx) {
  const topo = bgpTopology(ctx.model);
  if (topo.config) return topo.config === resource ? asObject(resource.value.spec).nodeToNodeMeshEnabled === void 0 ? ["spec"] : ["spec", "nodeToNodeMeshEnabled"] : null;
  for (const install of calicoNodeInstalls(ctx.model)) {
    const backend = install.env.get("CALICO_NETWORKING_BACKEND");
    if (backend?.value?.trim() === "bird") return backend.resource === resource ? backend.path : null;
  }
  if (resource.groupKind === "operator.tigera.io/Installation") {
    const bgp = asObject(asObject(resource.value.spec).calicoNetwork).bgp;
    if (bgp === "Enabled") return ["spec", "calicoNetwork", "bgp"];
  }
  return null;
}
var mesh_scale_default = defineRule({
  meta: {
    id: "calico/mesh-scale",
    description: "The BGP node-to-node mesh opens a session between every pair of nodes; Calico recommends it up to about 100 nodes and route reflectors beyond that. Needs the node inventory or `cluster.nodeCount`.",
    severity: "info",
    remediation: "Deploy two or more route reflectors, peer all nodes with them, then set `nodeToNodeMeshEnabled: false`.",
    kinds: ["calico/BGPConfiguration", "ConfigMap", "apps/DaemonSet", "operator.tigera.io/Installation"],
    messages: { tooBig: "the node-to-node mesh is on for {{nodes}} nodes ({{sessions}} BGP sessions); beyond about 100 nodes use route reflectors" }
  },
  check(resource, ctx) {
    const nodes = ctx.model.facts.nodeCount;
    const topo = bgpTopology(ctx.model);
    if (nodes === null || nodes <= MESH_LIMIT || !topo.meshEnabled) return;
    const path = anchor(resource, ctx);
    if (path) ctx.report({ path, messageId: "tooBig", data: { nodes: String(nodes), sessions: String(nodes * (nodes - 1) / 2) } });
  }
});

// rules/calico/mtu-inconsistent.ts
var mtu_inconsistent_default = defineRule({
  meta: {
    id: "calico/mtu-inconsistent",
    description: "The workload (veth) MTU and the tunnel MTU of the encapsulation in use should be the same value (the Calico docs say so, and the official manifest wires all of them from `veth_mtu`); different values fragment or drop large packets in one direction.",
    severity: "warning",
    remediation: "Set the tunnel MTU to the workload MTU, or wire both from `calico-config` `veth_mtu` as the official manifest does.",
    kinds: ["ConfigMap", "apps/DaemonSet", "calico/FelixConfiguration"],
    messages: {
      differs: "{{setting}} is {{value}} but the workload MTU ({{workload}}) is {{workloadValue}}"
    }
  },
  check(resource, ctx) {
    const workloads = workloadMTUs(ctx.model);
    if (workloads.length === 0) return;
    const w = workloads[0];
    for (const { setting } of activeTunnelMTUs(ctx.model)) {
      if (setting.resource !== resource || setting.value === w.value) continue;
      if (setting.resource === w.resource && setting.path.join(".") === w.path.join(".")) continue;
      ctx.report({ path: setting.path, messageId: "differs", data: { setting: setting.label, value: String(setting.value), workload: w.label, workloadValue: String(w.value) } });
    }
  }
});

// rules/calico/mtu-overhead.ts
var ASSUMED_PHYSICAL_MTU = 1500;
var mtu_overhead_default = defineRule({
  meta: {
    id: "calico/mtu-overhead",
    description: "A configured MTU (`veth_mtu`, Installation `calicoNetwork.mtu`, `FELIX_IPINIPMTU`/`ipipMTU`, `FELIX_VXLANMTU`/`vxlanMTU`, `FELIX_WIREGUARDMTU`/`wireguardMTU`) must leave room for the active encapsulation: physical MTU minus 20 (IPIP), 50 (VXLAN over IPv4), 70 (VXLAN over IPv6), 60 (WireGuard IPv4) or 80 (WireGuard IPv6); with several in use, the largest overhead. The physical MTU is `cluster.physicalMTU` from .netlint.yaml (an error when exceeded); without it the usual 1500 bytes is assumed and the finding is a warning that says so. 0 (auto-detect) is never reported.",
    severity: "error",
    remediation: "Lower the MTU to the physical MTU minus the encapsulation overhead (e.g. 1480 for IPIP, 1450 for VXLAN on a 1500-byte network), or set it to 0 to let Calico detect it.",
    kinds: ["ConfigMap", "apps/DaemonSet", "calico/FelixConfiguration", "operator.tigera.io/Installation"],
    messages: {
      tooBig: "{{setting}} is {{value}}, but {{encap}} on a {{physical}}-byte network leaves at most {{limit}} ({{physical}} − {{overhead}}); larger packets are fragmented or dropped",
      tooBigAssumed: "{{setting}} is {{value}}, but {{encap}} on a {{physical}}-byte network (assumed: set cluster.physicalMTU in .netlint.yaml if yours differs) leaves at most {{limit}} ({{physical}} − {{overhead}}); larger packets are fragmented or dropped"
    },
    docs: 'Overheads from Felix (`felix/dataplane/linux/int_dataplane.go`: IPIP 20, VXLAN 50, VXLAN over IPv6 70, WireGuard 60 and 80) and the Calico docs "Configure MTU".'
  },
  check(resource, ctx) {
    const configured = ctx.model.facts.physicalMTU;
    const physical = configured ?? ASSUMED_PHYSICAL_MTU;
    const enc = encapsulation(ctx.model);
    const active = TUNNELS.filter((t) => t.active(enc));
    const worst = active.reduce((w, t) => w === null || t.overhead > w.overhead ? t : w, null);
    const byPlace = /* @__PURE__ */ new Map();
    const consider = (resource2, path, label, value, encap, overhead) => {
      const key = `${resource2.file}#${resource2.doc}#${path.join(".")}`;
      const limit = physical - overhead;
      const prev = byPlace.get(key);
      if (value > limit && (!prev || limit < prev.limit)) byPlace.set(key, { resource: resource2, path, label, value, limit, encap, overhead });
    };
    for (const w of workloadMTUs(ctx.model)) consider(w.resource, w.path, w.label, w.value, worst?.name ?? "no encapsulation", worst?.overhead ?? 0);
    for (const { setting, tunnel } of activeTunnelMTUs(ctx.model)) consider(setting.resource, setting.path, setting.label, setting.value, tunnel.name, tunnel.overhead);
    for (const f of byPlace.values()) {
      if (f.resource !== resource) continue;
      ctx.report({ path: f.path, messageId: configured === null ? "tooBigAssumed" : "tooBig", ...configured === null ? { severity: "warning" } : {}, data: { setting: f.label, value: String(f.value), encap: f.encap, physical: String(physical), limit: String(f.limit), overhead: String(f.overhead) } });
    }
  }
});

// rules/calico/policy-field-values.ts
var policy_field_values_default = crdSchemaRule({
  id: "calico/policy-field-values",
  kinds: ["NetworkPolicy", "GlobalNetworkPolicy", "StagedNetworkPolicy", "StagedGlobalNetworkPolicy"],
  description: "Calico NetworkPolicy and GlobalNetworkPolicy fields must have the values Calico accepts (its CRD schema and validator field tags): rule action Allow/Deny/Log/Pass, types Ingress/Egress, protocol names or 1–255, ports, ipVersion 4 or 6, ICMP type 0–254 and code 0–255, nets as networks; unknown fields are warned.",
  remediation: 'Use the exact spelling from the Calico policy reference: `action: Allow`, `protocol: TCP`, `types: [Ingress, Egress]`, port ranges as `"8000:8080"`.'
});

// rules/calico/lib/selectors.ts
var POLICY_KINDS = ["calico/NetworkPolicy", "calico/GlobalNetworkPolicy", "calico/StagedNetworkPolicy", "calico/StagedGlobalNetworkPolicy"];
var SELECTOR_KINDS = [...POLICY_KINDS, "calico/IPPool", "calico/BGPPeer", "operator.tigera.io/Installation", "apps/DaemonSet", "ConfigMap"];
var ENV_SELECTORS = ["CALICO_IPV4POOL_NODE_SELECTOR", "CALICO_IPV6POOL_NODE_SELECTOR"];
function field(spec, base, key, role = "other") {
  if (!(key in spec)) return [];
  const path = [...base, key];
  return [{ path, value: spec[key], role, field: path.join(".") }];
}
function entityFields(entity, base) {
  const out = [...field(entity, base, "selector"), ...field(entity, base, "notSelector"), ...field(entity, base, "namespaceSelector", "ruleNamespace")];
  const sa = asObject(entity.serviceAccounts);
  out.push(...field(sa, [...base, "serviceAccounts"], "selector"));
  return out;
}
var fieldsByResource = /* @__PURE__ */ new WeakMap();
function selectorFields(model, resource) {
  let found = fieldsByResource.get(resource);
  if (!found) fieldsByResource.set(resource, found = computeSelectorFields(model, resource));
  return found;
}
function computeSelectorFields(model, resource) {
  const spec = asObject(resource.value.spec);
  const isCalico = resource.group === "projectcalico.org" || resource.group === "crd.projectcalico.org";
  if (isCalico && resource.kind === "IPPool") return [...field(spec, ["spec"], "nodeSelector"), ...field(spec, ["spec"], "namespaceSelector")];
  if (isCalico && resource.kind === "BGPPeer") {
    return ["nodeSelector", "peerSelector", "localWorkloadSelector"].flatMap((k) => field(spec, ["spec"], k));
  }
  if (isCalico && /NetworkPolicy$/.test(resource.kind)) {
    const out = ["selector", "namespaceSelector", "serviceAccountSelector"].flatMap((k) => field(spec, ["spec"], k));
    for (const dir of ["ingress", "egress"]) {
      for (const [i, rule] of objectItems(spec[dir])) {
        for (const side of ["source", "destination"]) out.push(...entityFields(asObject(rule[side]), ["spec", dir, i, side]));
      }
    }
    return out;
  }
  if (resource.groupKind === "operator.tigera.io/Installation") {
    const base = ["spec", "calicoNetwork", "ipPools"];
    return objectItems(asObject(spec.calicoNetwork).ipPools).flatMap(([i, p]) => field(p, [...base, i], "nodeSelector"));
  }
  if (resource.kind === "DaemonSet" || resource.kind === "ConfigMap") {
    return envValuesIn(model, resource, ENV_SELECTORS).map((v) => ({ path: v.path, value: v.value, role: "other", field: v.label }));
  }
  return [];
}
function yamlBangTag(resource, path) {
  const info = resource.scalar(path);
  if (!info || info.tag === null || info.tag.startsWith("!!") || info.tag === "!") return null;
  return info.tag;
}
var LABEL2 = "[A-Za-z0-9_./-]+";
var EXISTS = new RegExp(`^(!?)\\s*(${LABEL2})$`);
var EQUALS = new RegExp(`^(${LABEL2})\\s*(==|=|!=|:)\\s*([A-Za-z0-9_./-]*)$`);
var SET = new RegExp(`^(${LABEL2})\\s+(in|notin|not in)\\s*\\(([^)]*)\\)$`, "i");
var UNQUOTED_AFTER_OPERATOR = new RegExp(`(${LABEL2})\\s*(?:={1,2}|:)\\s*(?=[A-Za-z0-9_./-])`, "g");
var UNQUOTED_VALUE = new RegExp(`(==|!=)\\s*(${LABEL2})`, "g");
function convertRequirement(req) {
  const t = req.trim();
  let m = EXISTS.exec(t);
  if (m) return `${m[1]}has(${m[2]})`;
  m = EQUALS.exec(t);
  if (m) return `${m[1]} ${m[2] === "!=" ? "!=" : "=="} "${m[3]}"`;
  m = SET.exec(t);
  if (m) {
    const values = m[3].split(",").map((v) => `"${v.trim().replace(/^['"]|['"]$/g, "")}"`);
    return `${m[1]} ${m[2].toLowerCase() === "in" ? "in" : "not in"} {${values.join(", ")}}`;
  }
  return null;
}
function splitTopLevel(text) {
  const parts = [];
  let depth = 0;
  let quote = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(" || c === "{") depth++;
    else if (c === ")" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
function kubernetesStyleHint(text) {
  return hints.get(text, styleHint);
}
var hints = new BoundedCache(2e4);
function styleHint(text) {
  if (parseCalicoSelector(text).ok || /[\r\n]/.test(text)) return null;
  const words = text.replace(/\s+and\s+/gi, " && ").replace(/\s+or\s+/gi, " || ");
  const candidates = [words];
  const parts = splitTopLevel(words);
  const converted = parts.map((p) => parseCalicoSelector(p).ok && p.trim() !== "" ? p.trim() : convertRequirement(p));
  if (converted.every((c) => c !== null)) candidates.push(converted.join(" && "));
  candidates.push(
    words.replace(UNQUOTED_AFTER_OPERATOR, "$1 == ").replace(UNQUOTED_VALUE, '$1 "$2"')
  );
  for (const c of candidates) {
    const r = parseCalicoSelector(c);
    if (r.ok && c !== text) return formatCalicoSelector(r.selector);
  }
  return null;
}
function selectorProblem(resource, f) {
  let byPath = problems.get(resource);
  if (!byPath) problems.set(resource, byPath = /* @__PURE__ */ new Map());
  const key = f.path.join("\0");
  if (!byPath.has(key)) byPath.set(key, computeSelectorProblem(resource, f));
  return byPath.get(key);
}
var problems = /* @__PURE__ */ new WeakMap();
function computeSelectorProblem(resource, f) {
  const text = typeof f.value === "string" ? f.value : null;
  const parsed = text !== null && text.trim() !== "" && !/[\r\n]/.test(text) && text.length <= 1024 ? parseCalicoSelector(text) : null;
  if (parsed?.ok) return null;
  const tag = yamlBangTag(resource, f.path);
  if (tag !== null) return { kind: "yamlBang", tag };
  if (text === null) return null;
  const nl = text.search(/[\r\n]/);
  if (nl >= 0) return { kind: "newline", offset: nl };
  if (text.length > 1024) return { kind: "tooLong", length: text.length };
  if (parsed === null) return null;
  const hint = kubernetesStyleHint(text);
  if (hint !== null) return { kind: "k8sStyle", hint, start: parsed.error.start, end: parsed.error.end };
  return { kind: "syntax", message: parsed.error.message, start: parsed.error.start, end: parsed.error.end };
}

// rules/calico/policy-port-range.ts
var policy_port_range_default = defineRule({
  meta: {
    id: "calico/policy-port-range",
    description: "A Calico port range is written `min:max` with a colon, both ends 1–65535 and min ≤ max; `8000-8080` is read as a (non-existent) named port and matches nothing.",
    severity: "error",
    remediation: 'Write the range with a colon and the smaller port first, e.g. `"8000:8080"`.',
    kinds: [...POLICY_KINDS],
    messages: {
      reversed: 'port range "{{value}}" starts above its end',
      outOfRange: 'port range "{{value}}" has an end outside 1–65535',
      dash: 'ports entry "{{value}}" looks like a range written with "-": Calico reads it as a named port, which matches nothing; write "{{fixed}}"'
    }
  },
  check(resource, ctx) {
    for (const { sides } of policyRules(resource)) {
      for (const { entity, path } of sides) {
        for (const list of ["ports", "notPorts"]) {
          (Array.isArray(entity[list]) ? entity[list] : []).forEach((port2, j) => {
            if (typeof port2 !== "string") return;
            const at = [...path, list, j];
            const range = /^(\d+):(\d+)$/.exec(port2);
            const dash = /^(\d+)-(\d+)$/.exec(port2);
            if (range) {
              const [lo, hi] = [Number(range[1]), Number(range[2])];
              if (lo < 1 || hi > 65535) ctx.report({ path: at, messageId: "outOfRange", data: { value: port2 } });
              else if (lo > hi) ctx.report({ path: at, messageId: "reversed", data: { value: port2 } });
            } else if (dash) ctx.report({ path: at, messageId: "dash", data: { value: port2, fixed: `${dash[1]}:${dash[2]}` } });
          });
        }
      }
    }
  }
});

// rules/calico/policy-ports-need-protocol.ts
var PORT_PROTOCOLS = /* @__PURE__ */ new Set(["TCP", "UDP", "SCTP", 6, 17, 132, "6", "17", "132"]);
var policy_ports_need_protocol_default = defineRule({
  meta: {
    id: "calico/policy-ports-need-protocol",
    description: "Numeric ports or port ranges in a Calico rule need `protocol` TCP, UDP or SCTP (or 6, 17, 132): ports mean nothing for other protocols and Calico rejects the policy.",
    severity: "error",
    remediation: "Add `protocol: TCP` (or UDP/SCTP) to the rule, or split it into one rule per protocol.",
    kinds: [...POLICY_KINDS],
    messages: {
      missing: "{{side}} ports are set but the rule has no protocol; Calico needs TCP, UDP or SCTP with numeric ports",
      wrong: "{{side}} ports are set but the protocol is {{protocol}}, which has no ports"
    }
  },
  check(resource, ctx) {
    for (const { rule, path, sides } of policyRules(resource)) {
      for (const { side, entity, path: sidePath } of sides) {
        const ports = [...Array.isArray(entity.ports) ? entity.ports : [], ...Array.isArray(entity.notPorts) ? entity.notPorts : []];
        const numeric = ports.some((p) => typeof p === "number" || typeof p === "string" && /^\d+(:\d+)?$/.test(p));
        if (!numeric) continue;
        const key = "ports" in entity ? "ports" : "notPorts";
        if (rule.protocol === void 0 || rule.protocol === null) ctx.report({ path: [...sidePath, key], messageId: "missing", data: { side } });
        else if (!PORT_PROTOCOLS.has(rule.protocol)) ctx.report({ path: [...path, "protocol"], messageId: "wrong", data: { side, protocol: String(rule.protocol) } });
      }
    }
  }
});

// rules/calico/rr-as-mismatch.ts
var rr_as_mismatch_default = defineRule({
  meta: {
    id: "calico/rr-as-mismatch",
    description: "Route reflection is an iBGP mechanism: a reflector and its clients must be in the same AS. A reflector (or client) with its own `asNumber` turns the sessions into eBGP and routes are no longer reflected.",
    severity: "warning",
    remediation: "Remove the per-node `asNumber` (or `projectcalico.org/ASNumber` annotation) so reflectors and clients use the global AS, or set the same AS on both.",
    kinds: ["calico/BGPPeer", "Node", "calico/Node"],
    messages: { differs: "reflector {{rr}} is in AS {{rrAS}} but its client {{client}} is in AS {{clientAS}}" }
  },
  check(resource, ctx) {
    for (const d of mismatches(ctx.model, resource)) ctx.report(d);
  }
});
var mismatches = findingsPerResource("calico/rr-as-mismatches", (m, report) => {
  const topo = bgpTopology(m);
  const reported = /* @__PURE__ */ new Set();
  for (const peer of topo.peers) {
    const spec = asObject(peer.value.spec);
    if (typeof spec.peerSelector !== "string") continue;
    const rrs = (selectNodes(topo.nodes, spec.peerSelector) ?? []).filter((n) => n.clusterID !== null);
    const clients = (selectNodes(topo.nodes, spec.nodeSelector) ?? []).filter((n) => n.clusterID === null);
    for (const rr of rrs) {
      const client = clients.find((c) => effectiveAS(c, topo) !== effectiveAS(rr, topo));
      if (!client) continue;
      const at = rr.asAt ?? client.asAt ?? { resource: peer, path: ["spec", "peerSelector"] };
      const key = `${at.resource.file}#${at.resource.doc}#${at.path.join(".")}`;
      if (reported.has(key)) continue;
      reported.add(key);
      report(at.resource, { path: at.path, messageId: "differs", data: { rr: rr.name, rrAS: String(effectiveAS(rr, topo)), client: client.name, clientAS: String(effectiveAS(client, topo)) } });
    }
  }
});

// rules/calico/rr-cluster-id-format.ts
var rr_cluster_id_format_default = defineRule({
  meta: {
    id: "calico/rr-cluster-id-format",
    description: "A route-reflector cluster ID (`spec.bgp.routeReflectorClusterID`, or the `projectcalico.org/RouteReflectorClusterID` annotation) must be an IPv4 dotted quad; Calico rejects anything else.",
    severity: "error",
    remediation: "Use an IPv4-formatted ID, conventionally an unused address such as `244.0.0.1`.",
    kinds: ["Node", "calico/Node"],
    messages: { invalid: 'route-reflector cluster ID "{{value}}" is not an IPv4 address' }
  },
  check(resource, ctx) {
    for (const n of bgpTopology(ctx.model).nodes) {
      if (n.clusterID === null || n.clusterIDAt?.resource !== resource) continue;
      if (parseIp(n.clusterID)?.family !== 4) ctx.report({ path: n.clusterIDAt.path, messageId: "invalid", data: { value: n.clusterID } });
    }
  }
});

// rules/calico/rr-cluster-id-mismatch.ts
var rr_cluster_id_mismatch_default = defineRule({
  meta: {
    id: "calico/rr-cluster-id-mismatch",
    description: "Redundant route reflectors serving the same clients normally share one cluster ID; reflectors with different IDs each treat the others' reflected routes as new, which duplicates routes and can loop. The ID used by most reflectors is taken as intended.",
    severity: "warning",
    remediation: "Give all reflectors of one cluster the same `routeReflectorClusterID` (e.g. `244.0.0.1`).",
    kinds: ["Node", "calico/Node"],
    messages: { differs: "reflector {{node}} has cluster ID {{id}}, while {{others}} use {{common}}" }
  },
  check(resource, ctx) {
    const rrs = reflectors(bgpTopology(ctx.model));
    const counts = /* @__PURE__ */ new Map();
    for (const n of rrs) counts.set(n.clusterID, [...counts.get(n.clusterID) ?? [], n.name]);
    if (counts.size < 2) return;
    const [common, holders] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0];
    for (const n of rrs) {
      if (n.clusterID === common || n.clusterIDAt?.resource !== resource) continue;
      ctx.report({ path: n.clusterIDAt.path, messageId: "differs", data: { node: n.name, id: n.clusterID, others: holders.join(", "), common } });
    }
  }
});

// rules/calico/rr-missing-cluster-id.ts
function labelIn(node, resourceLabels) {
  const key = reflectorLabel(node.labels);
  return key !== null && typeof resourceLabels[key] === "string" ? key : null;
}
var rr_missing_cluster_id_default = defineRule({
  meta: {
    id: "calico/rr-missing-cluster-id",
    description: 'A node labelled as a route reflector (`route-reflector: "true"`), or selected by a BGPPeer `peerSelector`, needs `routeReflectorClusterID` (Calico Node `spec.bgp`, or the `projectcalico.org/RouteReflectorClusterID` annotation); without it the node does not reflect routes, so clients peering only with it miss each other\'s routes. Error when the mesh is disabled, warning otherwise.',
    severity: "error",
    remediation: "Set the cluster ID on every reflector, e.g. `kubectl annotate node <name> projectcalico.org/RouteReflectorClusterID=244.0.0.1`, or `spec.bgp.routeReflectorClusterID` on the Calico Node.",
    kinds: ["Node", "calico/Node", "calico/BGPPeer"],
    messages: {
      labelled: "node {{node}} is labelled {{label}} but has no routeReflectorClusterID, so it does not reflect routes",
      selected: "peerSelector {{selector}} selects {{nodes}}, which {{verb}} no routeReflectorClusterID and so will not reflect routes"
    }
  },
  check(resource, ctx) {
    const topo = bgpTopology(ctx.model);
    const severity = topo.meshEnabled ? "warning" : "error";
    if (resource.kind === "BGPPeer") {
      const spec = asObject(resource.value.spec);
      if (typeof spec.peerSelector !== "string" || !topo.nodesKnown) return;
      const selected = selectNodes(topo.nodes, spec.peerSelector) ?? [];
      const missing = selected.filter((n) => n.clusterID === null && !n.resources.some((r) => labelIn(n, asObject(asObject(r.value.metadata).labels))));
      if (missing.length === 0) return;
      const names = missing.map((n) => n.name);
      ctx.report({ path: ["spec", "peerSelector"], messageId: "selected", severity, data: { selector: spec.peerSelector, nodes: names.slice(0, 5).join(", ") + (names.length > 5 ? ` and ${names.length - 5} more` : ""), verb: names.length === 1 ? "has" : "have" } });
      return;
    }
    const node = topo.nodes.find((n) => n.name === resource.name);
    if (!node || node.clusterID !== null) return;
    const key = labelIn(node, asObject(asObject(resource.value.metadata).labels));
    if (key === null) return;
    ctx.report({ path: ["metadata", "labels", key], messageId: "labelled", severity, data: { node: node.name, label: `${key}=${node.labels[key]}` } });
  }
});

// rules/calico/rr-single.ts
var rr_single_default = defineRule({
  meta: {
    id: "calico/rr-single",
    description: "Only one route reflector: when it restarts or fails, every client loses its routes. Clients usually peer with two reflectors for redundancy.",
    severity: "warning",
    remediation: "Give a second node the reflector label and the same cluster ID.",
    kinds: ["Node", "calico/Node"],
    messages: { single: "{{node}} is the only route reflector: no redundancy" }
  },
  check(resource, ctx) {
    const rrs = reflectors(bgpTopology(ctx.model));
    if (rrs.length !== 1 || rrs[0].clusterIDAt?.resource !== resource) return;
    ctx.report({ path: rrs[0].clusterIDAt.path, messageId: "single", data: { node: rrs[0].name } });
  }
});

// rules/calico/rr-unpeered.ts
function peerAddress2(text) {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) return bracketed[1];
  const v4WithPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(text);
  return v4WithPort ? v4WithPort[1] : text;
}
function hasNonStringLabel(r) {
  const labels = asObject(asObject(r.value.metadata).labels);
  for (const k in labels) if (typeof labels[k] !== "string") return true;
  return false;
}
var rr_unpeered_default = defineRule({
  meta: {
    id: "calico/rr-unpeered",
    description: "With the node-to-node mesh off, a route reflector (a node with `routeReflectorClusterID`) only has the sessions BGPPeers give it. When no BGPPeer `peerSelector` selects it (and no `peerIP` names its address), no client peers with it and it reflects nothing: clients that were meant to learn routes through it have none. The reflectors are in the input, so this is said even when the node inventory is incomplete.",
    severity: "error",
    remediation: "Add a BGPPeer that peers the nodes with the reflectors, e.g. `spec: { nodeSelector: all(), peerSelector: route-reflector == 'true' }`, and label the reflectors accordingly.",
    kinds: ["Node", "calico/Node"],
    messages: {
      unpeered: "route reflector {{node}} is selected by no BGPPeer peerSelector while the node-to-node mesh is off: no client peers with it{{also}}"
    },
    docs: 'Source: Calico docs "Configure BGP peering" (route reflectors): with `nodeToNodeMeshEnabled: false`, sessions exist only where a BGPPeer creates them; a BGPPeer peers its `nodeSelector` nodes with the nodes its `peerSelector` selects. A peer whose selector does not parse is not guessed at. Warning rather than error when some BGPPeer peers with an address outside the input\'s nodes (a top-of-rack router may carry the routes instead).'
  },
  check(resource, ctx) {
    for (const d of findings2(ctx.model, resource)) ctx.report(d);
  }
});
var findings2 = findingsPerResource("calico/rr-unpeered", (m, report) => {
  const topo = bgpTopology(m);
  if (topo.meshEnabled || topo.peers.length === 0) return;
  const rrs = reflectors(topo).filter((n) => n.clusterIDAt !== null);
  if (rrs.length === 0) return;
  const selectors = [];
  const peerIPs = /* @__PURE__ */ new Set();
  for (const peer of topo.peers) {
    const spec = asObject(peer.value.spec);
    if (spec.peerSelector !== void 0 && spec.peerSelector !== null) {
      const sel = parsedSelector(spec.peerSelector);
      if (sel === null) return;
      selectors.push(sel);
    } else if (typeof spec.peerIP === "string") {
      const ip2 = parseIp(peerAddress2(spec.peerIP.trim()));
      if (ip2) peerIPs.add(`${ip2.family}/${ip2.value}`);
    }
  }
  const addressesOf = new Map(m.facts.nodes.map((n) => [n.name, n.addresses]));
  const nodeIPs = /* @__PURE__ */ new Set();
  for (const addrs of addressesOf.values()) for (const a of addrs) {
    const ip2 = parseIp(a);
    if (ip2) nodeIPs.add(`${ip2.family}/${ip2.value}`);
  }
  const externalPeers = [...peerIPs].some((ip2) => !nodeIPs.has(ip2));
  for (const rr of rrs) {
    if (rr.resources.some(hasNonStringLabel)) continue;
    if (selectors.some((s) => matchesCalicoSelector(s, rr.labels))) continue;
    const byIP = (addressesOf.get(rr.name) ?? []).some((a) => {
      const ip2 = parseIp(a);
      return ip2 !== null && peerIPs.has(`${ip2.family}/${ip2.value}`);
    });
    if (byIP) continue;
    report(rr.clusterIDAt.resource, {
      path: rr.clusterIDAt.path,
      messageId: "unpeered",
      ...externalPeers ? { severity: "warning" } : {},
      data: { node: rr.name, also: externalPeers ? " (routes may still come from the BGPPeers with external peerIPs)" : "" }
    });
  }
});

// rules/calico/selector-global-misuse.ts
var selector_global_misuse_default = defineRule({
  meta: {
    id: "calico/selector-global-misuse",
    description: "`global()` is only valid as the whole `namespaceSelector` of a policy rule (it selects non-namespaced endpoints); in any other selector, or combined with other terms, Calico rejects the resource.",
    severity: "error",
    remediation: "Use `global()` alone in a rule's `namespaceSelector`; elsewhere select with labels or `all()`.",
    kinds: [...SELECTOR_KINDS],
    messages: {
      notHere: "{{field}} uses global(), which Calico only accepts as the whole namespaceSelector of a policy rule",
      notAlone: "{{field}} combines global() with other terms; global() must stand alone"
    }
  },
  check(resource, ctx) {
    for (const f of selectorFields(ctx.model, resource)) {
      if (typeof f.value !== "string") continue;
      const parsed = parseCalicoSelector(f.value);
      if (!parsed.ok || !selectorUsesGlobal(parsed.selector)) continue;
      const start = f.value.indexOf("global(");
      const span = start >= 0 ? { start, end: start + "global()".length } : void 0;
      if (f.role !== "ruleNamespace") ctx.report({ path: f.path, messageId: "notHere", data: { field: f.field }, span });
      else if (parsed.selector.kind !== "global") ctx.report({ path: f.path, messageId: "notAlone", data: { field: f.field }, span });
    }
  }
});

// rules/calico/selector-k8s-style.ts
var selector_k8s_style_default = defineRule({
  meta: {
    id: "calico/selector-k8s-style",
    description: "A Calico selector written in Kubernetes label-selector syntax (`app=web`, `key: value`, `tier in (a,b)`, `and`/`or`, unquoted values) does not parse; Calico rejects the resource.",
    severity: "error",
    remediation: 'Use the Calico selector syntax the message suggests: `key == "value"`, `key in {"a", "b"}`, `has(key)`, joined with `&&` or `||`.',
    kinds: [...SELECTOR_KINDS],
    messages: {
      k8sStyle: '{{field}} "{{value}}" is written like a Kubernetes label selector, which Calico does not parse; write {{hint}}'
    }
  },
  check(resource, ctx) {
    for (const f of selectorFields(ctx.model, resource)) {
      const p = selectorProblem(resource, f);
      if (p?.kind !== "k8sStyle") continue;
      ctx.report({ path: f.path, messageId: "k8sStyle", data: { field: f.field, value: String(f.value), hint: p.hint }, span: { start: p.start, end: p.end } });
    }
  }
});

// rules/calico/selector-newline.ts
var selector_newline_default = defineRule({
  meta: {
    id: "calico/selector-newline",
    description: "A Calico selector must be one line: the tokenizer treats only spaces and tabs as whitespace, so a line break (typically from a YAML `|` block scalar, which keeps the final newline) makes Calico reject it.",
    severity: "error",
    remediation: "Write the selector on one line in quotes, or use the `>-` block style, which folds lines and strips the final newline.",
    kinds: [...SELECTOR_KINDS],
    messages: {
      newline: "{{field}} contains a line break at character {{offset}}; Calico selectors may only use spaces and tabs"
    }
  },
  check(resource, ctx) {
    for (const f of selectorFields(ctx.model, resource)) {
      const p = selectorProblem(resource, f);
      if (p?.kind === "newline") ctx.report({ path: f.path, messageId: "newline", data: { field: f.field, offset: String(p.offset + 1) } });
    }
  }
});

// rules/calico/selector-syntax.ts
var selector_syntax_default = defineRule({
  meta: {
    id: "calico/selector-syntax",
    description: "Every Calico selector (policy `selector`, rule `selector`/`notSelector`/`namespaceSelector`, IPPool and BGPPeer selectors, Installation pool `nodeSelector`, `CALICO_IPVxPOOL_NODE_SELECTOR`) must parse in the Calico selector language and be at most 1024 characters. The finding points at the offending character.",
    severity: "error",
    remediation: 'Fix the selector at the marked character: compare labels with quoted strings (`app == "web"`), combine terms with `&&`/`||`, and test presence with `has(key)`.',
    kinds: [...SELECTOR_KINDS],
    messages: {
      invalid: "{{field}} is not a valid Calico selector: {{error}}",
      tooLong: "{{field}} is {{length}} characters long; Calico accepts at most 1024"
    },
    docs: "Kubernetes-style selectors, line breaks and a leading unquoted `!` have their own rules (`calico/selector-k8s-style`, `calico/selector-newline`, `calico/selector-yaml-bang`), so each mistake is reported once."
  },
  check(resource, ctx) {
    for (const f of selectorFields(ctx.model, resource)) {
      const p = selectorProblem(resource, f);
      if (p?.kind === "syntax") ctx.report({ path: f.path, messageId: "invalid", data: { field: f.field, error: p.message }, span: { start: p.start, end: p.end } });
      else if (p?.kind === "tooLong") ctx.report({ path: f.path, messageId: "tooLong", data: { field: f.field, length: String(p.length) } });
    }
  }
});

// rules/calico/selector-yaml-bang.ts
var selector_yaml_bang_default = defineRule({
  meta: {
    id: "calico/selector-yaml-bang",
    description: "A selector that starts with an unquoted `!` (e.g. `nodeSelector: !has(gpu)`) is read by YAML as a tag, not text: the selector is lost or mangled before Calico sees it.",
    severity: "error",
    remediation: 'Quote the selector: `nodeSelector: "!has(gpu)"`.',
    kinds: [...SELECTOR_KINDS],
    messages: {
      bang: '{{field}} starts with an unquoted "!": YAML reads "{{tag}}" as a tag, so the selector becomes {{value}}; quote the whole selector'
    }
  },
  check(resource, ctx) {
    for (const f of selectorFields(ctx.model, resource)) {
      const p = selectorProblem(resource, f);
      if (p?.kind === "yamlBang") ctx.report({ path: f.path, messageId: "bang", data: { field: f.field, tag: p.tag, value: f.value === null || f.value === "" ? "empty" : JSON.stringify(f.value) } });
    }
  }
});

// rules/calico/typha-missing.ts
var TYPHA_THRESHOLD = 50;
var typha_missing_default = defineRule({
  meta: {
    id: "calico/typha-missing",
    description: "A manifest install of Calico (calico-node DaemonSet) without Typha on more than 50 nodes: every calico-node watches the Kubernetes API directly, which Calico advises against at that size (the operator adds Typha itself). Needs the node inventory or `cluster.nodeCount`.",
    severity: "warning",
    remediation: "Install with the Typha manifest (`calico-typha.yaml`) or the operator, so `typha_service_name` names the Typha service.",
    kinds: ["ConfigMap", "apps/DaemonSet"],
    messages: { noTypha: "Typha is off ({{how}}) on a {{nodes}}-node cluster; Calico recommends Typha above 50 nodes" }
  },
  check(resource, ctx) {
    const nodes = ctx.model.facts.nodeCount;
    if (nodes === null || nodes <= TYPHA_THRESHOLD) return;
    if (ctx.model.byKind("apps/Deployment").some((d) => /typha/.test(d.name))) return;
    for (const install of calicoNodeInstalls(ctx.model)) {
      const env = install.env.get("FELIX_TYPHAK8SSERVICENAME");
      const setting = calicoConfigValue(ctx.model, install, "typha_service_name");
      if (env && env.value !== "none" && env.value !== "") continue;
      if (setting && setting.value !== "none" && setting.value !== "") continue;
      if (setting) {
        if (setting.resource === resource) ctx.report({ path: setting.path, messageId: "noTypha", data: { how: `typha_service_name is "${setting.value}"`, nodes: String(nodes) } });
      } else if (install.daemonSet === resource) {
        ctx.report({ path: ["metadata", "name"], messageId: "noTypha", data: { how: "no Typha service configured", nodes: String(nodes) } });
      }
    }
  }
});

// rules/calico/index.ts
var calicoRules = [
  bgpconfig_communities_default,
  bgpconfig_mesh_off_settings_default,
  builtinDataRule(bgppeer_keep_next_hop_default, "rules/calico/bgppeer-keep-next-hop.yaml"),
  bgppeer_local_workload_default,
  bgppeer_reachable_by_default,
  felix_address_family_default,
  felix_health_timeout_overrides_default,
  felix_node_port_ranges_default,
  felix_openstack_region_default,
  felix_route_table_ranges_default,
  gnp_prednat_donottrack_default,
  ippool_allowed_uses_default,
  node_bgp_empty_default,
  policy_name_default,
  policy_rule_http_default,
  policy_rule_icmp_default,
  policy_rule_nets_family_default,
  policy_rule_services_default,
  policy_types_duplicate_default,
  bgpfilter_field_values_default,
  felixconfig_field_values_default,
  hostendpoint_field_values_default,
  ippool_field_values_default,
  ipreservation_field_values_default,
  kubecontrollersconfig_field_values_default,
  networkset_field_values_default,
  node_field_values_default,
  tier_field_values_default,
  asnumber_format_default,
  bgpconfig_field_values_default,
  bgppeer_exclusive_fields_default,
  bgppeer_peerip_format_default,
  bgppeer_field_values_default,
  bgppeer_selector_matches_nothing_default,
  crosssubnet_flat_network_default,
  encap_felix_pool_mismatch_default,
  env_autodetection_method_default,
  env_felix_bool_default,
  env_no_default_pools_conflict_default,
  env_pool_blocksize_default,
  env_pool_cidr_default,
  env_pool_encap_value_default,
  env_pool_ipip_and_vxlan_default,
  installation_bgp_for_ipip_default,
  installation_field_values_default,
  ipaddrs_and_noipam_default,
  ipaddrs_duplicate_default,
  ipaddrs_json_default,
  ipaddrs_not_in_pool_default,
  ipaddrs_replicas_default,
  ipaddrs_reserved_default,
  ippool_blocksize_range_default,
  ippool_cidr_link_local_default,
  ippool_cidr_invalid_default,
  ippool_disabled_referenced_default,
  ippool_fewer_blocks_than_nodes_default,
  ippool_ipip_and_vxlan_default,
  ippool_ipip_ipv6_default,
  ippool_nat_outgoing_disabled_default,
  ippool_overlap_default,
  ippool_rack_selectors_overlap_default,
  ippool_selector_matches_nothing_default,
  ippool_smaller_than_block_default,
  ippools_annotation_unknown_default,
  mesh_disabled_without_peers_default,
  mesh_scale_default,
  mtu_inconsistent_default,
  mtu_overhead_default,
  policy_field_values_default,
  policy_port_range_default,
  policy_ports_need_protocol_default,
  rr_as_mismatch_default,
  rr_cluster_id_format_default,
  rr_cluster_id_mismatch_default,
  rr_missing_cluster_id_default,
  rr_single_default,
  rr_unpeered_default,
  selector_global_misuse_default,
  selector_k8s_style_default,
  selector_newline_default,
  selector_syntax_default,
  selector_yaml_bang_default,
  typha_missing_default
];

// rules/cluster/lib/metadata.ts
var ROOT = Object.freeze(["metadata"]);
function isApiObject(resource) {
  const g = resource.group;
  if (g === "kind.x-k8s.io" || g === "kubeadm.k8s.io" || g === "netlint.io" || g.endsWith(".config.k8s.io")) return false;
  return isObject(resource.value.metadata);
}
function metadataPlaces(resource) {
  if (!isApiObject(resource)) return [];
  const out = [{ metadata: resource.value.metadata, path: ROOT }];
  const template = podMetadataOf(resource);
  if (template && template.path.length > 1) out.push({ metadata: template.metadata, path: template.path });
  return out;
}

// rules/cluster/annotation-format.ts
var TOTAL_ANNOTATION_BYTES = 256 * 1024;
var utf8 = new TextEncoder();
function annotationBytes(annotations) {
  let units = 0;
  for (const key in annotations) {
    const value = annotations[key];
    units += key.length + (typeof value === "string" ? value.length : 0);
  }
  if (units * 3 <= TOTAL_ANNOTATION_BYTES) return units;
  let bytes = 0;
  for (const key in annotations) {
    const value = annotations[key];
    bytes += utf8.encode(key).length + (typeof value === "string" ? utf8.encode(value).length : 0);
  }
  return bytes;
}
var annotation_format_default = defineRule({
  meta: {
    id: "cluster/annotation-format",
    description: "Annotation keys follow the label-key rule (`[prefix/]name`, a DNS subdomain prefix and a name of at most 63 letters, digits, `-`, `_` and `.`; upper case allowed), and an object's annotations, keys and values together, may take at most 256 KiB. The API server rejects the object otherwise; this holds for every object, Calico's included, and for pod templates.",
    severity: "error",
    remediation: "Use a key such as `example.com/owner`; keep large data in a ConfigMap rather than an annotation.",
    kinds: ["*"],
    messages: {
      badKey: "{{reason}}",
      tooLarge: "the annotations take {{size}} bytes: the API server allows at most {{limit}} bytes (256 KiB) per object"
    },
    docs: "Sources: apimachinery `pkg/api/validation/objectmeta.go` `ValidateAnnotations` (keys checked with `IsQualifiedName` after lower-casing, `TotalAnnotationSizeLimitB`); libcalico-go `validateObjectMetaAnnotations`."
  },
  check(resource, ctx) {
    for (const place of metadataPlaces(resource)) {
      const annotations = place.metadata.annotations;
      if (!isObject(annotations)) continue;
      for (const key in annotations) {
        const reason = labelKeyError(key.toLowerCase(), "annotation key");
        if (reason !== null) ctx.report({ path: [...place.path, "annotations", key], messageId: "badKey", data: { reason } });
      }
      const size2 = annotationBytes(annotations);
      if (size2 > TOTAL_ANNOTATION_BYTES) {
        ctx.report({ path: [...place.path, "annotations"], messageId: "tooLarge", data: { size: String(size2), limit: String(TOTAL_ANNOTATION_BYTES) } });
      }
    }
  }
});

// rules/cluster/ippool-outside-pod-cidr.ts
function folderOf(file) {
  const slash = file.lastIndexOf("/");
  return slash < 0 ? "" : file.slice(0, slash);
}
function sameCluster(fact, installation) {
  const factFolder = folderOf(fact.source.file);
  const own = folderOf(installation.file);
  return factFolder === "" || own === factFolder || own.startsWith(`${factFolder}/`);
}
function operatorChecks(pool) {
  if (pool.origin !== "Installation") return false;
  const spec = asObject(pool.resource.value.spec);
  const cniType = asObject(spec.cni).type;
  return (cniType === void 0 || cniType === "Calico") && !/^openshift/i.test(String(spec.kubernetesProvider ?? ""));
}
function isPlatformFact(fact) {
  return fact.source.what.startsWith("kind ") || fact.source.what.startsWith("kubeadm ");
}
var ippool_outside_pod_cidr_default = defineRule({
  meta: {
    id: "cluster/ippool-outside-pod-cidr",
    description: "Calico IP pools should lie inside the cluster pod CIDR (kind `podSubnet`, kubeadm `podSubnet`, `--cluster-cidr`, or `cluster.podCIDR`): kube-proxy uses it to tell pod traffic from external traffic. The operator refuses an Installation pool outside kind's or kubeadm's podSubnet (an error when that config sits in the Installation's folder or above it).",
    severity: "warning",
    remediation: "Choose a pool CIDR inside the pod CIDR, or change the cluster's pod CIDR to cover the pool.",
    kinds: [...POOL_KINDS],
    messages: {
      outside: "{{pool}} is not inside the cluster pod CIDR {{pod}} ({{source}} in {{file}})",
      operatorRefuses: `{{pool}} is not inside the platform pod CIDR {{pod}} ({{source}} in {{file}}): the operator refuses it ("IPPool … is not within the platform's configured pod network CIDR(s)") and installs nothing`
    },
    docs: "Source for the error: tigera/operator `pkg/controller/ippool` (`fillDefaults` reads the `kubeadm-config` ConfigMap's `podSubnet`, which kind also writes, and rejects an Installation pool that no platform CIDR contains, whatever its family)."
  },
  check(resource, ctx) {
    const own = poolsIn(ctx.model, resource);
    if (own.length === 0) return;
    const pods = ctx.model.facts.podCIDRs.flatMap((f) => {
      const r = parseCidr(f.cidr);
      return r.ok ? [{ cidr: r.cidr, fact: f }] : [];
    });
    if (pods.length === 0) return;
    for (const p of own) {
      if (!p.cidr || !isPodPool(ctx.model, p)) continue;
      const inside = (x) => contains(x.cidr, p.cidr);
      const platform = operatorChecks(p) ? pods.filter((x) => isPlatformFact(x.fact) && sameCluster(x.fact, resource)) : [];
      if (platform.length > 0) {
        if (platform.some(inside)) continue;
        const first2 = platform[0].fact;
        ctx.report({ path: p.cidrPath, messageId: "operatorRefuses", severity: "error", data: { pool: describePool(p), pod: platform.map((x) => x.fact.cidr).join(", "), source: first2.source.what, file: first2.source.file } });
        continue;
      }
      const family = pods.filter((x) => x.cidr.family === p.cidr.family);
      if (family.length === 0 || family.some(inside)) continue;
      const first = family[0].fact;
      ctx.report({ path: p.cidrPath, messageId: "outside", data: { pool: describePool(p), pod: family.map((x) => x.fact.cidr).join(", "), source: first.source.what, file: first.source.file } });
    }
  }
});

// rules/cluster/ippool-service-overlap.ts
var ippool_service_overlap_default = defineRule({
  meta: {
    id: "cluster/ippool-service-overlap",
    description: "A Calico IP pool must not overlap the Service CIDR (kind `serviceSubnet`, kubeadm `serviceSubnet` — default 10.96.0.0/12 —, `--service-cluster-ip-range`, or `cluster.serviceCIDR`): pods would get addresses kube-proxy treats as Service IPs.",
    severity: "error",
    remediation: "Move the pool to a range disjoint from the Service CIDR, inside the cluster pod CIDR.",
    kinds: [...POOL_KINDS],
    messages: {
      overlap: "{{pool}} overlaps the Service CIDR {{service}} ({{source}} in {{file}})"
    }
  },
  check(resource, ctx) {
    const services = ctx.model.facts.serviceCIDRs.flatMap((f) => {
      const r = parseCidr(f.cidr);
      return r.ok ? [{ cidr: r.cidr, fact: f }] : [];
    });
    if (services.length === 0) return;
    for (const p of poolsIn(ctx.model, resource)) {
      if (!p.cidr || !isPodPool(ctx.model, p)) continue;
      const hit = services.find((s) => overlaps(s.cidr, p.cidr));
      if (hit) ctx.report({ path: p.cidrPath, messageId: "overlap", data: { pool: describePool(p), service: hit.fact.cidr, source: hit.fact.source.what, file: hit.fact.source.file } });
    }
  }
});

// rules/cluster/label-format.ts
function checkLabelMap(map, path, ctx) {
  if (!isObject(map)) return;
  for (const key in map) {
    const keyError = labelKeyError(key);
    if (keyError !== null) ctx.report({ path: [...path, key], messageId: "badKey", data: { reason: keyError } });
    const value = map[key];
    const valueError = typeof value === "string" ? labelValueError(value) : null;
    if (valueError !== null) ctx.report({ path: [...path, key], messageId: "badValue", data: { reason: valueError } });
  }
}
var label_format_default = defineRule({
  meta: {
    id: "cluster/label-format",
    description: "Label keys are `[prefix/]name`: an optional DNS-1123 subdomain prefix of at most 253 characters, and a name of at most 63 letters, digits, `-`, `_` and `.` that starts and ends with a letter or digit. Values are empty or follow the name rule. The API server checks this for `metadata.labels` of every object (Calico's too), pod template labels and `nodeSelector`, and rejects the object otherwise.",
    severity: "error",
    remediation: "Rename the key or value, e.g. `app.kubernetes.io/name: web` rather than `App Name: Web Frontend`.",
    kinds: ["*"],
    messages: {
      badKey: "{{reason}}",
      badValue: "{{reason}}"
    },
    docs: "Sources: apimachinery `pkg/apis/meta/v1/validation` `ValidateLabels` and `pkg/util/validation` (`IsQualifiedName`, `IsValidLabelValue`); libcalico-go `validateObjectMetaLabels`. Selector labels of NetworkPolicies are `netpol/label-selector`'s."
  },
  check(resource, ctx) {
    for (const place of metadataPlaces(resource)) checkLabelMap(place.metadata.labels, [...place.path, "labels"], ctx);
    const ps = podSpecOf(resource);
    if (ps) checkLabelMap(ps.spec.nodeSelector, [...ps.path, "nodeSelector"], ctx);
  }
});

// rules/cluster/label-value-type.ts
var STRING_MAPS = KUBERNETES_STRING_MAP_KEYS;
var NO_LABELS_BELOW = /* @__PURE__ */ new Set(["containers", "initContainers", "ephemeralContainers", "data", "binaryData", "stringData", "status", "volumes"]);
function isStringMap(key, value, parentKey) {
  return STRING_MAPS.has(key) && parentKey !== "properties" && isObject(value);
}
function walkNonStringEntries(root) {
  const out = [];
  const path = [];
  const walk = (node, parentKey) => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        if (typeof node[i] !== "object" || node[i] === null) continue;
        path.push(i);
        walk(node[i], i);
        path.pop();
      }
      return;
    }
    if (!isObject(node)) return;
    for (const key in node) {
      const value = node[key];
      if (typeof value !== "object" || value === null || NO_LABELS_BELOW.has(key)) continue;
      path.push(key);
      if (isStringMap(key, value, parentKey)) {
        for (const k in value) {
          const v = value[k];
          if (typeof v !== "string" && v !== null) out.push([...path, k]);
        }
      } else {
        walk(value, key);
      }
      path.pop();
    }
  };
  walk(root, void 0);
  return out;
}
function reachedNonStringEntries(root, candidates) {
  return candidates.filter((candidate) => {
    if (candidate.length < 2) return false;
    let node = root;
    let parentKey;
    for (let i = 0; i < candidate.length - 2; i++) {
      const seg = candidate[i];
      let child;
      if (typeof seg === "number") {
        if (!Array.isArray(node)) return false;
        child = node[seg];
      } else {
        if (!isObject(node) || NO_LABELS_BELOW.has(seg)) return false;
        child = node[seg];
        if (isStringMap(seg, child, parentKey)) return false;
      }
      if (typeof child !== "object" || child === null) return false;
      node = child;
      parentKey = seg;
    }
    const mapKey = candidate[candidate.length - 2];
    if (typeof mapKey !== "string" || !isObject(node)) return false;
    const map = node[mapKey];
    if (!isStringMap(mapKey, map, parentKey)) return false;
    const v = map[candidate[candidate.length - 1]];
    return typeof v !== "string" && v !== null && v !== void 0;
  });
}
var METADATA_STRING_FIELDS = ["name", "generateName", "namespace"];
var CONTAINER_LISTS = ["containers", "initContainers", "ephemeralContainers"];
function notAString(v) {
  return v !== null && v !== void 0 && typeof v !== "string";
}
function nonStringFields(resource) {
  const out = [];
  const metadata = resource.value.metadata;
  if (isObject(metadata)) {
    for (const f of METADATA_STRING_FIELDS) if (notAString(metadata[f])) out.push(["metadata", f]);
  }
  if (resource.kind === "ConfigMap" && resource.group === "" && isObject(resource.value.data)) {
    const data = resource.value.data;
    for (const k in data) if (notAString(data[k])) out.push(["data", k]);
  }
  const ps = podSpecOf(resource);
  if (ps) {
    for (const list of CONTAINER_LISTS) {
      const containers = ps.spec[list];
      if (!Array.isArray(containers)) continue;
      for (let c = 0; c < containers.length; c++) {
        const env = isObject(containers[c]) ? containers[c].env : void 0;
        if (!Array.isArray(env)) continue;
        for (let e = 0; e < env.length; e++) {
          const item = env[e];
          if (isObject(item) && notAString(item.value)) out.push([...ps.path, list, c, "env", e, "value"]);
        }
      }
    }
  }
  return out;
}
function describe2(value) {
  if (typeof value === "boolean") return `the boolean ${value}`;
  if (typeof value === "number") return `the number ${value}`;
  return Array.isArray(value) ? "a list" : "a mapping";
}
var label_value_type_default = defineRule({
  meta: {
    id: "cluster/label-value-type",
    description: 'Fields Kubernetes types as strings must hold strings: label, annotation, matchLabels and nodeSelector values, `metadata.name`/`namespace`/`generateName`, ConfigMap `data` values and container env `value`s. Unquoted `true`, `on`, `yes`, `y`, `1440`, `010` or `1.0` are booleans or numbers in YAML 1.1, and the API server rejects the object ("cannot unmarshal bool into Go struct field … of type string").',
    severity: "error",
    remediation: 'Quote the value, e.g. `route-reflector: "true"`, `veth_mtu: "1440"`, `value: "true"`.',
    kinds: ["*"],
    messages: {
      notString: '{{map}} value of "{{key}}" is {{what}} ({{written}} unquoted): Kubernetes needs a string; write "{{written}}"',
      fieldNotString: '{{field}} is {{what}} ({{written}} unquoted): Kubernetes needs a string; write "{{written}}"'
    }
  },
  check(resource, ctx) {
    if (resource.kind === "CustomResourceDefinition") return;
    for (const at of nonStringFields(resource)) {
      const v = valueAt(resource, at);
      const field3 = at[0] === "data" ? `ConfigMap data "${at[1]}"` : at[0] === "metadata" ? `metadata.${at[1]}` : `env ${envName(resource, at)} value`;
      ctx.report({ path: at, messageId: "fieldNotString", data: { field: field3, what: describe2(v), written: writtenAs(resource, at, v) } });
    }
    const recorded = resource.nonStringInStringMaps?.() ?? null;
    if (recorded !== null && recorded.length === 0) return;
    const found = recorded === null ? walkNonStringEntries(resource.value) : reachedNonStringEntries(resource.value, recorded);
    for (const at of found) {
      const v = valueAt(resource, at);
      ctx.report({ path: at, messageId: "notString", data: { map: at[at.length - 2], key: at[at.length - 1], what: describe2(v), written: writtenAs(resource, at, v) } });
    }
  }
});
function valueAt(resource, at) {
  let v = resource.value;
  for (const seg of at) v = v[seg];
  return v;
}
function writtenAs(resource, at, v) {
  return resource.scalar(at)?.source ?? (typeof v === "object" ? JSON.stringify(v) : String(v));
}
function envName(resource, valuePath) {
  const name = valueAt(resource, valuePath.slice(0, -1));
  return typeof name.name === "string" ? name.name : `#${String(valuePath[valuePath.length - 2])}`;
}

// src/engine/names.ts
var LABEL3 = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_LABEL2 = new RegExp(`^${LABEL3}$`);
var DNS1123_SUBDOMAIN = new RegExp(`^${LABEL3}(\\.${LABEL3})*$`);
var DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
var DNS1123_LABEL_MAX = 63;
var DNS1123_SUBDOMAIN_MAX = 253;
function dns1123LabelError(value) {
  if (value.length > DNS1123_LABEL_MAX) return `must be no more than ${DNS1123_LABEL_MAX} characters (it has ${value.length})`;
  if (!DNS1123_LABEL2.test(value)) return "must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit";
  return null;
}
function dns1123SubdomainError(value) {
  if (value.length > DNS1123_SUBDOMAIN_MAX) return `must be no more than ${DNS1123_SUBDOMAIN_MAX} characters (it has ${value.length})`;
  if (!DNS1123_SUBDOMAIN.test(value)) return "must be a DNS-1123 subdomain: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit";
  return null;
}
function dns1035LabelError(value) {
  if (value.length > DNS1123_LABEL_MAX) return `must be no more than ${DNS1123_LABEL_MAX} characters (it has ${value.length})`;
  if (!DNS1035_LABEL.test(value)) return "must be a DNS-1035 label: lower-case letters, digits and '-', starting with a letter and ending with a letter or digit";
  return null;
}
function pathSegmentError(value) {
  if (value === "." || value === "..") return `may not be "${value}"`;
  for (const bad of ["/", "%"]) if (value.includes(bad)) return `may not contain "${bad}"`;
  return null;
}
var CHECKS = {
  "dns1123-subdomain": dns1123SubdomainError,
  "dns1123-label": dns1123LabelError,
  "dns1035-label": dns1035LabelError,
  "path-segment": pathSegmentError
};
function nameError(format, name, prefix = false) {
  const value = prefix && name.length > 1 && name.endsWith("-") ? `${name.slice(0, -1)}a` : name;
  return CHECKS[format](value);
}
var FORMAT_BY_GROUP_KIND = {
  Namespace: "dns1123-label",
  Service: "dns1035-label",
  "apps/StatefulSet": "dns1123-label",
  "rbac.authorization.k8s.io/Role": "path-segment",
  "rbac.authorization.k8s.io/ClusterRole": "path-segment",
  "rbac.authorization.k8s.io/RoleBinding": "path-segment",
  "rbac.authorization.k8s.io/ClusterRoleBinding": "path-segment"
};
var MAX_LENGTH_BY_GROUP_KIND = {
  "batch/CronJob": 52
};
function nameFormatOf(groupKind) {
  return FORMAT_BY_GROUP_KIND[groupKind] ?? "dns1123-subdomain";
}
function maxNameLengthOf(groupKind) {
  return MAX_LENGTH_BY_GROUP_KIND[groupKind] ?? null;
}

// rules/cluster/object-name.ts
var FORMAT_WORDS = {
  "dns1123-subdomain": "DNS-1123 subdomain",
  "dns1123-label": "DNS-1123 label",
  "dns1035-label": "DNS-1035 label",
  "path-segment": "path segment"
};
var object_name_default = defineRule({
  meta: {
    id: "cluster/object-name",
    description: "An object's `metadata.name` (and `generateName`) must have the format its kind requires: a DNS-1123 subdomain (≤ 253 characters of lower-case letters, digits, `-` and `.`) for most kinds, custom resources and Calico's included; a DNS-1123 label (≤ 63, no `.`) for Namespace and StatefulSet; a DNS-1035 label (a label starting with a letter) for Service; a path segment (no `/` or `%`, not `.` or `..`) for RBAC roles and bindings; at most 52 characters for a CronJob. `metadata.namespace` must be a DNS-1123 label. The API server rejects anything else.",
    severity: "error",
    remediation: "Rename the object with lower-case letters, digits and `-` (e.g. `web-frontend`, not `Web_Frontend`).",
    kinds: ["*"],
    messages: {
      badName: '{{field}} "{{name}}" is not a valid {{kind}} name: it {{reason}}',
      tooLong: 'name "{{name}}" is {{length}} characters: a {{kind}} name may have at most {{max}}',
      badNamespace: 'namespace "{{name}}" {{reason}}'
    },
    docs: "Sources: apimachinery `pkg/api/validation` (`ValidateObjectMetaAccessor`, `NameIsDNSSubdomain`, `NameIsDNSLabel`, `NameIsDNS1035Label`, the trailing `-` allowed in `generateName`) and each kind's name function in kubernetes `pkg/apis/*/validation` (`ValidateServiceName`, `ValidateNamespaceName`, `ValidateStatefulSetName`, `ValidateRBACName`, `ValidateCronJob`); libcalico-go `validateObjectMeta` for Calico kinds. A name that is not a string is reported by `cluster/label-value-type`."
  },
  check(resource, ctx) {
    if (!isApiObject(resource)) return;
    const metadata = resource.value.metadata;
    const format = nameFormatOf(resource.groupKind);
    for (const field3 of ["name", "generateName"]) {
      const name = metadata[field3];
      if (typeof name !== "string" || name === "") continue;
      const reason = nameError(format, name, field3 === "generateName");
      if (reason !== null) {
        ctx.report({ path: ["metadata", field3], messageId: "badName", data: { field: field3, name, kind: `${resource.kind} (${FORMAT_WORDS[format]})`, reason } });
        continue;
      }
      const max = maxNameLengthOf(resource.groupKind);
      if (field3 === "name" && max !== null && name.length > max) {
        ctx.report({ path: ["metadata", field3], messageId: "tooLong", data: { name, length: String(name.length), kind: resource.kind, max: String(max) } });
      }
    }
    const namespace = metadata.namespace;
    if (typeof namespace === "string" && namespace !== "") {
      const reason = dns1123LabelError(namespace);
      if (reason !== null) ctx.report({ path: ["metadata", "namespace"], messageId: "badNamespace", data: { name: namespace, reason } });
    }
  }
});

// rules/cluster/pod-service-overlap.ts
var overlapsByResource = findingsPerResource("cluster/pod-service-overlaps", (m, report) => {
  const parsed = (facts) => facts.flatMap((f) => {
    const r = parseCidr(f.cidr);
    return r.ok ? [{ cidr: r.cidr, fact: f }] : [];
  });
  const services = parsed(m.facts.serviceCIDRs);
  for (const pod of parsed(m.facts.podCIDRs)) {
    for (const svc of services) {
      if (!overlaps(pod.cidr, svc.cidr)) continue;
      const at = [svc.fact, pod.fact].find((f) => f.source.resource && !f.source.defaulted) ?? [svc.fact, pod.fact].find((f) => f.source.resource);
      if (!at?.source.resource) continue;
      const other = at === svc.fact ? pod.fact : svc.fact;
      report(at.source.resource, {
        path: at.source.path ?? [],
        messageId: "overlap",
        data: { pod: pod.fact.cidr, service: svc.fact.cidr, other: `${other.source.what} in ${other.source.file}` }
      });
    }
  }
});
var pod_service_overlap_default = defineRule({
  meta: {
    id: "cluster/pod-service-overlap",
    description: "The pod CIDR (kind or kubeadm `podSubnet`, `--cluster-cidr`, `cluster.podCIDR`) must not overlap the Service CIDR (`serviceSubnet`, `--service-cluster-ip-range`, `cluster.serviceCIDR`; kubeadm defaults to 10.96.0.0/12, kind to 10.96.0.0/16): pod addresses would be taken for Service IPs.",
    severity: "error",
    remediation: "Give pods and Services disjoint ranges, e.g. podSubnet 10.244.0.0/16 with serviceSubnet 10.96.0.0/12.",
    kinds: ["kind.x-k8s.io/Cluster", "kubeadm.k8s.io/ClusterConfiguration", "Pod", ...WORKLOAD_KINDS],
    messages: { overlap: "pod CIDR {{pod}} overlaps the Service CIDR {{service}} ({{other}}): pod addresses would be routed as Service IPs" },
    docs: 'Source: kube-apiserver `--service-cluster-ip-range` ("must not overlap with any IP ranges assigned to nodes or pods"). The finding sits on the range the input writes itself; when both are written, on the Service range.'
  },
  check(resource, ctx) {
    for (const d of overlapsByResource(ctx.model, resource)) ctx.report(d);
  }
});

// rules/cluster/service-subnet-size.ts
var MAX_SERVICE_BITS = 20;
var oversized = findingsPerResource("cluster/service-subnet-size", (m, report) => {
  for (const f of m.facts.serviceCIDRs) {
    const r = f.source.resource;
    if (!r || f.source.defaulted || r.groupKind !== "kind.x-k8s.io/Cluster" && r.groupKind !== "kubeadm.k8s.io/ClusterConfiguration") continue;
    const parsed = parseCidr(f.cidr);
    if (!parsed.ok) continue;
    const bits = familyBits(parsed.cidr.family) - parsed.cidr.prefix;
    if (bits > MAX_SERVICE_BITS) report(r, { path: f.source.path ?? [], messageId: "tooLarge", data: { cidr: f.cidr, min: String(familyBits(parsed.cidr.family) - MAX_SERVICE_BITS) } });
  }
});
var service_subnet_size_default = defineRule({
  meta: {
    id: "cluster/service-subnet-size",
    description: "kubeadm (and kind, which runs kubeadm) refuses a Service subnet with more than 2^20 addresses: an IPv4 `serviceSubnet` must be /12 or smaller, an IPv6 one /108 or smaller.",
    severity: "error",
    remediation: "Use a smaller range, e.g. `serviceSubnet: 10.96.0.0/12` (the kubeadm default) or an IPv6 /112.",
    kinds: ["kind.x-k8s.io/Cluster", "kubeadm.k8s.io/ClusterConfiguration"],
    messages: { tooLarge: "serviceSubnet {{cidr}} is too large: kubeadm accepts at most a /{{min}} for this family, and cluster creation fails" },
    docs: "Source: kubeadm `validation.go` `ValidateServiceSubnetSize` with `MaximumBitsForServiceSubnet = 20`."
  },
  check(resource, ctx) {
    for (const d of oversized(ctx.model, resource)) ctx.report(d);
  }
});

// rules/cluster/index.ts
var clusterRules = [
  annotation_format_default,
  ippool_outside_pod_cidr_default,
  ippool_service_overlap_default,
  label_format_default,
  label_value_type_default,
  object_name_default,
  pod_service_overlap_default,
  service_subnet_size_default
];

// rules/cni/lib/cni-spec.ts
var CNI_VERSIONS = ["0.1.0", "0.2.0", "0.3.0", "0.3.1", "0.4.0", "1.0.0", "1.1.0"];
var NETWORK_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
function badPluginType(type) {
  if (type === "") return "is empty";
  if (/[/\\]/.test(type)) return "contains a path separator; it must be a binary name in the CNI bin directory";
  return null;
}
function isMultusType(type) {
  return type === "multus" || type === "multus-shim";
}

// rules/cni/lib/embedded-json.ts
var MAX_DEPTH = 200;
var Fail = class {
  constructor(error, offset) {
    this.error = error;
    this.offset = offset;
  }
  error;
  offset;
};
function parseJson(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return parseJsonLocated(text);
  }
  if (text.length > MAX_DEPTH * 2 && deeperThan(value, MAX_DEPTH)) return parseJsonLocated(text);
  let located;
  const positions = () => located ??= parseJsonLocated(text);
  return {
    ok: true,
    value,
    // JSON holds no undefined: a path is there exactly when it leads to a value.
    has: (path) => getIn(value, path) !== void 0,
    locate: (path) => positions().locate(path),
    locateKey: (path) => positions().locateKey(path)
  };
}
function deeperThan(value, limit) {
  const stack = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (top.value === null || typeof top.value !== "object") continue;
    if (top.depth >= limit) return true;
    for (const v of Array.isArray(top.value) ? top.value : Object.values(top.value)) stack.push({ value: v, depth: top.depth + 1 });
  }
  return false;
}
function parseJsonLocated(text) {
  const spans = /* @__PURE__ */ new Map();
  let i = 0;
  const key = (path) => JSON.stringify(path);
  const ws = () => {
    while (i < text.length && (text[i] === " " || text[i] === "	" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const describe4 = (at) => at >= text.length ? "the end of the text" : `character ${JSON.stringify(text[at])}`;
  const fail = (what, at = i) => {
    throw new Fail(`unexpected ${describe4(at)} ${what}`, at);
  };
  const parseString = () => {
    const start = i;
    i++;
    let out = "";
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c === "\\") {
        const e = text[i + 1];
        const simple = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
        if (e !== void 0 && e in simple) {
          out += simple[e];
          i += 2;
          continue;
        }
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        throw new Fail(`invalid escape ${JSON.stringify(text.slice(i, i + 2))} in a string`, i);
      }
      if (c < " ") throw new Fail("a control character (such as a line break) inside a string; escape it", i);
      out += c;
      i++;
    }
    throw new Fail("a string that is never closed", start);
  };
  const parseValue = (path, depth) => {
    if (depth > MAX_DEPTH) throw new Fail("nesting deeper than 200 levels", i);
    ws();
    const start = i;
    const c = text[i];
    let value;
    if (c === "{") {
      i++;
      const obj = {};
      ws();
      if (text[i] === "}") i++;
      else {
        for (; ; ) {
          ws();
          if (text[i] !== '"') fail(text[i] === "}" ? "after a comma (trailing commas are not JSON)" : 'where an object key (a "quoted" string) was expected');
          const keyStart = i;
          const k = parseString();
          const keySpan = { start: keyStart, end: i };
          ws();
          if (text[i] !== ":") fail('after an object key; expected ":"');
          i++;
          const childPath = [...path, k];
          Object.defineProperty(obj, k, { value: parseValue(childPath, depth + 1), enumerable: true, writable: true, configurable: true });
          spans.get(key(childPath)).key = keySpan;
          ws();
          if (text[i] === ",") {
            i++;
            continue;
          }
          if (text[i] === "}") {
            i++;
            break;
          }
          fail('after an object value; expected "," or "}"');
        }
      }
      value = obj;
    } else if (c === "[") {
      i++;
      const arr = [];
      ws();
      if (text[i] === "]") i++;
      else {
        for (; ; ) {
          ws();
          if (text[i] === "]") fail("after a comma (trailing commas are not JSON)");
          arr.push(parseValue([...path, arr.length], depth + 1));
          ws();
          if (text[i] === ",") {
            i++;
            continue;
          }
          if (text[i] === "]") {
            i++;
            break;
          }
          fail('after a list item; expected "," or "]"');
        }
      }
      value = arr;
    } else if (c === '"') {
      value = parseString();
    } else if (c === "-" || c >= "0" && c <= "9") {
      const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i));
      if (!m) fail("in a number");
      i += m[0].length;
      if (/^[0-9A-Za-z_.]/.test(text[i] ?? "")) fail("in a number");
      value = Number(m[0]);
    } else {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))?.[0];
      if (word === "true" || word === "false" || word === "null") {
        i += word.length;
        value = word === "true" ? true : word === "false" ? false : null;
      } else if (word) {
        throw new Fail(`unexpected word ${JSON.stringify(word)}: JSON strings need double quotes`, i);
      } else fail("where a value was expected");
    }
    spans.set(key(path), { value: { start, end: i } });
    return value;
  };
  try {
    const value = parseValue([], 0);
    ws();
    if (i < text.length) fail("after the end of the JSON value");
    return {
      ok: true,
      value,
      has: (path) => spans.has(key(path)),
      /** The key of an object member (its value when it has no key, e.g. a list item). */
      locateKey: (path) => spans.get(key(path))?.key ?? spans.get(key(path))?.value ?? { start: 0, end: text.length },
      locate(path) {
        const exact = spans.get(key(path));
        if (exact) return exact.value;
        for (let n = path.length - 1; n >= 0; n--) {
          const found = spans.get(key(path.slice(0, n)));
          if (found) return found.key ?? found.value;
        }
        return { start: 0, end: text.length };
      }
    };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error, offset: Math.min(e.offset, text.length) };
    throw e;
  }
}

// rules/cni/lib/json-source.ts
function embeddedJson(resource, scalarPath, label) {
  const text = getIn(resource.value, scalarPath);
  if (typeof text !== "string") return null;
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, error: parsed.error, offset: parsed.offset, path: scalarPath, span: { start: parsed.offset, end: parsed.offset + 1 } };
  return {
    ok: true,
    source: { resource, scalarPath, value: parsed.value, label, at: (jsonPath) => ({ path: scalarPath, span: parsed.locate(jsonPath) }) }
  };
}
function fileJson(resource) {
  const label = resource.file.split("/").pop() ?? resource.file;
  return { resource, scalarPath: null, value: resource.value, label, at: (jsonPath) => ({ path: jsonPath }) };
}
function reportIn(ctx, src, jsonPath, d) {
  ctx.report({ ...d, ...src.at(jsonPath) });
}

// rules/cni/lib/sources.ts
var CNI_CONFIG_KIND = `${CNI_CONFIG.apiVersion.split("/")[0]}/${CNI_CONFIG.kind}`;
var CNI_SOURCE_KINDS = [CNI_CONFIG_KIND, "ConfigMap"];
var CNI_CONF_KEY = "cni-conf.json";
function cniSource(resource) {
  if (resource.groupKind === CNI_CONFIG_KIND) return fileJson(resource);
  const r = cniEmbedded(resource);
  return r && r.ok ? r.source : null;
}
function cniEmbedded(resource) {
  if (resource.kind !== "ConfigMap" || resource.group !== "") return null;
  if (typeof asObject(resource.value.data)[CNI_CONF_KEY] !== "string") return null;
  return embeddedJson(resource, ["data", CNI_CONF_KEY], CNI_CONF_KEY);
}
function fileForm(resource) {
  if (resource.groupKind !== CNI_CONFIG_KIND) return "any";
  return /\.conflist$/i.test(resource.file) ? "conflist" : /\.(conf|json)$/i.test(resource.file) ? "conf" : "any";
}

// rules/cni/cniversion.ts
var SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
var cniversion_default = defineRule({
  meta: {
    id: "cni/cniversion",
    description: "`cniVersion` must be one of the CNI specification versions (0.1.0 … 1.1.0), written exactly; `cniVersions` entries must be versions.",
    severity: "error",
    remediation: 'Use an exact spec version your plugins support, e.g. `"cniVersion": "1.0.0"` (or `"0.3.1"` for older plugins); "1.0" or "v1.0.0" are rejected.',
    kinds: CNI_SOURCE_KINDS,
    messages: {
      notString: '{{where}} must be a string such as "1.0.0"',
      unknown: '{{where}} "{{version}}" is not a CNI spec version ({{known}}): plugins compare it exactly and fail with "incompatible CNI versions"',
      listNotArray: "cniVersions must be a list of version strings",
      listEntry: 'cniVersions entry "{{version}}" is not a version (major.minor.patch)'
    },
    docs: "Checked in CNI files, in ConfigMap `cni-conf.json` values and in the inline `delegates` of a Multus config (`multus/nad-config` checks NADs). A missing `cniVersion` is allowed (the spec reads it as 0.1.0). Sources: containernetworking/cni `pkg/version/version.go` (`All`), `pkg/version/reconcile.go`."
  },
  check(resource, ctx) {
    const src = cniSource(resource);
    if (!src || !isObject(src.value)) return;
    const conf = src.value;
    const checkVersion = (v, path, where) => {
      if (v === void 0) return;
      if (typeof v !== "string") reportIn(ctx, src, path, { messageId: "notString", data: { where } });
      else if (!CNI_VERSIONS.includes(v)) reportIn(ctx, src, path, { messageId: "unknown", data: { where, version: v, known: CNI_VERSIONS.join(", ") } });
    };
    checkVersion(conf.cniVersion, ["cniVersion"], "cniVersion");
    if (conf.cniVersions !== void 0) {
      if (!Array.isArray(conf.cniVersions)) reportIn(ctx, src, ["cniVersions"], { messageId: "listNotArray" });
      else
        conf.cniVersions.forEach((v, i) => {
          if (typeof v !== "string" || !SEMVER.test(v)) reportIn(ctx, src, ["cniVersions", i], { messageId: "listEntry", data: { version: String(v) } });
        });
    }
    asArray(conf.delegates).forEach((d, i) => {
      if (isObject(d)) checkVersion(d.cniVersion, ["delegates", i, "cniVersion"], `delegates[${i}].cniVersion`);
    });
  }
});

// rules/cni/config-json.ts
var config_json_default = defineRule({
  meta: {
    id: "cni/config-json",
    description: "The `cni-conf.json` key of a ConfigMap (flannel, Multus) must hold one JSON object: its install container copies it verbatim into /etc/cni/net.d.",
    severity: "error",
    remediation: "Write strict JSON: double-quoted keys and strings, no trailing commas, no comments, one top-level object (check it with `jq . cni-conf.json`).",
    kinds: ["ConfigMap"],
    messages: {
      syntax: "{{key}} is not valid JSON: {{error}}; the container runtime cannot load this network config",
      notObject: "{{key}} must be a JSON object (a CNI network config), not {{what}}"
    },
    docs: "libcni (`NetworkConfFromBytes`) rejects a file that is not a JSON object, and the node then has no usable network config. The finding points at the first bad character when the value is a one-line string, and at the value otherwise."
  },
  check(resource, ctx) {
    const r = cniEmbedded(resource);
    if (!r) return;
    if (!r.ok) {
      ctx.report({ path: r.path, span: r.span, messageId: "syntax", data: { key: CNI_CONF_KEY, error: r.error } });
      return;
    }
    const v = r.source.value;
    if (!isObject(v)) ctx.report({ ...r.source.at([]), messageId: "notObject", data: { key: CNI_CONF_KEY, what: Array.isArray(v) ? "a list" : v === null ? "null" : `a ${typeof v}` } });
  }
});

// rules/cni/lib/folders.ts
function dirOf(file) {
  const i = file.lastIndexOf("/");
  return i < 0 ? "." : file.slice(0, i);
}
function baseName(file) {
  return file.slice(file.lastIndexOf("/") + 1);
}
var byteOrder = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function cniFolders(model) {
  return model.memo("cni/folders", (m) => {
    const out = /* @__PURE__ */ new Map();
    for (const r of m.byKind(CNI_CONFIG_KIND)) {
      if (!/\.(conf|conflist|json)$/i.test(r.file)) continue;
      const dir = dirOf(r.file);
      let f = out.get(dir);
      if (!f) out.set(dir, f = { dir, files: [] });
      if (!f.files.some((x) => x.resource.file === r.file)) f.files.push({ name: baseName(r.file), resource: r });
    }
    for (const f of out.values()) f.files.sort((a, b) => byteOrder(a.name, b.name));
    return out;
  });
}
function folderOf2(model, resource) {
  return cniFolders(model).get(dirOf(resource.file));
}

// rules/cni/multus-delegate.ts
var multus_delegate_default = defineRule({
  meta: {
    id: "cni/multus-delegate",
    description: "A Multus config in a CNI folder should wrap a network that exists beside it: each inline delegate's `name` matches a config in the folder, and a `clusterNetwork` file path names a file that is there.",
    severity: "warning",
    remediation: "Let Multus regenerate its config (`--multus-conf-file=auto`), or update the delegate / `clusterNetwork` to the primary config that is actually installed.",
    kinds: [CNI_CONFIG_KIND],
    messages: {
      staleDelegate: 'delegate "{{name}}" matches no other config in {{dir}} ({{names}}): Multus runs its inline copy, which no longer follows the installed cluster network',
      missingFile: 'clusterNetwork "{{path}}" names {{file}}, which is not in {{dir}} ({{files}}): Multus cannot load the cluster network and every pod fails to start'
    },
    docs: "Only checked when the folder holds at least one other CNI config, so a lone `00-multus.conf` is not flagged. Sources: Multus `docs/configuration.md` (`clusterNetwork`, `delegates`), `docs/how-to-use.md` (auto-generated `00-multus.conf` copies the first config)."
  },
  check(resource, ctx) {
    if (!isMultusType(resource.value.type)) return;
    const folder = folderOf2(ctx.model, resource);
    const others = folder?.files.filter((f) => f.resource !== resource) ?? [];
    if (!folder || others.length === 0) return;
    const names = others.map((f) => f.resource.value.name).filter((n) => typeof n === "string");
    for (const [i, d] of objectItems(resource.value.delegates)) {
      if (typeof d.name === "string" && !names.includes(d.name)) {
        ctx.report({ path: ["delegates", i, "name"], messageId: "staleDelegate", data: { name: d.name, dir: folder.dir, names: names.join(", ") || "none named" } });
      }
    }
    const cn = resource.value.clusterNetwork;
    if (typeof cn === "string" && cn.startsWith("/")) {
      const parent = baseName(cn.slice(0, cn.lastIndexOf("/")));
      const file = baseName(cn);
      if (parent === baseName(folder.dir) && !others.some((f) => f.name === file)) {
        ctx.report({ path: ["clusterNetwork"], messageId: "missingFile", data: { path: cn, file, dir: folder.dir, files: others.map((f) => f.name).join(", ") } });
      }
    }
  }
});

// rules/cni/network-name.ts
var network_name_default = defineRule({
  meta: {
    id: "cni/network-name",
    description: "A CNI network config needs a `name`: a string that starts with a letter or digit followed by letters, digits, `_`, `.` or `-`.",
    severity: "error",
    remediation: 'Set `"name"` to a short identifier such as `k8s-pod-network`; no spaces or slashes (it becomes a directory name under /var/lib/cni).',
    kinds: CNI_SOURCE_KINDS,
    messages: {
      missing: 'the network config has no "name"; libcni rejects it ("no name")',
      notString: '"name" must be a string',
      invalid: 'network name "{{name}}" is invalid: it must match {{pattern}}'
    },
    docs: "Sources: CNI `SPEC.md` section 1 (network configuration `name`), libcni `NetworkConfFromBytes`. NAD configs are exempt (Multus fills in the NAD name); see `multus/nad-config`."
  },
  check(resource, ctx) {
    const src = cniSource(resource);
    if (!src || !isObject(src.value)) return;
    const name = src.value.name;
    if (name === void 0 || name === "") reportIn(ctx, src, name === "" ? ["name"] : [], { messageId: "missing" });
    else if (typeof name !== "string") reportIn(ctx, src, ["name"], { messageId: "notString" });
    else if (!NETWORK_NAME.test(name)) reportIn(ctx, src, ["name"], { messageId: "invalid", data: { name, pattern: String(NETWORK_NAME) } });
  }
});

// rules/cni/lib/plugins.ts
var PLUGIN_MESSAGES = {
  noType: `the config has neither "type" (a single plugin) nor "plugins" (a list): libcni fails with "no 'type'"`,
  pluginsNotList: '"plugins" must be a list of plugin objects',
  pluginsEmpty: '"plugins" is empty: libcni fails with "no plugins in list"',
  pluginNotObject: 'plugins[{{index}}] must be an object with a "type"',
  pluginNoType: `plugins[{{index}}] has no "type": libcni fails with "missing 'type'"`,
  typeNotString: "{{where}} must be a string (the plugin binary name)",
  typeBad: '{{where}} "{{type}}" {{problem}}',
  listInConf: `this .conf file holds a plugin list: runtimes read .conf/.json as one plugin and fail ("no 'type'; perhaps this is a .conflist?"); rename it to .conflist`,
  confInList: 'this .conflist file holds a single plugin config (no "plugins"): runtimes fail with "no plugins in list"; rename it to .conf or wrap the plugin in "plugins"'
};
function typeProblems(type, path, where) {
  if (typeof type !== "string") return [{ path, messageId: "typeNotString", data: { where } }];
  const bad = badPluginType(type);
  return bad ? [{ path, messageId: "typeBad", data: { where, type, problem: bad } }] : [];
}
function shapeProblems(conf, form) {
  const hasPlugins = conf.plugins !== void 0;
  if (form === "conf" && hasPlugins && conf.type === void 0) return [{ path: ["plugins"], messageId: "listInConf" }];
  if (form === "conflist" && !hasPlugins && conf.type !== void 0) return [{ path: ["type"], messageId: "confInList" }];
  if (!hasPlugins) {
    if (conf.type === void 0) return [{ path: [], messageId: "noType" }];
    return typeProblems(conf.type, ["type"], "type");
  }
  if (!Array.isArray(conf.plugins)) return [{ path: ["plugins"], messageId: "pluginsNotList" }];
  if (conf.plugins.length === 0) return [{ path: ["plugins"], messageId: "pluginsEmpty" }];
  const out = [];
  conf.plugins.forEach((p, index) => {
    if (!isObject(p)) out.push({ path: ["plugins", index], messageId: "pluginNotObject", data: { index } });
    else if (p.type === void 0) out.push({ path: ["plugins", index], messageId: "pluginNoType", data: { index } });
    else out.push(...typeProblems(p.type, ["plugins", index, "type"], `plugins[${index}].type`));
  });
  return out;
}

// rules/cni/plugins.ts
var plugins_default = defineRule({
  meta: {
    id: "cni/plugins",
    description: "A CNI config is either one plugin with a `type` (`.conf`) or a list with a non-empty `plugins` array whose entries each have a `type` (`.conflist`), and the file extension must match the form.",
    severity: "error",
    remediation: 'Give every plugin a `"type"` naming a binary in /opt/cni/bin; put plugin lists in `.conflist` files and single plugins in `.conf` files.',
    kinds: CNI_SOURCE_KINDS,
    messages: { ...PLUGIN_MESSAGES },
    docs: 'Sources: libcni `NetworkConfFromBytes` ("no plugins in list"), `NetworkPluginConfFromBytes` ("missing \'type\'"), `LoadNetworkConf` ("no \'type\'; perhaps this is a .conflist?"); CNI `SPEC.md` section 1. A ConfigMap `cni-conf.json` may take either form (the install container picks the file name).'
  },
  check(resource, ctx) {
    const src = cniSource(resource);
    if (!src || !isObject(src.value)) return;
    for (const p of shapeProblems(src.value, fileForm(resource))) reportIn(ctx, src, p.path, { messageId: p.messageId, data: p.data });
  }
});

// rules/cni/primary-order.ts
var primary_order_default = defineRule({
  meta: {
    id: "cni/primary-order",
    description: "In a folder laid out like /etc/cni/net.d the lexically first config is the pod network: Multus' config (or a file named `00-…` to come first) must sort before every other config.",
    severity: "warning",
    remediation: "Rename the config that must win so that it sorts first (Multus writes `00-multus.conf`), or remove the competing file.",
    kinds: [CNI_CONFIG_KIND],
    messages: {
      multusNotFirst: `{{file}} is Multus' config but "{{first}}" sorts first in {{dir}}: the runtime runs {{first}} directly, Multus never runs, and pods silently get no additional networks`,
      notFirst: '{{file}} is named to come first but "{{first}}" sorts before it in {{dir}}: the runtime uses {{first}} as the pod network'
    },
    docs: [
      "containerd (`max_conf_num` defaults to 1) and CRI-O load the lexically first file of the CNI config directory (libcni `ConfFiles` sorts the names as bytes). With Multus, its own config must be that file: Multus then runs the cluster network (its delegate) and the NADs a pod asks for.",
      "Only CNI files passed to netlint are compared, folder by folder; name your fixtures as they sit on the node (e.g. `etc/cni/net.d/00-multus.conf`, `etc/cni/net.d/10-calico.conflist`). Sources: Multus `docs/quickstart.md` and `docs/how-to-use.md`; containerd `docs/cri/config.md`; cri-o `contrib/cni/README.md`."
    ].join("\n\n")
  },
  check(resource, ctx) {
    const folder = folderOf2(ctx.model, resource);
    if (!folder || folder.files.length < 2) return;
    const me = folder.files.find((f) => f.resource === resource);
    const first = folder.files[0];
    if (!me || first.resource === resource) return;
    const data = { file: me.name, first: first.name, dir: folder.dir };
    const plugins = Array.isArray(resource.value.plugins) ? resource.value.plugins : [];
    const firstPlugin = plugins[0];
    if (isMultusType(resource.value.type)) ctx.report({ path: ["type"], messageId: "multusNotFirst", data });
    else if (firstPlugin && typeof firstPlugin === "object" && isMultusType(firstPlugin.type)) ctx.report({ path: ["plugins", 0, "type"], messageId: "multusNotFirst", data });
    else if (me.name.startsWith("00-")) ctx.report({ path: [], messageId: "notFirst", data });
  }
});

// rules/cni/index.ts
var cniRules = [cniversion_default, config_json_default, multus_delegate_default, network_name_default, plugins_default, primary_order_default];

// rules/flannel/lib/backends.ts
var BACKEND_TYPES = ["vxlan", "host-gw", "udp", "ipip", "ipsec", "wireguard", "alloc", "tencent-vpc", "extension"];
var INT = { kind: "int" };
var BOOL = { kind: "bool" };
var STRING = { kind: "string" };
var UDP_PORT = { kind: "int", min: 0, max: 65535, range: "a UDP port, 0-65535" };
var BACKEND_FIELDS = {
  vxlan: { VNI: { kind: "int", min: 0, max: 16777215, range: "a VXLAN network identifier, 0-16777215" }, Port: UDP_PORT, MTU: INT, GBP: BOOL, Learning: BOOL, DirectRouting: BOOL, Name: STRING, MacPrefix: STRING },
  "host-gw": { Name: STRING, DNSServerList: STRING },
  udp: { Port: UDP_PORT },
  ipip: { DirectRouting: BOOL },
  ipsec: { UDPEncap: BOOL, ESPProposal: STRING, PSK: { kind: "string", minLength: 96 } },
  wireguard: { ListenPort: UDP_PORT, ListenPortV6: UDP_PORT, MTU: INT, PSK: STRING, PersistentKeepaliveInterval: INT, Mode: { kind: "string", oneOf: ["separate", "auto", "ipv4", "ipv6"] } },
  alloc: {},
  "tencent-vpc": { AccessKeyID: STRING, AccessKeySecret: STRING },
  extension: { PreStartupCommand: STRING, PostStartupCommand: STRING, SubnetAddCommand: STRING, SubnetRemoveCommand: STRING }
};

// rules/flannel/lib/net-conf.ts
var NET_CONF_KEY = "net-conf.json";
function fieldKey(obj, name) {
  if (name in obj) return name;
  const lower = name.toLowerCase();
  return Object.keys(obj).find((k) => k.toLowerCase() === lower);
}
function field2(obj, name) {
  const k = fieldKey(obj, name);
  return k === void 0 ? void 0 : obj[k];
}
function netConfOf(resource) {
  if (resource.kind !== "ConfigMap" || resource.group !== "") return null;
  if (typeof asObject(resource.value.data)[NET_CONF_KEY] !== "string") return null;
  return embeddedJson(resource, ["data", NET_CONF_KEY], NET_CONF_KEY);
}
function cidr2(v) {
  if (typeof v !== "string") return null;
  const r = parseCidr(v);
  return r.ok ? r.cidr : null;
}
function view(resource) {
  const r = netConfOf(resource);
  if (!r || !r.ok || !isObject(r.source.value)) return null;
  const conf = r.source.value;
  const backend = field2(conf, "Backend");
  const type = isObject(backend) ? field2(backend, "Type") : void 0;
  return {
    resource,
    source: r.source,
    conf,
    network: cidr2(field2(conf, "Network")),
    networkKey: fieldKey(conf, "Network"),
    ipv6Network: cidr2(field2(conf, "IPv6Network")),
    ipv6NetworkKey: fieldKey(conf, "IPv6Network"),
    backendType: typeof type === "string" ? type : null
  };
}
function flannelConfigs(model) {
  return model.memo("flannel/configs", (m) => m.byKind("ConfigMap").map(view).filter((v) => v !== null));
}
var configsByResource = derived("flannel/config-by-resource", (m) => new Map(flannelConfigs(m).map((c) => [c.resource, c])));
function flannelConfigOf(model, resource) {
  return configsByResource(model).get(resource);
}
var ETCD_ONLY = "flanneld refuses this only with its etcd subnet manager; with --kube-subnet-mgr it takes node subnets from the Nodes' podCIDRs and does not check it";
var FAMILIES = [
  { v: 4, network: "Network", subnetLen: "SubnetLen", subnetMin: "SubnetMin", subnetMax: "SubnetMax", bits: 32, maxSubnetLen: 30, maxNetworkPrefix: 28, defaultSubnetLen: 24 },
  { v: 6, network: "IPv6Network", subnetLen: "IPv6SubnetLen", subnetMin: "IPv6SubnetMin", subnetMax: "IPv6SubnetMax", bits: 128, maxSubnetLen: 126, maxNetworkPrefix: 124, defaultSubnetLen: 64 }
];
function familyEnabled(conf, f) {
  return f.v === 4 ? field2(conf, "EnableIPv4") !== false : field2(conf, "EnableIPv6") === true;
}
function familyNetwork(fc, f) {
  const net2 = f.v === 4 ? fc.network : fc.ipv6Network;
  return net2 && net2.family === f.v ? net2 : null;
}
function isUint(v) {
  return typeof v === "number" && Number.isInteger(v) && v >= 0;
}
function effectiveSubnetLen(fc, f) {
  const net2 = familyNetwork(fc, f);
  if (!net2) return null;
  const set2 = field2(fc.conf, f.subnetLen);
  if (set2 !== void 0 && !isUint(set2)) return null;
  if (set2) return set2 > f.maxSubnetLen || set2 < net2.prefix + 2 ? null : set2;
  if (net2.prefix > f.maxNetworkPrefix) return null;
  return net2.prefix <= f.defaultSubnetLen - 2 ? f.defaultSubnetLen : net2.prefix + 2;
}

// rules/flannel/backend-fields.ts
var backend_fields_default = defineRule({
  meta: {
    id: "flannel/backend-fields",
    description: "The `Backend` fields of the chosen backend must have the type and range flannel decodes (vxlan `VNI` 0-16777215 and `Port` 0-65535, booleans such as `DirectRouting`, wireguard `Mode`, an ipsec `PSK` of at least 96 characters); a field the backend does not read is ignored.",
    severity: "error",
    remediation: "Write numbers and booleans without quotes, keep ports in 0-65535 and the VNI below 2^24, and spell fields as flannel's backend documentation does.",
    kinds: ["ConfigMap"],
    messages: {
      type: "Backend.{{key}} must be {{want}}, not {{got}}: the {{backend}} backend fails to decode its config and flanneld exits",
      range: "Backend.{{key}} {{value}} is not {{range}}",
      oneOf: 'Backend.{{key}} "{{value}}" is not one of {{allowed}}: the {{backend}} backend fails with "no valid Mode configured"',
      pskShort: 'Backend.PSK must be at least {{min}} characters: the ipsec backend fails with "password is too short"',
      pskMissing: 'the ipsec backend needs "PSK" (at least {{min}} characters): without it flanneld fails with "password is too short"',
      unknown: "the {{backend}} backend does not read Backend.{{key}}, so it has no effect (it reads {{known}})"
    },
    docs: "The backend decodes `Backend` when flanneld starts, whatever the subnet manager, so a decode failure is an error everywhere. Keys match case-insensitively, as Go decodes them; an unknown key is only a warning (Go ignores it). Source: the config structs in flannel `pkg/backend/{vxlan,udp,ipip,ipsec,wireguard,hostgw,tencentvpc,extension}`; `Documentation/backends.md`; Linux `drivers/net/vxlan` (VNI limit)."
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    const backendType = fc?.backendType?.toLowerCase();
    const fields = backendType === void 0 ? void 0 : BACKEND_FIELDS[backendType];
    if (!fc || !fields) return;
    const bk = fieldKey(fc.conf, "Backend");
    const backend = fc.conf[bk];
    if (!isObject(backend)) return;
    const names = Object.keys(fields);
    for (const [k, value] of Object.entries(backend)) {
      if (k.toLowerCase() === "type") continue;
      const name = names.find((n) => n.toLowerCase() === k.toLowerCase());
      const problem = name === void 0 ? { messageId: "unknown", severity: "warning", data: { known: names.length ? names.join(", ") : "no field but Type" } } : problemOf(fields[name], value);
      if (problem) reportIn(ctx, fc.source, [bk, k], { ...problem, data: { key: name ?? k, backend: backendType, ...problem.data } });
    }
    if (backendType === "ipsec" && fieldKey(backend, "PSK") === void 0) reportIn(ctx, fc.source, [bk], { messageId: "pskMissing", data: { min: 96 } });
  }
});
var WANT = { int: "a whole number", bool: "true or false", string: "a string" };
function describe3(value) {
  return typeof value === "string" ? `the string "${value}"` : JSON.stringify(value);
}
function problemOf(spec, value) {
  if (value === null) return null;
  const fits = spec.kind === "int" ? typeof value === "number" && Number.isInteger(value) : spec.kind === "bool" ? typeof value === "boolean" : typeof value === "string";
  if (!fits) return { messageId: "type", data: { want: WANT[spec.kind], got: describe3(value) } };
  if (spec.kind === "int" && (spec.min !== void 0 && value < spec.min || spec.max !== void 0 && value > spec.max)) return { messageId: "range", data: { value, range: spec.range ?? "" } };
  if (spec.kind === "string" && spec.oneOf && !spec.oneOf.includes(value)) return { messageId: "oneOf", data: { value, allowed: spec.oneOf.join(", ") } };
  if (spec.kind === "string" && spec.minLength !== void 0 && value.length < spec.minLength) return { messageId: "pskShort", data: { min: spec.minLength } };
  return null;
}

// rules/flannel/backend-missing.ts
var backend_missing_default = defineRule({
  meta: {
    id: "flannel/backend-missing",
    description: "Set `Backend` explicitly: without it flannel's code falls back to `udp` (a slow, debug-only backend), although the docs say vxlan.",
    severity: "warning",
    remediation: 'Add `"Backend": {"Type": "vxlan"}` to net-conf.json.',
    kinds: ["ConfigMap"],
    messages: { missing: "net-conf.json has no Backend: flanneld falls back to the udp backend (userspace, debug only), not vxlan" },
    docs: "Only a missing `Backend` falls back to udp; a Backend object without a Type makes flanneld fail (`flannel/backend-type`). Source: flannel `pkg/subnet/config.go` `parseBackendType`; `pkg/backend/udp`. The catalogue notes the docs/code mismatch; the shipped kube-flannel.yml always sets vxlan."
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (fc && fieldKey(fc.conf, "Backend") === void 0) reportIn(ctx, fc.source, [], { messageId: "missing" });
  }
});

// rules/flannel/backend-type.ts
var backend_type_default = defineRule({
  meta: {
    id: "flannel/backend-type",
    description: "A `Backend` object must name a flannel backend in `Type`: vxlan, host-gw, udp, ipip, ipsec, wireguard, alloc, tencent-vpc or extension (flanneld lower-cases it first).",
    severity: "error",
    remediation: 'Use `"Backend": {"Type": "vxlan"}` (or another backend from the list).',
    kinds: ["ConfigMap"],
    messages: {
      notObject: '"Backend" must be an object such as {"Type": "vxlan"}: flanneld fails with "error decoding Backend property"',
      noType: '"Backend" has no "Type": flanneld looks up the empty name and fails with "unknown backend type" (only a missing Backend falls back to udp)',
      notString: 'Backend.Type must be a string: flanneld fails with "error decoding Backend property"',
      unknown: 'Backend.Type "{{type}}" is not a flannel backend ({{known}}): flanneld fails with "unknown backend type"{{hint}}'
    },
    docs: "Every subnet manager fails the same way: `ParseConfig` decodes the type, main.go hands it to the backend manager. Source: flannel `pkg/subnet/config.go` `parseBackendType`, `pkg/backend/manager.go` `GetBackend` (lower-cases the name) and the `backend.Register` calls. A missing Backend is `flannel/backend-missing`."
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc) return;
    const bk = fieldKey(fc.conf, "Backend");
    if (bk === void 0) return;
    const backend = fc.conf[bk];
    if (!isObject(backend)) {
      reportIn(ctx, fc.source, [bk], { messageId: "notObject" });
      return;
    }
    const tk = fieldKey(backend, "Type");
    const type = tk === void 0 ? void 0 : backend[tk];
    if (type === void 0 || type === null || type === "") reportIn(ctx, fc.source, tk === void 0 ? [bk] : [bk, tk], { messageId: "noType" });
    else if (typeof type !== "string") reportIn(ctx, fc.source, [bk, tk], { messageId: "notString" });
    else if (!BACKEND_TYPES.includes(type.toLowerCase())) {
      const fixed = BACKEND_TYPES.find((b) => b === type.trim().toLowerCase());
      reportIn(ctx, fc.source, [bk, tk], { messageId: "unknown", data: { type, known: BACKEND_TYPES.join(", "), hint: fixed ? ` (did you mean "${fixed}"?)` : "" } });
    }
  }
});

// rules/multus/lib/nads.ts
var NAD_KIND = "k8s.cni.cncf.io/NetworkAttachmentDefinition";
var POD_KINDS = ["Pod", ...WORKLOAD_KINDS];
var DEFAULT_MULTUS_NAMESPACE = "kube-system";
function nadsOf(model) {
  return model.memo(
    "multus/nads",
    (m) => m.byKind(NAD_KIND).map((r) => {
      const config = embeddedJson(r, ["spec", "config"], "spec.config");
      const conf = config && config.ok && isObject(config.source.value) ? config.source.value : null;
      return { resource: r, name: r.name, namespace: r.namespace, config, conf, networkName: typeof conf?.name === "string" && conf.name !== "" ? conf.name : r.name };
    })
  );
}
var nadsByResource = derived("multus/nad-by-resource", (m) => new Map(nadsOf(m).map((n) => [n.resource, n])));
function nadOf(model, resource) {
  return nadsByResource(model).get(resource);
}
var nadsByName = derived("multus/nads-by-name", (m) => {
  const index = /* @__PURE__ */ new Map();
  for (const n of nadsOf(m)) {
    let entry = index.get(n.name);
    if (!entry) index.set(n.name, entry = { all: [], anyNamespace: [], byNamespace: /* @__PURE__ */ new Map() });
    entry.all.push(n);
    if (n.namespace === null) entry.anyNamespace.push(n);
    else {
      const list = entry.byNamespace.get(n.namespace);
      if (list) list.push(n);
      else entry.byNamespace.set(n.namespace, [n]);
    }
  }
  return index;
});
function findNads(model, name, namespace) {
  const entry = nadsByName(model).get(name);
  if (!entry) return [];
  if (namespace === null || entry.anyNamespace.length === 0) return namespace === null ? entry.all : entry.byNamespace.get(namespace) ?? [];
  const order = nadOrder(model);
  return [...entry.byNamespace.get(namespace) ?? [], ...entry.anyNamespace].sort((a, b) => order.get(a) - order.get(b));
}
var nadOrder = derived("multus/nad-order", (m) => new Map(nadsOf(m).map((n, i) => [n, i])));
var hasNadIn = (model, namespace) => {
  const { namespaces, anyNamespace } = nadNamespaces(model);
  return namespace === null ? nadsOf(model).length > 0 : anyNamespace || namespaces.has(namespace);
};
var nadNamespaces = derived("multus/nad-namespaces", (m) => ({
  namespaces: new Set(nadsOf(m).flatMap((n) => n.namespace === null ? [] : [n.namespace])),
  anyNamespace: nadsOf(m).some((n) => n.namespace === null)
}));
function multusNamespace(model) {
  return model.memo("multus/namespace", (m) => {
    for (const cm of m.byKind("ConfigMap")) {
      for (const key of ["daemon-config.json", "cni-conf.json"]) {
        const r = embeddedJson(cm, ["data", key], key);
        if (r && r.ok && isObject(r.source.value) && typeof r.source.value.multusNamespace === "string") return r.source.value.multusNamespace;
      }
    }
    return DEFAULT_MULTUS_NAMESPACE;
  });
}
function pluginsOf(conf) {
  if (Array.isArray(conf.plugins)) return conf.plugins.map((p, i) => ({ plugin: asObject(p), path: ["plugins", i] }));
  return [{ plugin: conf, path: [] }];
}
function secondaryAttachments(model, parse) {
  return model.memo("multus/attachments", (m) => {
    const out = [];
    for (const pod of m.byKind(...POD_KINDS)) {
      for (const s of parse(pod)) {
        const requestsDefaultRoute = s.element !== null && Object.keys(s.element).some((k) => k.toLowerCase() === "default-route");
        for (const nad of findNads(m, s.name, s.namespace ?? pod.namespace)) out.push({ pod, nad, requestsDefaultRoute });
      }
    }
    return out;
  });
}

// rules/multus/lib/flannel-nad.ts
function flannelPlugin(nad) {
  if (!nad.conf) return null;
  return pluginsOf(nad.conf).find((p) => p.plugin.type === "flannel") ?? null;
}
var flannelNads = derived("multus/flannel-nads", (m) => nadsOf(m).filter((n) => flannelPlugin(n)));

// rules/flannel/calico-coexistence.ts
var calico_coexistence_default = defineRule({
  meta: {
    id: "flannel/calico-coexistence",
    description: "With Calico as the default network and flannel as a Multus secondary network, traffic between an address of one network and an address of the other is not a supported path: each network only routes its own range.",
    severity: "info",
    remediation: "Keep each conversation on one network (management on flannel `net1`, business on Calico `eth0`) and give each its own range; do not rely on Calico policy for flannel traffic.",
    kinds: [NAD_KIND],
    messages: {
      advice: "flannel (this NAD) runs beside Calico ({{calico}}): pods reach each other over flannel only between flannel addresses and over Calico only between Calico addresses; Calico policy does not apply to the flannel interface"
    },
    docs: "Reported once, on the first flannel NAD, when the input also declares a Calico pool (IPPool, Installation or the calico-node env pool)."
  },
  check(resource, ctx) {
    const nad = nadOf(ctx.model, resource);
    if (!nad || !flannelPlugin(nad)) return;
    if (flannelNads(ctx.model)[0] !== nad) return;
    const pool = poolsOf(ctx.model).find((p) => p.cidr);
    if (!pool) return;
    ctx.report({ path: ["spec", "config"], messageId: "advice", data: { calico: `pool ${pool.cidr.text}` } });
  }
});

// rules/flannel/lib/flanneld.ts
function runs(list) {
  return Array.isArray(list) && list.some((a) => typeof a === "string" && /(^|\/)flanneld$/.test(a.trim()));
}
function flanneldArgs(resource) {
  const ps = podSpecOf(resource);
  if (!ps) return [];
  const out = [];
  const containers = ps.spec.containers;
  if (!Array.isArray(containers)) return out;
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i];
    if (!isObject(c) || !(runs(c.command) || runs(c.args))) continue;
    const argv = [];
    for (const field3 of ["command", "args"]) {
      const list = c[field3];
      if (!Array.isArray(list)) continue;
      list.forEach((a, j) => typeof a === "string" && argv.push({ text: a, path: [...ps.path, "containers", i, field3, j] }));
    }
    out.push(argv);
  }
  return out;
}

// rules/flannel/iface-args.ts
var RE2_ONLY = /\(\?[imsU]+[):]|\\[pP][A-Za-z{]|\[\[:|\\z|\\Q/;
var JS_ONLY = /\(\?<?[=!]|\\[1-9]/;
function regexProblem(pattern) {
  if (JS_ONLY.test(pattern)) return "uses lookaround or a backreference, which Go's RE2 engine does not support";
  if (RE2_ONLY.test(pattern)) return null;
  try {
    new RegExp(pattern);
    return null;
  } catch (e) {
    return (e instanceof Error ? e.message : String(e)).replace(/^Invalid regular expression: \/.*\/[a-z]*: /, "");
  }
}
var QUOTED = /^(["'])(.*)\1$/s;
var SPLIT_VALUE_FLAG = /^-{1,2}(iface|iface-regex|iface-can-reach)$/;
function reportQuoted(a, next, ctx) {
  const joined = /^(-{1,2}[\w-]+)=(.*)$/s.exec(a.text);
  const [flag, value, at] = joined ? [joined[1], joined[2], a] : SPLIT_VALUE_FLAG.test(a.text) && next ? [a.text, next.text, next] : [null, "", a];
  const q = flag === null ? null : QUOTED.exec(value);
  if (flag === null || !q) return false;
  const inner = q[2];
  const meaning = /iface-regex$/.test(flag) ? `interfaces whose name matches ${value}, quotes included` : `${value}, quotes included`;
  ctx.report({ path: at.path, messageId: "quoted", data: { flag, value, meaning, fixed: joined ? `${flag}=${inner}` : inner } });
  return true;
}
var iface_args_default = defineRule({
  meta: {
    id: "flannel/iface-args",
    description: 'flanneld\'s `--iface` / `--iface-regex` arguments must be written `--iface=eth1` (no spaces around `=`, no quotes: an args list reaches flanneld without a shell, so `--iface-regex="eth.*"` keeps its quotes and matches no interface; the same holds for every flanneld flag), a regex must compile, and when both are given `--iface` wins.',
    severity: "error",
    remediation: 'Write each flag as one argument without spaces or quotes (`--iface=eth1`, `--iface-regex=^ens[0-9]+$`; quote the whole YAML item if needed: `"--iface-regex=eth.*"`) and keep only the form you mean.',
    kinds: ["Pod", ...WORKLOAD_KINDS],
    messages: {
      spaces: 'argument "{{arg}}" has a space around "=": flanneld reads {{reading}} and fails to start',
      badRegex: '--iface-regex "{{pattern}}" is not a valid regular expression: {{error}}',
      quoted: "{{flag}} value {{value}} keeps its quotes: no shell runs an args list, so flanneld looks for {{meaning}}; write {{fixed}}",
      both: "--iface and --iface-regex are both given: flanneld tries the --iface interfaces first and uses the regex only when none of them exists"
    },
    docs: "Source: flannel `main.go` flag handling and `Documentation/configuration.md` (`--iface` is checked before `--iface-regex`, then `--iface-can-reach`). Regexes are Go RE2: lookaround and backreferences are errors; RE2-only syntax is accepted. Values in env vars (`FLANNELD_IFACE`) are not checked."
  },
  check(resource, ctx) {
    for (const argv of flanneldArgs(resource)) {
      let iface = null;
      let regex = null;
      argv.forEach((a, i) => {
        if (reportQuoted(a, argv[i + 1], ctx)) return;
        const m = /^(-{1,2})(iface-regex|iface)(?![\w-])(\s*)(=?)(\s*)(.*)$/s.exec(a.text);
        if (!m) return;
        const [, , name, before, eq, after, rest] = m;
        if (before || eq && after) {
          const reading = before ? `a flag named "${name}${before}" that does not exist` : `the value "${after}${rest}" with a leading space`;
          ctx.report({ path: a.path, messageId: "spaces", data: { arg: a.text, reading } });
          return;
        }
        const value = eq ? rest : argv[i + 1]?.text ?? "";
        if (!eq && rest) return;
        if (name === "iface") iface ??= a;
        else {
          regex ??= a;
          const problem = regexProblem(value);
          if (problem) ctx.report({ path: eq ? a.path : argv[i + 1].path, messageId: "badRegex", data: { pattern: value, error: problem } });
        }
      });
      if (iface && regex) ctx.report({ path: regex.path, messageId: "both", severity: "info" });
    }
  }
});

// rules/flannel/ip-family.ts
var SWITCHES = ["EnableIPv4", "EnableIPv6", "EnableNFTables"];
var ip_family_default = defineRule({
  meta: {
    id: "flannel/ip-family",
    description: "`EnableIPv4`, `EnableIPv6` and `EnableNFTables` must be JSON booleans, and at least one address family must stay enabled.",
    severity: "error",
    remediation: 'Write `true`/`false` without quotes; for IPv6 only, set `"EnableIPv4": false, "EnableIPv6": true` and an `IPv6Network`.',
    kinds: ["ConfigMap"],
    messages: {
      notBoolean: '"{{key}}" must be true or false (a JSON boolean, not {{what}}): flanneld fails to decode net-conf.json in every mode',
      noFamily: 'IPv4 is disabled and IPv6 is not enabled: flanneld exits with "none defined stack" in every mode'
    },
    docs: "Both subnet managers hand the decoded config to main.go, which picks the IP stack from the two switches and exits when neither is on. IPv4 is on unless `EnableIPv4` is false; IPv6 is off unless `EnableIPv6` is true. Source: flannel `pkg/subnet/config.go` `ParseConfig`, `main.go`, `pkg/ipmatch/match.go` `GetIPFamily`."
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc) return;
    for (const key of SWITCHES) {
      const k = fieldKey(fc.conf, key);
      const v = k === void 0 ? void 0 : fc.conf[k];
      if (v !== void 0 && v !== null && typeof v !== "boolean") reportIn(ctx, fc.source, [k], { messageId: "notBoolean", data: { key, what: typeof v === "string" ? `the string "${v}"` : JSON.stringify(v) } });
    }
    if (FAMILIES.every((f) => !familyEnabled(fc.conf, f))) reportIn(ctx, fc.source, [fieldKey(fc.conf, "EnableIPv4")], { messageId: "noFamily" });
  }
});

// rules/flannel/net-conf-json.ts
var net_conf_json_default = defineRule({
  meta: {
    id: "flannel/net-conf-json",
    description: "flannel's `net-conf.json` must be one JSON object; flanneld exits at start-up when it cannot parse it.",
    severity: "error",
    remediation: 'Write strict JSON: `{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}` (double-quoted keys and strings, no trailing commas).',
    kinds: ["ConfigMap"],
    messages: {
      syntax: '{{key}} is not valid JSON: {{error}}; flanneld fails with "error parsing subnet config"',
      notObject: "{{key}} must be a JSON object, not {{what}}"
    },
    docs: "Sources: flannel `pkg/subnet/config.go` `ParseConfig`, `pkg/subnet/kube/kube.go`."
  },
  check(resource, ctx) {
    const r = netConfOf(resource);
    if (!r) return;
    if (!r.ok) ctx.report({ path: r.path, span: r.span, messageId: "syntax", data: { key: NET_CONF_KEY, error: r.error } });
    else if (!isObject(r.source.value)) ctx.report({ ...r.source.at([]), messageId: "notObject", data: { key: NET_CONF_KEY, what: Array.isArray(r.source.value) ? "a list" : `a ${typeof r.source.value}` } });
  }
});

// rules/flannel/network-cidr.ts
var network_cidr_default = defineRule({
  meta: {
    id: "flannel/network-cidr",
    description: "flannel needs `Network` (an IPv4 CIDR) unless `EnableIPv4` is false, and `IPv6Network` when `EnableIPv6` is true; for the etcd subnet manager, without `SubnetLen` the network must be at least a /28 (IPv6: /124).",
    severity: "error",
    remediation: 'Set `"Network": "10.244.0.0/16"` to the cluster pod CIDR (and `"IPv6Network"` for dual stack).',
    kinds: ["ConfigMap"],
    messages: {
      missing: 'net-conf.json has no "{{key}}": flanneld fails with "please define a correct {{key}}" (etcd subnet manager) or refuses every node podCIDR (--kube-subnet-mgr)',
      invalid: '"{{key}}" {{error}}: flanneld fails to decode net-conf.json in every mode',
      family: '"{{key}}" must be an IPv{{family}} CIDR',
      tooSmall: `"{{key}}" {{cidr}} is smaller than a /{{max}}: with the default {{lenKey}} flannel has no room for per-node subnets (${ETCD_ONLY})`
    },
    docs: "A missing network fails in both subnet managers: the etcd one in `CheckNetworkConfig`, the kube one when the network does not contain the node's podCIDR. A value that is no CIDR fails `ParseConfig` in both. The minimum size is only `CheckNetworkConfig`'s (etcd manager), so it is a warning. Source: flannel `pkg/subnet/config.go`, `pkg/subnet/kube/kube.go` `AcquireLease`; `Documentation/configuration.md`."
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc) return;
    const { conf, source } = fc;
    for (const f of FAMILIES) {
      const [key, required, family, max, lenKey] = [f.network, familyEnabled(conf, f), f.v, f.maxNetworkPrefix, f.subnetLen];
      const k = fieldKey(conf, key);
      const v = k === void 0 ? void 0 : conf[k];
      if (v === void 0 || v === "") {
        if (required) reportIn(ctx, source, k ? [k] : [], { messageId: "missing", data: { key } });
        continue;
      }
      const r = typeof v === "string" ? parseCidr(v) : { ok: false, error: "must be a CIDR string" };
      if (!r.ok) reportIn(ctx, source, [k], { messageId: "invalid", data: { key, error: r.error } });
      else if (r.cidr.family !== family) reportIn(ctx, source, [k], { messageId: "family", data: { key, family } });
      else if (required && r.cidr.prefix > max && !field2(conf, lenKey)) reportIn(ctx, source, [k], { messageId: "tooSmall", severity: "warning", data: { key, cidr: v, max, lenKey } });
    }
  }
});

// rules/flannel/network-overlap.ts
var network_overlap_default = defineRule({
  meta: {
    id: "flannel/network-overlap",
    description: "flannel's `Network` must not overlap a Calico IP pool or the service CIDR: with Calico as the default network and flannel beside it (Multus), both would hand out and route the same addresses.",
    severity: "error",
    remediation: "Split the address space: e.g. cluster CIDR 10.244.0.0/16 with flannel on 10.244.0.0/17 and the Calico pool on 10.244.128.0/17, and keep both outside the service CIDR.",
    kinds: ["ConfigMap"],
    messages: {
      pool: "flannel Network {{network}} overlaps {{pool}}: Calico and flannel would assign the same pod addresses and install competing routes",
      service: "flannel Network {{network}} overlaps the service CIDR {{cidr}} ({{source}}): Service traffic to those addresses never reaches pods"
    },
    docs: "Sources: catalogue rows cluster/flannel-ippool-overlap and cluster/flannel-service-overlap (routing semantics; kube-apiserver `--service-cluster-ip-range`). Canal (Calico policy on flannel networking) declares no Calico pool and is not affected."
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc) return;
    for (const [net2, key] of [[fc.network, fc.networkKey], [fc.ipv6Network, fc.ipv6NetworkKey]]) {
      if (!net2 || !key) continue;
      for (const p of podPools(ctx.model)) {
        if (p.cidr && overlaps(net2, p.cidr)) reportIn(ctx, fc.source, [key], { messageId: "pool", data: { network: net2.text, pool: describePool(p) } });
      }
      for (const s of ctx.model.facts.serviceCIDRs) {
        const c = parseCidr(s.cidr);
        if (c.ok && overlaps(net2, c.cidr)) reportIn(ctx, fc.source, [key], { messageId: "service", data: { network: net2.text, cidr: s.cidr, source: `${s.source.what} in ${s.source.file}` } });
      }
    }
  }
});

// rules/flannel/network-pod-cidr.ts
var network_pod_cidr_default = defineRule({
  meta: {
    id: "flannel/network-pod-cidr",
    description: "With `--kube-subnet-mgr` each node's flannel subnet is its `spec.podCIDR`, cut from the cluster pod CIDR: flannel's `Network` must contain those subnets.",
    severity: "error",
    remediation: "Make `Network` equal to (or contain) the cluster pod CIDR (kubeadm `podSubnet`, kind `networking.podSubnet`, `--cluster-cidr`).",
    kinds: ["ConfigMap"],
    messages: {
      outside: `flannel Network {{network}} does not overlap the pod CIDR {{cidr}} ({{source}}): every node's podCIDR lies outside it and flanneld fails ("doesn't contain ... PodCIDR")`,
      partial: "flannel Network {{network}} covers only part of the pod CIDR {{cidr}} ({{source}}): a node whose podCIDR is allocated outside it fails to start flannel"
    },
    docs: [
      'Source: flannel `pkg/subnet/kube/kube.go` (lease = node podCIDR; "subnet ... doesn\'t contain ... PodCIDR").',
      "Severity: **error** when the pod CIDR comes from `.netlint.yaml` (`cluster.podCIDR`, which describes the linted cluster); **warning** when it comes from a manifest in the input (a kind or kubeadm config beside the flannel manifest may describe another cluster, as in flannel's own repository, whose kind config is patched by its e2e suite); **info** when `Network` lies inside the pod CIDR (works while the controller allocates node subnets from its start, as in a Calico + flannel split of one cluster CIDR)."
    ].join("\n\n")
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc) return;
    for (const [net2, key] of [[fc.network, fc.networkKey], [fc.ipv6Network, fc.ipv6NetworkKey]]) {
      if (!net2 || !key) continue;
      const facts = ctx.model.facts.podCIDRs.map((f) => ({ f, c: parseCidr(f.cidr) })).filter((x) => x.c.ok && x.c.cidr.family === net2.family);
      if (facts.length === 0 || facts.some((x) => contains(net2, x.c.cidr))) continue;
      const inside = facts.find((x) => overlaps(net2, x.c.cidr));
      const pick = inside ?? facts[0];
      const data = { network: net2.text, cidr: pick.f.cidr, source: `${pick.f.source.what} in ${pick.f.source.file}` };
      if (inside) reportIn(ctx, fc.source, [key], { messageId: "partial", data, severity: "info" });
      else reportIn(ctx, fc.source, [key], { messageId: "outside", data, severity: pick.f.source.file === ".netlint.yaml" ? "error" : "warning" });
    }
  }
});

// rules/flannel/subnet-range.ts
var subnet_range_default = defineRule({
  meta: {
    id: "flannel/subnet-range",
    description: "`SubnetMin`/`SubnetMax` (and `IPv6SubnetMin`/`IPv6SubnetMax`) must be addresses; for the etcd subnet manager they must lie inside the network, sit on a SubnetLen boundary and leave at least one subnet between them.",
    severity: "warning",
    remediation: "Leave SubnetMin/SubnetMax out (flannel uses the whole network but its first subnet), or pick the first address of a SubnetLen-sized block inside Network, SubnetMin not above SubnetMax.",
    kinds: ["ConfigMap"],
    messages: {
      notAddress: '"{{key}}" {{error}}: flanneld fails to decode net-conf.json in every mode',
      wrongFamily: '"{{key}}" must be an IPv4 address: flanneld panics ("Address is not an IPv4 address") while decoding net-conf.json, in every mode',
      outside: `"{{key}}" {{value}} is not inside {{networkKey}} {{network}}: flanneld fails with "{{key}} is not in the range of the {{networkKey}}" (${ETCD_ONLY})`,
      unaligned: `"{{key}}" {{value}} is not on a /{{len}} boundary ({{lenKey}}): flanneld fails with "{{key}} is not on a SubnetLen boundary" (${ETCD_ONLY})`,
      empty: `"{{key}}" leaves no node subnet: the lowest subnet {{min}} is above the highest {{max}}, so every lease fails with "out of subnets" (${ETCD_ONLY})`
    },
    docs: "A value that is no address fails `ParseConfig`, which both subnet managers call: an error (an IPv6 address in the IPv4 fields makes flanneld panic). Inside-network and boundary checks are `CheckNetworkConfig`'s, and an empty range makes the etcd manager's lease search find nothing; only the etcd subnet manager reads these fields, so they are warnings. Unset bounds default to the second subnet and the last subnet of the network. Checked only for an enabled address family. Source: flannel `pkg/subnet/config.go`, `pkg/ip/ipnet.go`, `pkg/subnet/etcd/local_manager.go`, `pkg/subnet/kube/kube.go`."
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (fc) for (const f of FAMILIES) checkFamily(ctx, fc, f);
  }
});
function parseBound(ctx, fc, f, key) {
  const k = fieldKey(fc.conf, key);
  if (k === void 0) return null;
  const v = fc.conf[k];
  if (v === null && f.v === 6) return null;
  const r = typeof v === "string" ? parseIpResult(v) : { ok: false, error: "must be an IP address string" };
  if (!r.ok) {
    reportIn(ctx, fc.source, [k], { messageId: "notAddress", severity: "error", data: { key, error: r.error } });
    return null;
  }
  if (f.v === 4 && r.ip.family !== 4) {
    reportIn(ctx, fc.source, [k], { messageId: "wrongFamily", severity: "error", data: { key } });
    return null;
  }
  return r.ip.value === 0n ? null : { key, k, ip: r.ip };
}
function checkFamily(ctx, fc, f) {
  const min = parseBound(ctx, fc, f, f.subnetMin);
  const max = parseBound(ctx, fc, f, f.subnetMax);
  const net2 = familyNetwork(fc, f);
  const set2 = [min, max].filter((b) => b !== null);
  if (!set2.length || !net2 || !familyEnabled(fc.conf, f)) return;
  const data = (b) => ({ key: b.key, value: formatIp(b.ip), networkKey: f.network, network: net2.text, lenKey: f.subnetLen });
  const outside = set2.filter((b) => !containsIp(net2, b.ip));
  for (const b of outside) reportIn(ctx, fc.source, [b.k], { messageId: "outside", data: data(b) });
  const len = effectiveSubnetLen(fc, f);
  if (outside.length || len === null) return;
  const step = 1n << BigInt(f.bits - len);
  const unaligned = set2.filter((b) => b.ip.value % step !== 0n);
  for (const b of unaligned) reportIn(ctx, fc.source, [b.k], { messageId: "unaligned", data: { ...data(b), len } });
  if (unaligned.length) return;
  const { lo, hi } = cidrBounds(net2);
  const first = min?.ip.value ?? lo + step;
  const last = max?.ip.value ?? hi + 1n - step;
  if (first <= last) return;
  const at = min ?? max;
  reportIn(ctx, fc.source, [at.k], { messageId: "empty", data: { key: at.key, min: formatIp({ family: f.v, value: first }), max: formatIp({ family: f.v, value: last }) } });
}

// rules/flannel/subnetlen.ts
var subnetlen_default = defineRule({
  meta: {
    id: "flannel/subnetlen",
    description: "`SubnetLen` (per-node subnet size) must be a non-negative integer; for the etcd subnet manager it must also be at most 30 and at least the Network prefix + 2 (`IPv6SubnetLen`: at most 126, at least the IPv6Network prefix + 2).",
    severity: "error",
    remediation: "Leave `SubnetLen` out (default 24, or prefix + 2 for small networks) or pick a value between the Network prefix + 2 and 30.",
    kinds: ["ConfigMap"],
    messages: {
      notNumber: '"{{key}}" must be a non-negative whole number: flanneld fails to decode net-conf.json in every mode',
      tooLong: `"{{key}}" {{len}} leaves no room for pods: the maximum is {{max}} (${ETCD_ONLY})`,
      tooShort: `"{{key}}" {{len}} is too short for the network /{{prefix}}: it must be at least {{min}} (at least four node subnets; ${ETCD_ONLY})`
    },
    docs: "A value that is not a non-negative integer fails `ParseConfig` (a Go `uint`), which both subnet managers call: an error. The bounds are `CheckNetworkConfig`'s, which only the etcd subnet manager runs; with `--kube-subnet-mgr` the node subnet is the Node's `spec.podCIDR` (kube-controller-manager `--node-cidr-mask-size`), so they are warnings. The bounds apply only to an enabled address family. Source: flannel `pkg/subnet/config.go`, `pkg/subnet/kube/kube.go`."
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc) return;
    for (const f of FAMILIES) {
      const key = f.subnetLen;
      const k = fieldKey(fc.conf, key);
      if (k === void 0) continue;
      const len = fc.conf[k];
      if (!isUint(len)) {
        reportIn(ctx, fc.source, [k], { messageId: "notNumber", data: { key } });
        continue;
      }
      const net2 = familyNetwork(fc, f);
      if (len === 0 || !familyEnabled(fc.conf, f)) continue;
      if (len > f.maxSubnetLen) reportIn(ctx, fc.source, [k], { messageId: "tooLong", severity: "warning", data: { key, len, max: f.maxSubnetLen } });
      else if (net2 && len < net2.prefix + 2) reportIn(ctx, fc.source, [k], { messageId: "tooShort", severity: "warning", data: { key, len, prefix: net2.prefix, min: net2.prefix + 2 } });
    }
  }
});

// rules/flannel/vxlan-mtu.ts
var VXLAN_OVERHEAD = 50;
var vxlan_mtu_default = defineRule({
  meta: {
    id: "flannel/vxlan-mtu",
    description: "flannel's vxlan MTU is the physical MTU minus 50 (1450 on a 1500-byte network); an explicit `Backend.MTU` above that drops large packets.",
    severity: "error",
    remediation: "Leave `Backend.MTU` out (flannel derives it from the interface) or set it to the physical MTU minus 50.",
    kinds: ["ConfigMap"],
    messages: {
      tooLarge: "vxlan MTU {{mtu}} exceeds the physical MTU {{physical}} minus the 50-byte VXLAN overhead ({{max}}): packets larger than {{max}} bytes are dropped or fragmented"
    },
    docs: "Only checked when `.netlint.yaml` gives `cluster.physicalMTU`: 1450 is right for a 1500-byte underlay and too small (but working) for jumbo frames, so netlint never flags 1450 by itself. Sources: flannel `Documentation/backends.md` (vxlan MTU), Calico docs `mtu.mdx` (VXLAN over IPv4: 50 bytes)."
  },
  check(resource, ctx) {
    const physical = ctx.model.facts.physicalMTU;
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc || physical === null || fc.backendType?.toLowerCase() !== "vxlan") return;
    const bk = fieldKey(fc.conf, "Backend");
    const backend = fc.conf[bk];
    if (!isObject(backend)) return;
    const mk = fieldKey(backend, "MTU");
    const mtu = mk === void 0 ? void 0 : backend[mk];
    const max = physical - VXLAN_OVERHEAD;
    if (typeof mtu === "number" && mtu > max) reportIn(ctx, fc.source, [bk, mk], { messageId: "tooLarge", data: { mtu, physical, max } });
  }
});

// rules/flannel/index.ts
var flannelRules = [backend_fields_default, backend_missing_default, backend_type_default, calico_coexistence_default, iface_args_default, ip_family_default, net_conf_json_default, network_cidr_default, network_overlap_default, network_pod_cidr_default, subnet_range_default, subnetlen_default, vxlan_mtu_default];

// rules/multus/lib/annotation.ts
var NETWORKS_ANNOTATION = "k8s.v1.cni.cncf.io/networks";
var DEFAULT_NETWORK_ANNOTATION = "v1.multus-cni.io/default-network";
var DNS1123_LABEL3 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var FIELD_TYPES = {
  name: "string",
  namespace: "string",
  interface: "string",
  interfacerequest: "string",
  ips: "stringList",
  mac: "string",
  "infiniband-guid": "string",
  deviceid: "string",
  "default-route": "stringList",
  portmappings: "objectList",
  bandwidth: "object",
  "cni-args": "object",
  "ipam-claim-reference": "string"
};
var MAC = /^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$|^([0-9A-Fa-f]{2}[:-]){19}[0-9A-Fa-f]{2}$|^([0-9A-Fa-f]{4}\.){2}[0-9A-Fa-f]{4}$/;
function parseNetworksAnnotation(value, parseAddress) {
  if (/[[{"]/.test(value)) return parseJsonForm(value, parseAddress);
  return parseTextForm(value);
}
function parseTextForm(value) {
  const out = { form: "text", selections: [], problems: [] };
  if (value.trim() === "") {
    out.problems.push({ messageId: "empty", data: {}, span: { start: 0, end: value.length } });
    return out;
  }
  let offset = 0;
  value.split(",").forEach((raw, index) => {
    const lead = raw.length - raw.trimStart().length;
    const item = raw.trim();
    const start = offset + lead;
    const span = { start, end: start + item.length };
    offset += raw.length + 1;
    if (item === "") {
      out.problems.push({ messageId: "emptyItem", data: { index: index + 1 }, span: { start: Math.max(0, offset - 2), end: offset - 1 } });
      return;
    }
    const slashes = item.split("/");
    if (slashes.length > 2) {
      const second = item.indexOf("/", item.indexOf("/") + 1);
      out.problems.push({ messageId: "tooManySlashes", data: { item }, span: { start: start + second, end: start + second + 1 } });
      return;
    }
    const namespace = slashes.length === 2 ? slashes[0] : null;
    const rest = slashes[slashes.length - 1];
    const restStart = start + (namespace === null ? 0 : namespace.length + 1);
    const ats = rest.split("@");
    if (ats.length > 2) {
      const second = rest.indexOf("@", rest.indexOf("@") + 1);
      out.problems.push({ messageId: "tooManyAts", data: { item }, span: { start: restStart + second, end: restStart + second + 1 } });
      return;
    }
    const name = ats[0];
    const iface = ats.length === 2 ? ats[1] : null;
    const namespaceSpan = namespace === null ? null : { start, end: start + namespace.length };
    const nameSpan = { start: restStart, end: restStart + name.length };
    const interfaceSpan = iface === null ? null : { start: nameSpan.end + 1, end: nameSpan.end + 1 + iface.length };
    let ok = true;
    if (namespace !== null && namespace !== "" && !DNS1123_LABEL3.test(namespace)) {
      out.problems.push({ messageId: "badNamespace", data: { namespace }, span: namespaceSpan });
      ok = false;
    }
    if (name !== "" && !DNS1123_LABEL3.test(name)) {
      out.problems.push({ messageId: "badName", data: { name }, span: nameSpan });
      ok = false;
    }
    if (!ok) return;
    out.selections.push({
      index: out.selections.length,
      name,
      namespace: namespace === "" ? null : namespace,
      interface: iface,
      span,
      nameSpan,
      namespaceSpan,
      interfaceSpan,
      element: null,
      spanOf: () => span
    });
  });
  return out;
}
function jsonType(v) {
  return Array.isArray(v) ? "a list" : v === null ? "null" : `a ${typeof v}`;
}
function parseJsonForm(value, parseAddress) {
  const out = { form: "json", selections: [], problems: [] };
  const parsed = parseJson(value);
  if (!parsed.ok) {
    out.problems.push({ messageId: "jsonSyntax", data: { error: parsed.error }, span: { start: parsed.offset, end: parsed.offset + 1 } });
    return out;
  }
  if (!Array.isArray(parsed.value)) {
    out.problems.push({ messageId: "jsonNotList", data: { what: jsonType(parsed.value) }, span: parsed.locate([]) });
    return out;
  }
  parsed.value.forEach((el, i) => {
    if (!isObject(el)) {
      out.problems.push({ messageId: "elementNotObject", data: { index: i, what: jsonType(el) }, span: parsed.locate([i]) });
      return;
    }
    const field3 = (k) => Object.keys(el).find((key) => key.toLowerCase() === k);
    let ok = true;
    for (const [key, v] of Object.entries(el)) {
      const type = FIELD_TYPES[key.toLowerCase()];
      if (!type) {
        out.problems.push({ messageId: "unknownKey", data: { key, hint: key.toLowerCase() === "gateway" ? ' (the default route is requested with "default-route")' : "" }, span: parsed.locateKey([i, key]) });
        continue;
      }
      const good = v === null || type === "string" && typeof v === "string" || type === "stringList" && Array.isArray(v) && v.every((x) => typeof x === "string") || type === "objectList" && Array.isArray(v) && v.every(isObject) || type === "object" && isObject(v);
      if (!good) {
        out.problems.push({ messageId: "wrongType", data: { key, expected: type === "stringList" ? "a list of strings" : type === "objectList" ? "a list of objects" : `a ${type}`, what: jsonType(v) }, span: parsed.locate([i, key]) });
        ok = false;
      }
    }
    const nameKey = field3("name");
    const name = nameKey ? el[nameKey] : void 0;
    if (typeof name !== "string" || name === "") {
      if (ok) out.problems.push({ messageId: "missingName", data: { index: i }, span: parsed.locate(nameKey ? [i, nameKey] : [i]) });
      return;
    }
    for (const k of ["ips", "default-route"]) {
      const key = field3(k);
      if (!key || !Array.isArray(el[key])) continue;
      el[key].forEach((ip2, j) => {
        if (typeof ip2 === "string" && !parseAddress(ip2)) out.problems.push({ messageId: "badIp", data: { key, ip: ip2 }, span: parsed.locate([i, key, j]) });
      });
    }
    const macKey = field3("mac");
    if (macKey && typeof el[macKey] === "string" && !MAC.test(el[macKey])) {
      out.problems.push({ messageId: "badMac", data: { mac: el[macKey] }, span: parsed.locate([i, macKey]) });
    }
    if (!ok) return;
    const nsKey = field3("namespace");
    const ifKey = field3("interface") ?? field3("interfacerequest");
    const str = (k) => k && typeof el[k] === "string" && el[k] !== "" ? el[k] : null;
    out.selections.push({
      index: out.selections.length,
      name,
      namespace: str(nsKey),
      interface: str(ifKey),
      get span() {
        return parsed.locate([i]);
      },
      get nameSpan() {
        return parsed.locate([i, nameKey]);
      },
      get namespaceSpan() {
        return str(nsKey) ? parsed.locate([i, nsKey]) : null;
      },
      get interfaceSpan() {
        return str(ifKey) ? parsed.locate([i, ifKey]) : null;
      },
      element: el,
      spanOf: (k) => parsed.locate([i, ...Array.isArray(k) ? k : [field3(k) ?? k]])
    });
  });
  return out;
}
var podAnnotationsCache = /* @__PURE__ */ new WeakMap();
function podAnnotations(resource) {
  let found = podAnnotationsCache.get(resource);
  if (found === void 0) podAnnotationsCache.set(resource, found = computePodAnnotations(resource));
  return found;
}
function computePodAnnotations(resource) {
  const md = podMetadataOf(resource);
  const spec = podSpecOf(resource);
  if (!md || !spec) return null;
  return {
    annotations: asObject(md.metadata.annotations),
    path: extended(md.path, "annotations"),
    hostNetwork: spec.spec.hostNetwork === true,
    hostNetworkPath: extended(spec.path, "hostNetwork"),
    namespace: resource.namespace
  };
}
var extensions = /* @__PURE__ */ new WeakMap();
function extended(path, key) {
  let byKey = extensions.get(path);
  if (!byKey) extensions.set(path, byKey = /* @__PURE__ */ new Map());
  let found = byKey.get(key);
  if (!found) byKey.set(key, found = Object.freeze([...path, key]));
  return found;
}

// rules/multus/lib/messages.ts
var ANNOTATION_MESSAGES = {
  empty: "{{annotation}} is empty",
  emptyItem: "item {{index}} of {{annotation}} is empty (a stray comma): Multus looks up a network with an empty name and the pod never starts",
  tooManySlashes: '"{{item}}" has more than one "/": write [namespace/]name[@interface]',
  tooManyAts: '"{{item}}" has more than one "@": write [namespace/]name[@interface]',
  badNamespace: 'namespace "{{namespace}}" is not a DNS-1123 label (lower-case letters, digits and "-")',
  badName: 'network name "{{name}}" is not a DNS-1123 label (lower-case letters, digits and "-"); Multus rejects it',
  jsonSyntax: "{{annotation}} starts a JSON value but is not valid JSON: {{error}}",
  jsonNotList: "{{annotation}} JSON must be a list of network selection objects, not {{what}} (wrap it in [ ])",
  elementNotObject: 'element {{index}} must be an object such as {"name": "macvlan-conf"}, not {{what}}',
  missingName: 'element {{index}} has no "name": Multus cannot tell which NetworkAttachmentDefinition to use',
  wrongType: '"{{key}}" must be {{expected}}, not {{what}}: Multus cannot decode the annotation and the pod never starts',
  unknownKey: 'unknown key "{{key}}" is silently ignored by Multus{{hint}}',
  badIp: '"{{key}}" entry "{{ip}}" is not an IP address or CIDR',
  badMac: 'mac "{{mac}}" is not a MAC address'
};
function isAddress(s) {
  return parseIp(s) !== null || parseCidr(s).ok;
}
function reportProblems(ctx, parsed, path, annotation) {
  for (const p of parsed.problems) {
    ctx.report({ path, span: p.span, messageId: p.messageId, data: { ...p.data, annotation }, ...p.messageId === "unknownKey" ? { severity: "warning" } : {} });
  }
}
var annotationsByKey = /* @__PURE__ */ new Map();
var parsesByText = derived("multus/annotation-parses", () => /* @__PURE__ */ new Map());
function annotationOf(model, resource, key) {
  let byResource = annotationsByKey.get(key);
  if (!byResource) annotationsByKey.set(key, byResource = /* @__PURE__ */ new WeakMap());
  let found = byResource.get(resource);
  if (found === void 0) byResource.set(resource, found = computeAnnotation(model, resource, key));
  return found;
}
function computeAnnotation(model, resource, key) {
  const pod = podAnnotations(resource);
  const value = pod?.annotations[key];
  if (!pod || typeof value !== "string") return null;
  const parses = parsesByText(model);
  let parsed = parses.get(value);
  if (!parsed) parses.set(value, parsed = parseNetworksAnnotation(value, isAddress));
  return { parsed, path: [...pod.path, key], pod, value };
}

// rules/multus/default-network-annotation.ts
var default_network_annotation_default = defineRule({
  meta: {
    id: "multus/default-network-annotation",
    description: "The `v1.multus-cni.io/default-network` annotation replaces the pod's cluster network: it must parse and name exactly one network.",
    severity: "error",
    remediation: "Name one NetworkAttachmentDefinition, qualified with its namespace: `v1.multus-cni.io/default-network: infra/flannel-default`.",
    kinds: POD_KINDS,
    messages: {
      ...ANNOTATION_MESSAGES,
      notOne: "{{annotation}} names {{count}} networks; Multus accepts exactly one default network"
    },
    docs: "Source: Multus k8sclient.go `tryLoadK8sPodDefaultNetwork` (\"should be only one network\"). An unqualified name is looked up in Multus' own namespace (`multusNamespace`, default kube-system), not in the pod's: see `multus/nad-missing`."
  },
  check(resource, ctx) {
    const a = annotationOf(ctx.model, resource, DEFAULT_NETWORK_ANNOTATION);
    if (!a) return;
    reportProblems(ctx, a.parsed, a.path, DEFAULT_NETWORK_ANNOTATION);
    const n = a.parsed.selections.length;
    if (n > 1) ctx.report({ path: a.path, span: a.parsed.selections[1].span, messageId: "notOne", data: { annotation: DEFAULT_NETWORK_ANNOTATION, count: n } });
  }
});

// rules/multus/duplicate-interface.ts
var duplicate_interface_default = defineRule({
  meta: {
    id: "multus/duplicate-interface",
    description: "Every attachment in `k8s.v1.cni.cncf.io/networks` needs its own interface: no name twice, not `eth0` (the cluster network), and not the `netN` name Multus gives the N-th attachment that names none.",
    severity: "error",
    remediation: "Give each attachment a distinct interface (`a@net1, b@net2`) or let Multus number them all.",
    kinds: POD_KINDS,
    messages: {
      twice: 'interface "{{name}}" is already used by attachment {{first}} ({{firstNetwork}}); Multus fails with "interface name {{name}} already exists"',
      primary: 'interface "eth0" belongs to the cluster (default) network; a second network cannot take it',
      auto: 'interface "{{name}}" is the name Multus gives attachment {{position}} ({{network}}), which requests none; the two clash'
    },
    docs: "Multus names an attachment without an interface `net<position>` (1-based, counting every attachment), and the cluster network keeps `eth0` (multus.go `getIfname`, `validateIfName`)."
  },
  check(resource, ctx) {
    const a = annotationOf(ctx.model, resource, NETWORKS_ANNOTATION);
    if (!a) return;
    const sels = a.parsed.selections;
    const holders = /* @__PURE__ */ new Map();
    sels.forEach((s, i) => {
      const name = s.interface ? s.interface : `net${i + 1}`;
      const list = holders.get(name);
      if (!list) holders.set(name, [i]);
      else if (list.length < 2) list.push(i);
    });
    sels.forEach((s, i) => {
      if (!s.interface) return;
      const at = { path: a.path, span: s.interfaceSpan };
      if (s.interface === "eth0") {
        ctx.report({ ...at, messageId: "primary" });
        return;
      }
      const j = holders.get(s.interface).find((k) => k !== i);
      if (j === void 0) return;
      if (sels[j].interface) {
        if (j < i) ctx.report({ ...at, messageId: "twice", data: { name: s.interface, first: j + 1, firstNetwork: sels[j].name } });
      } else ctx.report({ ...at, messageId: "auto", data: { name: s.interface, position: j + 1, network: sels[j].name } });
    });
  }
});

// rules/multus/duplicate-network.ts
var duplicate_network_default = defineRule({
  meta: {
    id: "multus/duplicate-network",
    description: "The same network attached twice to one pod gives two interfaces in one subnet (replies leave by either); attach it once, or name both interfaces to show it is intended.",
    severity: "warning",
    remediation: "Remove the repeated entry, or request distinct interfaces for each copy (`net-a@data0, net-a@data1`).",
    kinds: POD_KINDS,
    messages: {
      twice: 'network "{{network}}" is already attached by entry {{first}}; a second copy without distinct, named interfaces is usually a copy-paste slip and gives two interfaces in one subnet'
    },
    docs: "Entries that request distinct interface names are taken as intended and not reported; entries that request the same interface are `multus/duplicate-interface`."
  },
  check(resource, ctx) {
    const a = annotationOf(ctx.model, resource, NETWORKS_ANNOTATION);
    if (!a) return;
    const ns = (n) => n ?? a.pod.namespace ?? "";
    const first = /* @__PURE__ */ new Map();
    a.parsed.selections.forEach((s, i) => {
      const key = `${ns(s.namespace)}/${s.name}`;
      const j = first.get(key);
      if (j === void 0) {
        first.set(key, i);
        return;
      }
      const o = a.parsed.selections[j];
      if (o.interface && s.interface) return;
      ctx.report({ path: a.path, span: s.span, messageId: "twice", data: { network: s.namespace ? `${s.namespace}/${s.name}` : s.name, first: j + 1 } });
    });
  }
});

// rules/multus/flannel-delegate.ts
var flannel_delegate_default = defineRule({
  meta: {
    id: "multus/flannel-delegate",
    description: "In a flannel CNI config, `delegate` must be an object without `name` or `ipam` (flannel sets both from /run/flannel/subnet.env), and its `type` must be a string.",
    severity: "error",
    remediation: "Remove `name` and `ipam` from `delegate`; set the network's addresses in flannel's `net-conf.json` instead.",
    kinds: [NAD_KIND],
    messages: {
      notObject: '"delegate" must be an object (the config flannel hands to the bridge plugin)',
      forbidden: `"delegate" must not have "{{key}}": flannel sets it and rejects the config ("'delegate' dictionary must not have '{{key}}' field")`,
      typeNotString: '"delegate.type" must be a string such as "bridge"'
    },
    docs: "Source: flannel-io/cni-plugin `flannel.go` `cmdAdd`. The delegate defaults to the bridge plugin with `isGateway: true`, the MTU and masquerading from subnet.env."
  },
  check(resource, ctx) {
    const nad = nadOf(ctx.model, resource);
    const f = nad && flannelPlugin(nad);
    if (!nad || !f || !nad.config?.ok) return;
    const src = nad.config.source;
    const d = f.plugin.delegate;
    if (d === void 0) return;
    if (!isObject(d)) {
      reportIn(ctx, src, [...f.path, "delegate"], { messageId: "notObject" });
      return;
    }
    for (const key of ["name", "ipam"]) if (key in d) reportIn(ctx, src, [...f.path, "delegate", key], { messageId: "forbidden", data: { key } });
    if ("type" in d && typeof d.type !== "string") reportIn(ctx, src, [...f.path, "delegate", "type"], { messageId: "typeNotString" });
  }
});

// rules/multus/flannel-nad-names.ts
var flannel_nad_names_default = defineRule({
  meta: {
    id: "multus/flannel-nad-names",
    description: "All flannel NetworkAttachmentDefinitions must use one CNI network `name`: each name gets its own host-local store over the same node subnet, so two names hand out the same addresses.",
    severity: "error",
    remediation: 'Set the same `"name"` in the `spec.config` of every flannel NAD (e.g. `"name": "flannel-secondary"`), whatever the NADs themselves are called.',
    kinds: [NAD_KIND],
    messages: {
      differs: `flannel network name "{{name}}" differs from "{{first}}" used by NAD {{other}}: both allocate from the node's flannel subnet in separate stores and give two pods the same address`
    },
    docs: "flannel's CNI plugin delegates to host-local with the node's subnet from /run/flannel/subnet.env; host-local keeps its allocations under /var/lib/cni/networks/<network name>. Without a `name` in the config Multus uses the NAD name. Sources: flannel-io/cni-plugin `flannel_linux.go`; containernetworking/plugins host-local `disk` store."
  },
  check(resource, ctx) {
    const nad = nadOf(ctx.model, resource);
    if (!nad || !flannelPlugin(nad) || !nad.config?.ok) return;
    const first = flannelNads(ctx.model)[0];
    if (first === nad || first.networkName === nad.networkName) return;
    const other = `${first.namespace ? `${first.namespace}/` : ""}${first.name}`;
    reportIn(ctx, nad.config.source, nad.conf && typeof nad.conf.name === "string" ? ["name"] : [], { messageId: "differs", data: { name: nad.networkName, first: first.networkName, other } });
  }
});

// rules/multus/hostnetwork-annotation.ts
var hostnetwork_annotation_default = defineRule({
  meta: {
    id: "multus/hostnetwork-annotation",
    description: "Multus network annotations on a `hostNetwork: true` pod do nothing: the kubelet calls no CNI plugin for host-network pods.",
    severity: "warning",
    remediation: "Drop `hostNetwork: true` if the pod needs the extra interfaces, or drop the annotation.",
    kinds: POD_KINDS,
    messages: { ignored: "{{annotation}} is ignored: this pod uses the host network, so no CNI plugin (and no Multus) runs for it" },
    docs: "Source: multus-cni issue #1091 (maintainers: host-network pods are outside CNI)."
  },
  check(resource, ctx) {
    const pod = podAnnotations(resource);
    if (!pod || !pod.hostNetwork) return;
    for (const annotation of [NETWORKS_ANNOTATION, DEFAULT_NETWORK_ANNOTATION]) {
      if (typeof pod.annotations[annotation] === "string") ctx.report({ path: [...pod.path, annotation], messageId: "ignored", data: { annotation } });
    }
  }
});

// rules/multus/interface-name.ts
var DNS1123_LABEL4 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var interface_name_default = defineRule({
  meta: {
    id: "multus/interface-name",
    description: "An interface requested in `k8s.v1.cni.cncf.io/networks` must be a valid Linux interface name: at most 15 bytes, no whitespace, no `/`.",
    severity: "error",
    remediation: "Use a short name such as `net1` or `mgmt0` (lower-case letters, digits and `-` work everywhere).",
    kinds: POD_KINDS,
    messages: {
      tooLong: 'interface "{{name}}" is {{bytes}} bytes; Linux allows at most 15 (IFNAMSIZ - 1) and the pod fails to start',
      badChar: 'interface "{{name}}" contains {{what}}; Linux and Multus reject it',
      notPortable: 'interface "{{name}}" is not a DNS-1123 label: Multus accepts it, but tools built on the NetworkAttachmentDefinition client library reject it'
    },
    docs: "Sources: Multus k8sclient.go `parsePodNetworkObjectName` (tests reject `myIfc Name` and `very_long_interface_name`); the NAD client library `parsePodNetworkObjectText` additionally requires a DNS-1123 label, reported as a warning."
  },
  check(resource, ctx) {
    const a = annotationOf(ctx.model, resource, NETWORKS_ANNOTATION);
    if (!a) return;
    for (const s of a.parsed.selections) {
      if (s.interface === null || s.interface === "") continue;
      const name = s.interface;
      const at = { path: a.path, span: s.interfaceSpan };
      const bytes = new TextEncoder().encode(name).length;
      if (bytes > 15) ctx.report({ ...at, messageId: "tooLong", data: { name, bytes } });
      else if (/\s/.test(name)) ctx.report({ ...at, messageId: "badChar", data: { name, what: "whitespace" } });
      else if (name.includes("/")) ctx.report({ ...at, messageId: "badChar", data: { name, what: '"/"' } });
      else if (name === "." || name === "..") ctx.report({ ...at, messageId: "badChar", data: { name, what: "only dots" } });
      else if (!DNS1123_LABEL4.test(name)) ctx.report({ ...at, messageId: "notPortable", data: { name }, severity: "warning" });
    }
  }
});

// rules/multus/nad-config.ts
var nad_config_default = defineRule({
  meta: {
    id: "multus/nad-config",
    description: "A NetworkAttachmentDefinition's `spec.config` must be a CNI config in JSON: an object with `cniVersion` and either `type` (one plugin) or `plugins` (a list).",
    severity: "error",
    remediation: 'Write `spec.config` as JSON, e.g. `{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "host-local", "subnet": "10.10.0.0/24"}}`; `name` may be left out (Multus uses the NAD name).',
    kinds: [NAD_KIND],
    messages: {
      ...PLUGIN_MESSAGES,
      noConfig: 'the NAD has no spec.config: Multus then looks for a file named "{{name}}" in its conf dir (/etc/cni/multus/net.d) on every node',
      notString: "spec.config must be a string holding JSON",
      syntax: "spec.config is not valid JSON: {{error}}",
      notObject: "spec.config must be a JSON object, not {{what}}",
      noVersion: 'spec.config has no cniVersion: CNI reads it as 0.1.0, and a plugin that no longer supports that version fails with "incompatible CNI versions"',
      badVersion: 'cniVersion "{{version}}" is not a CNI spec version ({{known}})'
    },
    docs: "Sources: NAD client `GetCNIConfigFromSpec`, Multus `LoadDelegateNetConf` / `LoadDelegateNetConfList`; CNI `SPEC.md`. A missing spec.config is a warning (the file fallback works when the file is installed on every node) and a missing cniVersion a warning; the rest stops the pod from starting."
  },
  check(resource, ctx) {
    const nad = nadOf(ctx.model, resource);
    if (!nad) return;
    const raw = resource.value.spec?.config;
    if (raw === void 0 || raw === null || raw === "") {
      ctx.report({ path: ["spec"], messageId: "noConfig", data: { name: resource.name }, severity: "warning" });
      return;
    }
    if (typeof raw !== "string") {
      ctx.report({ path: ["spec", "config"], messageId: "notString" });
      return;
    }
    const c = nad.config;
    if (!c.ok) {
      ctx.report({ path: c.path, span: c.span, messageId: "syntax", data: { error: c.error } });
      return;
    }
    const src = c.source;
    if (!nad.conf) {
      reportIn(ctx, src, [], { messageId: "notObject", data: { what: Array.isArray(src.value) ? "a list" : `a ${typeof src.value}` } });
      return;
    }
    const conf = nad.conf;
    if (conf.cniVersion === void 0) reportIn(ctx, src, [], { messageId: "noVersion", severity: "warning" });
    else if (typeof conf.cniVersion !== "string" || !CNI_VERSIONS.includes(conf.cniVersion)) {
      reportIn(ctx, src, ["cniVersion"], { messageId: "badVersion", data: { version: String(conf.cniVersion), known: CNI_VERSIONS.join(", ") } });
    }
    for (const p of shapeProblems(conf, "any")) reportIn(ctx, src, p.path, { messageId: p.messageId, data: p.data });
  }
});

// rules/multus/lib/ipam.ts
function cidrRange(c) {
  return cidrBounds(c);
}
function rangesOverlap(a, b) {
  return a.family === b.family && a.lo <= b.hi && b.lo <= a.hi;
}
function subnetRange(subnet, start, end, path) {
  if (typeof subnet !== "string") return null;
  const c = parseCidr(subnet.trim());
  if (!c.ok) return null;
  const r = cidrRange(c.cidr);
  const s = typeof start === "string" ? parseIp(start) : null;
  const e = typeof end === "string" ? parseIp(end) : null;
  const lo = s && s.family === r.family && s.value >= r.lo && s.value <= r.hi ? s.value : r.lo;
  const hi = e && e.family === r.family && e.value >= lo && e.value <= r.hi ? e.value : r.hi;
  const text = lo === r.lo && hi === r.hi ? subnet : `${formatIp({ family: r.family, value: lo })}-${formatIp({ family: r.family, value: hi })}`;
  return { family: r.family, lo, hi, text, path };
}
function ipamRanges(conf) {
  const out = [];
  for (const { plugin, path } of pluginsOf(conf)) {
    const ipam = asObject(plugin.ipam);
    const base = [...path, "ipam"];
    const push = (r) => r && out.push(r);
    if (ipam.subnet !== void 0) push(subnetRange(ipam.subnet, ipam.rangeStart, ipam.rangeEnd, [...base, "subnet"]));
    asArray(ipam.ranges).forEach(
      (set2, i) => asArray(set2).forEach((r, j) => {
        if (isObject(r)) push(subnetRange(r.subnet, r.rangeStart, r.rangeEnd, [...base, "ranges", i, j, "subnet"]));
      })
    );
    if (typeof ipam.range === "string" && ipam.range.includes("/")) push(subnetRange(ipam.range, ipam.range_start, ipam.range_end, [...base, "range"]));
    asArray(ipam.addresses).forEach((a, i) => {
      const addr = asObject(a).address;
      if (typeof addr !== "string") return;
      const ip2 = parseIp(addr.split("/")[0]);
      if (ip2) out.push({ family: ip2.family, lo: ip2.value, hi: ip2.value, text: addr.split("/")[0], path: [...base, "addresses", i, "address"] });
    });
  }
  return out;
}

// rules/multus/nad-ipam-overlap.ts
function otherNadOverlaps(model) {
  return model.memo("multus/nad-range-overlaps", (m) => {
    const entries = nadsOf(m).flatMap((nad) => nad.conf ? ipamRanges(nad.conf).map((range) => ({ range, item: { nad, range } })) : []);
    const first = new IntervalIndex(entries).firstOverlappingOther((e) => e.nad);
    const byNad = /* @__PURE__ */ new Map();
    entries.forEach((e, i) => {
      const list = byNad.get(e.item.nad) ?? [];
      list.push(first[i]);
      byNad.set(e.item.nad, list);
    });
    return byNad;
  });
}
var nad_ipam_overlap_default = defineRule({
  meta: {
    id: "multus/nad-ipam-overlap",
    description: "Addresses a NetworkAttachmentDefinition's IPAM hands out must not overlap the cluster pod CIDR, the service CIDR or a Calico IP pool, and should not overlap another NAD's range.",
    severity: "error",
    remediation: "Give the secondary network its own range outside the pod, service and Calico pool CIDRs (e.g. `10.10.0.0/24`), and split shared subnets between NADs with `rangeStart` / `rangeEnd`.",
    kinds: [NAD_KIND],
    messages: {
      cluster: "{{range}} overlaps the {{what}} {{cidr}} ({{source}}): pods get addresses the cluster already routes elsewhere, and traffic to them goes out the wrong interface",
      pool: "{{range}} overlaps {{pool}}: the same addresses are handed out twice, by Calico and by this NAD",
      otherNad: "{{range}} overlaps NAD {{other}} ({{otherRange}}): two IPAM stores hand out the same addresses, duplicates on one L2 segment"
    },
    docs: "Ranges are host-local `subnet` / `ranges` narrowed by `rangeStart` / `rangeEnd`, whereabouts `range` (with `range_start` / `range_end`) and static `addresses`. NAD-to-NAD overlaps are warnings: two NADs on separate physical networks may reuse a range. Pod and service CIDRs come from the cluster facts (kind / kubeadm config, controller-manager flags, `.netlint.yaml`)."
  },
  check(resource, ctx) {
    const nad = nadOf(ctx.model, resource);
    if (!nad?.conf || !nad.config?.ok) return;
    const src = nad.config.source;
    const facts = ctx.model.facts;
    const overlaps3 = otherNadOverlaps(ctx.model).get(nad) ?? [];
    for (const [i, r] of ipamRanges(nad.conf).entries()) {
      let reported = false;
      for (const [what, list] of [["pod CIDR", facts.podCIDRs], ["service CIDR", facts.serviceCIDRs]]) {
        for (const f of list) {
          const c = parseCidr(f.cidr);
          if (reported || !c.ok || !rangesOverlap(r, cidrRange(c.cidr))) continue;
          reportIn(ctx, src, r.path, { messageId: "cluster", data: { range: r.text, what, cidr: f.cidr, source: `${f.source.what} in ${f.source.file}` } });
          reported = true;
        }
      }
      const pool = podPoolsOverlapping(ctx.model, r)[0];
      if (pool && !reported) {
        reportIn(ctx, src, r.path, { messageId: "pool", data: { range: r.text, pool: describePool(pool) } });
        reported = true;
      }
      if (reported) continue;
      const hit = overlaps3[i];
      if (hit) {
        const other = hit.nad;
        const name = `${other.namespace ? `${other.namespace}/` : ""}${other.name}`;
        reportIn(ctx, src, r.path, { messageId: "otherNad", data: { range: r.text, other: name, otherRange: hit.range.text }, severity: "warning" });
      }
    }
  }
});

// rules/multus/nad-missing.ts
var nad_missing_default = defineRule({
  meta: {
    id: "multus/nad-missing",
    description: "A network a pod asks for must exist as a NetworkAttachmentDefinition in the namespace Multus looks in (the pod's, the one written before `/`, or for `default-network` Multus' own namespace).",
    severity: "error",
    remediation: "Create the NetworkAttachmentDefinition in that namespace, or qualify the reference with the namespace it lives in (`infra/flannel-net`).",
    kinds: POD_KINDS,
    options: {
      type: "object",
      properties: { inventoryComplete: { type: "boolean", description: "The input holds every NAD of the cluster: a missing one is always an error." } },
      additionalProperties: false
    },
    messages: {
      missing: 'no NetworkAttachmentDefinition "{{name}}" in namespace {{namespace}}: Multus fails with "cannot find a network-attachment-definition" and the pod never starts{{hint}}',
      missingDefault: `no NetworkAttachmentDefinition "{{name}}" in namespace {{namespace}}: Multus resolves an unqualified default-network in its own namespace, not the pod's{{hint}}`,
      unverified: 'cannot verify network "{{name}}" (namespace {{namespace}}): the input holds no NetworkAttachmentDefinition in that namespace'
    },
    docs: [
      "Multus resolves `name` in the pod's namespace and `ns/name` in `ns` (k8sclient.go `getKubernetesDelegate`); an unqualified `v1.multus-cni.io/default-network` is resolved in `multusNamespace` (default kube-system, read from a Multus ConfigMap in the input when present).",
      "A pull request often adds a pod that uses a NAD defined elsewhere. So a missing NAD is an **error** only when the input holds at least one NAD in the namespace looked in (the inventory of that namespace is then taken as known), or when the rule option `inventoryComplete: true` says the input holds every NAD; otherwise the finding is **info** (\"cannot verify\"), except an unqualified name whose NAD exists only in another namespace (for `default-network`, e.g. the pod's own): a **warning** that suggests `otherns/name`, as that is almost always the slip (Multus fills an unqualified name with the pod's namespace, `parsePodNetworkAnnotation`, and never searches elsewhere; with `namespaceIsolation` on, the other namespace must also be listed in `globalNamespaces`). A pod or NAD without `metadata.namespace` matches any namespace."
    ].join("\n\n")
  },
  check(resource, ctx) {
    const complete = ctx.options.inventoryComplete === true;
    const podNs = resource.namespace;
    const check = (annotation) => {
      const a = annotationOf(ctx.model, resource, annotation);
      if (!a) return;
      const isDefault = annotation === DEFAULT_NETWORK_ANNOTATION;
      for (const s of a.parsed.selections) {
        if (s.name === "") continue;
        const ns = s.namespace ?? (isDefault ? multusNamespace(ctx.model) : podNs);
        if (findNads(ctx.model, s.name, ns).length > 0) continue;
        const known = complete || hasNadIn(ctx.model, ns);
        const namespace = ns ?? "(the pod's)";
        const at = { path: a.path, span: s.nameSpan };
        const others = s.namespace ? [] : findNads(ctx.model, s.name, null).filter((n) => n.namespace !== null && n.namespace !== ns);
        const elsewhere = (others.find((n) => n.namespace === podNs) ?? others[0])?.namespace;
        const hint = elsewhere ? ` (it exists in ${elsewhere}: write ${elsewhere}/${s.name})` : "";
        const messageId = isDefault && !s.namespace ? "missingDefault" : "missing";
        if (elsewhere) ctx.report({ ...at, messageId, data: { name: s.name, namespace, hint }, ...known ? {} : { severity: "warning" } });
        else if (!known) ctx.report({ ...at, messageId: "unverified", data: { name: s.name, namespace }, severity: "info" });
        else ctx.report({ ...at, messageId, data: { name: s.name, namespace, hint } });
      }
    };
    check(NETWORKS_ANNOTATION);
    check(DEFAULT_NETWORK_ANNOTATION);
  }
});

// rules/multus/networks-syntax.ts
var networks_syntax_default = defineRule({
  meta: {
    id: "multus/networks-syntax",
    description: "The `k8s.v1.cni.cncf.io/networks` annotation must parse as Multus reads it: a comma list of `[namespace/]name[@interface]`, or a JSON list of selection objects with a `name`.",
    severity: "error",
    remediation: 'Write `networks: macvlan-conf@net1, infra/flannel-net` or `networks: \'[{"name": "macvlan-conf", "interface": "net1"}]\'`; names are DNS-1123 labels.',
    kinds: POD_KINDS,
    messages: { ...ANNOTATION_MESSAGES },
    docs: [
      'Multus treats the value as JSON as soon as it contains `[`, `{` or `"`, and otherwise splits it on commas (k8sclient.go `parsePodNetworkAnnotation`, `parsePodNetworkObjectName`). A value it cannot parse leaves the pod in ContainerCreating. The finding points at the column of the problem inside a one-line annotation.',
      "JSON keys Multus does not know (for example `gateway`, where `default-route` was meant) are reported as warnings: Go's JSON decoder drops them silently. IP entries of `ips` and `default-route` must be addresses or CIDRs and `mac` a MAC address."
    ].join("\n\n")
  },
  check(resource, ctx) {
    const a = annotationOf(ctx.model, resource, NETWORKS_ANNOTATION);
    if (a) reportProblems(ctx, a.parsed, a.path, NETWORKS_ANNOTATION);
  }
});

// rules/multus/secondary-default-route.ts
function defaultRoutes(conf) {
  const out = [];
  for (const { plugin, path } of pluginsOf(conf)) {
    if (plugin.isDefaultGateway === true) out.push([...path, "isDefaultGateway"]);
    if (isObject(plugin.delegate) && plugin.delegate.isDefaultGateway === true) out.push([...path, "delegate", "isDefaultGateway"]);
    asArray(asObject(plugin.ipam).routes).forEach((r, i) => {
      const dst = asObject(r).dst;
      if (dst === "0.0.0.0/0" || dst === "::/0") out.push([...path, "ipam", "routes", i, "dst"]);
    });
  }
  return out;
}
var secondary_default_route_default = defineRule({
  meta: {
    id: "multus/secondary-default-route",
    description: "A NetworkAttachmentDefinition attached as a secondary network should not install a default route: it competes with eth0's (the cluster network), so traffic to Services and other pods may leave by the wrong interface.",
    severity: "warning",
    remediation: 'Drop the default route from the NAD (`isDefaultGateway`, a `0.0.0.0/0` route) and, where a pod really needs it, request it in the annotation: `[{"name": "macvlan-conf", "default-route": ["10.1.1.1"]}]`.',
    kinds: [NAD_KIND],
    messages: {
      competes: `this NAD installs a default route and {{pod}} attaches it as a secondary network without asking for "default-route": the pod gets two default routes (ECMP or a failed route add) instead of keeping eth0's`
    },
    docs: "Only reported when a pod in the input attaches the NAD through `k8s.v1.cni.cncf.io/networks` and does not request `default-route` for it; a NAD used as `v1.multus-cni.io/default-network` needs its default route. Sources: Multus `docs/how-to-use.md` (default-route), flannel cni-plugin README (`isDefaultGateway`)."
  },
  check(resource, ctx) {
    const nad = nadOf(ctx.model, resource);
    if (!nad?.conf || !nad.config?.ok) return;
    const routes = defaultRoutes(nad.conf);
    if (routes.length === 0) return;
    const parse = (r) => annotationOf(ctx.model, r, NETWORKS_ANNOTATION)?.parsed.selections ?? [];
    const user = secondaryAttachments(ctx.model, parse).find((a) => a.nad === nad && !a.requestsDefaultRoute);
    if (!user) return;
    const pod = `${user.pod.kind} ${user.pod.namespace ? `${user.pod.namespace}/` : ""}${user.pod.name}`;
    reportIn(ctx, nad.config.source, routes[0], { messageId: "competes", data: { pod } });
  }
});

// rules/multus/static-ip-replicas.ts
var static_ip_replicas_default = defineRule({
  meta: {
    id: "multus/static-ip-replicas",
    description: 'A static address (`"ips"` in the JSON form of `k8s.v1.cni.cncf.io/networks`) in the pod template of a workload that runs several pods (Deployment, ReplicaSet or StatefulSet with `replicas` > 1, a DaemonSet on more than one node, a Job with `parallelism` > 1): every pod asks for the same address on the secondary network, so they collide on its segment (or IPAM refuses all but one).',
    severity: "error",
    remediation: 'Give each pod its own address: one workload per static IP, or let the NetworkAttachmentDefinition\'s IPAM (host-local ranges, whereabouts) hand out addresses and drop `"ips"`.',
    kinds: POD_KINDS,
    messages: { many: 'static IP {{ips}} on network "{{network}}" is in the pod template of a {{kind}} that runs {{count}}; every pod asks for the same address' },
    docs: "The same reasoning as `calico/ipaddrs-replicas` for the secondary network: Multus passes `ips` to the delegate plugin as a runtime config (the `static` IPAM or a plugin with the `ips` capability), which assigns it to every pod that asks."
  },
  check(resource, ctx) {
    const a = annotationOf(ctx.model, resource, NETWORKS_ANNOTATION);
    if (!a) return;
    const withIps = a.parsed.selections.filter((s) => staticIps(s.element).length > 0);
    if (withIps.length === 0) return;
    const count = severalPodsOf(resource, ctx.model.facts);
    if (count === null) return;
    for (const s of withIps) {
      ctx.report({ path: a.path, span: s.spanOf("ips"), messageId: "many", data: { ips: staticIps(s.element).join(", "), network: s.name, kind: resource.kind, count } });
    }
  }
});
function staticIps(element) {
  if (!element) return [];
  const key = Object.keys(element).find((k) => k.toLowerCase() === "ips");
  const v = key === void 0 ? void 0 : element[key];
  return Array.isArray(v) ? v.filter((x) => typeof x === "string" && x !== "") : [];
}

// rules/multus/index.ts
var multusRules = [
  default_network_annotation_default,
  duplicate_interface_default,
  duplicate_network_default,
  flannel_delegate_default,
  flannel_nad_names_default,
  hostnetwork_annotation_default,
  interface_name_default,
  nad_config_default,
  nad_ipam_overlap_default,
  nad_missing_default,
  networks_syntax_default,
  secondary_default_route_default,
  static_ip_replicas_default
];

// rules/netpol/admin-policy-field-values.yaml
var admin_policy_field_values_default = 'id: netpol/admin-policy-field-values\ndescription: AdminNetworkPolicy and BaselineAdminNetworkPolicy (policy.networking.k8s.io/v1alpha1) fields must have the values their CRD accepts — `priority` 0–1000 (AdminNetworkPolicy), `subject` with exactly one of `namespaces`/`pods`, rule `action` Allow/Deny/Pass (Allow/Deny in the baseline), at least one peer each with exactly one selector, ports with exactly one of `portNumber`/`portRange`/`namedPort` in 1–65535, at most 100 rules, and the baseline named `default`.\nseverity: error\nremediation: "Follow the v1alpha1 API of kubernetes-sigs/network-policy-api: `priority: 10`, `subject: { namespaces: {matchLabels: …} }`, `action: Deny`, `from: [{ pods: {namespaceSelector: {}, podSelector: {…}} }]`, `ports: [{ portNumber: {protocol: TCP, port: 80} }]`; name the BaselineAdminNetworkPolicy `default`."\nmatch:\n  kinds: [policy.networking.k8s.io/AdminNetworkPolicy, policy.networking.k8s.io/BaselineAdminNetworkPolicy]\nmessage: "{{path}} {{error}} (got {{value}})"\nassert:\n  type: object\n  definitions:\n    oneSelector: { type: object, minProperties: 1, maxProperties: 1 }\n    port:\n      type: object\n      minProperties: 1\n      maxProperties: 1\n      properties:\n        portNumber:\n          type: object\n          required: [port]\n          properties:\n            protocol: { enum: [TCP, UDP, SCTP] }\n            port: { type: integer, minimum: 1, maximum: 65535 }\n        portRange:\n          type: object\n          required: [start, end]\n          properties:\n            protocol: { enum: [TCP, UDP, SCTP] }\n            start: { type: integer, minimum: 1, maximum: 65535 }\n            end: { type: integer, minimum: 1, maximum: 65535 }\n        namedPort: { type: string }\n    rule:\n      type: object\n      required: [action]\n      properties:\n        name: { type: string, maxLength: 100 }\n        action: { enum: [Allow, Deny, Pass] }\n        from: { type: array, minItems: 1, maxItems: 100, items: { $ref: "#/definitions/oneSelector" } }\n        to: { type: array, minItems: 1, maxItems: 100, items: { $ref: "#/definitions/oneSelector" } }\n        ports: { type: array, minItems: 1, maxItems: 100, items: { $ref: "#/definitions/port" } }\n  required: [spec]\n  properties:\n    spec:\n      type: object\n      required: [subject]\n      properties:\n        priority: { type: integer, minimum: 0, maximum: 1000 }\n        subject: { $ref: "#/definitions/oneSelector" }\n        ingress: { type: array, maxItems: 100, items: { $ref: "#/definitions/rule" } }\n        egress: { type: array, maxItems: 100, items: { $ref: "#/definitions/rule" } }\n  allOf:\n    - if: { properties: { kind: { const: AdminNetworkPolicy } } }\n      then: { properties: { spec: { required: [priority] } } }\n    - if: { properties: { kind: { const: BaselineAdminNetworkPolicy } } }\n      then:\n        properties:\n          metadata: { properties: { name: { const: default } } }\n          spec:\n            properties:\n              ingress: { items: { properties: { action: { enum: [Allow, Deny] } } } }\n              egress: { items: { properties: { action: { enum: [Allow, Deny] } } } }\n';

// src/engine/netpol/rule-support.ts
var reachCluster = derived("netpol/reach-cluster", (m) => buildCluster(m.resources));
var namespacesByLabel = derived("netpol/namespaces-by-label", (m) => new LabelIndex([...reachCluster(m).namespaces.values()], (ns) => ns.labels));
var endpointsByLabel = derived("netpol/endpoints-by-label", (m) => new LabelIndex(reachCluster(m).endpoints, (ep) => ep.labels));
var reachMatrix = derived("netpol/reach-matrix", (m) => computeMatrix(reachCluster(m)));
var policiesByResource = derived("netpol/policy-by-resource", (m) => new Map(reachCluster(m).policies.map((p) => [p.resource, p])));
function policyOf(model, resource) {
  return policiesByResource(model).get(resource);
}
var byNamespace = /* @__PURE__ */ new WeakMap();
function endpointsIn(cluster, namespace) {
  let index = byNamespace.get(cluster);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const ep of cluster.endpoints) {
      const list = index.get(ep.namespace) ?? [];
      list.push(ep);
      index.set(ep.namespace, list);
    }
    byNamespace.set(cluster, index);
  }
  return index.get(namespace) ?? [];
}
var selectingCache = /* @__PURE__ */ new WeakMap();
var classesByNamespace = derived("netpol/classes-by-namespace", (m) => {
  const index = /* @__PURE__ */ new Map([[null, reachClasses(m).classes]]);
  for (const c of reachClasses(m).classes) {
    for (const ns of new Set(c.members.map((ep) => ep.namespace))) {
      const list = index.get(ns);
      if (list) list.push(c);
      else index.set(ns, [c]);
    }
  }
  return index;
});
function selectingClasses(model, policy) {
  let selecting = selectingCache.get(policy);
  if (!selecting) {
    selecting = (classesByNamespace(model).get(policy.namespace) ?? []).filter((cls) => evalCond(policy.subject, (a) => cls.atoms.has(a.id)));
    selectingCache.set(policy, selecting);
  }
  return selecting;
}
function membersSelectedBy(policy, cls) {
  return policy.namespace === null ? cls.members : cls.members.filter((ep) => ep.namespace === policy.namespace);
}
function selectedEndpoints(model, policy) {
  return selectingClasses(model, policy).flatMap((cls) => membersSelectedBy(policy, cls));
}
var reachClasses = derived("netpol/reach-classes", (m) => {
  const classes = buildClasses(reachCluster(m));
  const classOf = /* @__PURE__ */ new Map();
  for (const c of classes) for (const ep of c.members) classOf.set(ep, c);
  return { classes, classOf };
});
var policyIndex = derived("netpol/reach-policy-index", (m) => indexPolicies(reachCluster(m)));
var CLUSTER_DNS = {
  type: "workload",
  id: "kube-system/kube-dns",
  namespace: "kube-system",
  name: "kube-dns",
  kind: "Deployment",
  labels: { "k8s-app": "kube-dns" },
  calicoLabels: { "k8s-app": "kube-dns", "projectcalico.org/namespace": "kube-system", "projectcalico.org/orchestrator": "k8s", "projectcalico.org/serviceaccount": "coredns" },
  ports: [
    { port: 53, protocol: "UDP", name: "dns" },
    { port: 53, protocol: "TCP", name: "dns-tcp" }
  ],
  serviceAccount: "coredns",
  serviceAccountLabels: {},
  ips: []
};
function egressReachesDns(model, ep) {
  const cls = reachClasses(model).classOf.get(ep);
  const memo = model.memo("netpol/dns-by-class", () => /* @__PURE__ */ new Map());
  const rep = cls?.rep ?? ep;
  let v = memo.get(rep);
  if (v === void 0) {
    const selects = cls === void 0 ? void 0 : (p) => evalCond(p.subject, (a) => cls.atoms.has(a.id));
    v = computeEgressReachesDns(model, rep, selects);
    memo.set(rep, v);
  }
  return v;
}
function computeEgressReachesDns(model, ep, selects) {
  const cluster = reachCluster(model);
  const index = model.memo("netpol/policy-index-by-namespace", () => indexByNamespace(policyIndex(model), cluster.namespaces.keys()))(ep.namespace);
  const { namespaces, targets } = model.memo("netpol/dns-targets", () => {
    const withKubeSystem = new Map(cluster.namespaces);
    if (!withKubeSystem.has("kube-system")) withKubeSystem.set("kube-system", namespaceInfo("kube-system", {}));
    const dnsPods = cluster.endpoints.filter((e) => e.ports.some((p) => p.port === 53 && p.protocol === "UDP"));
    return { namespaces: withKubeSystem, targets: dnsPods.length > 0 ? dnsPods : [CLUSTER_DNS] };
  });
  return targets.some((dns) => {
    const cell = dns.ports.find((p) => p.port === 53 && p.protocol === "UDP");
    return decide({ namespaces }, index, "egress", ep, dns, cell, dns.ports, selects).allowed;
  });
}
var PeerRef = class {
  constructor(direction, rule, key, index, peer) {
    this.direction = direction;
    this.rule = rule;
    this.key = key;
    this.index = index;
    this.peer = peer;
  }
  direction;
  rule;
  key;
  index;
  peer;
  get path() {
    return ["spec", this.direction, this.rule, this.key, this.index];
  }
};
function kubernetesPeers(spec) {
  return walkedOnce(peersOfSpec, spec, (s) => {
    const out = [];
    for (const [dir, key] of PEER_KEYS) {
      forEachRuleItem(s[dir], key, (i, j, peer) => out.push(new PeerRef(dir, i, key, j, peer)));
    }
    return out;
  });
}
var PEER_KEYS = [
  ["ingress", "from"],
  ["egress", "to"]
];
var peersOfSpec = /* @__PURE__ */ new WeakMap();
var portsOfSpec = /* @__PURE__ */ new WeakMap();
var NOTHING = [];
function walkedOnce(cache, spec, walk) {
  if (!isObject(spec)) return NOTHING;
  let found = cache.get(spec);
  if (!found) cache.set(spec, found = walk(spec));
  return found;
}
function forEachRuleItem(rules, listKey, visit) {
  if (!Array.isArray(rules)) return;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const list = isObject(rule) ? rule[listKey] : void 0;
    if (!Array.isArray(list)) continue;
    for (let j = 0; j < list.length; j++) {
      const item = list[j];
      if (isObject(item)) visit(i, j, item);
    }
  }
}
var PortRef = class {
  constructor(direction, rule, index, entry) {
    this.direction = direction;
    this.rule = rule;
    this.index = index;
    this.entry = entry;
  }
  direction;
  rule;
  index;
  entry;
  get path() {
    return ["spec", this.direction, this.rule, "ports", this.index];
  }
};
function kubernetesPorts(spec) {
  return walkedOnce(portsOfSpec, spec, (s) => {
    const out = [];
    for (const [dir] of PEER_KEYS) forEachRuleItem(s[dir], "ports", (i, j, entry) => out.push(new PortRef(dir, i, j, entry)));
    return out;
  });
}

// rules/netpol/and-vs-or-selector.ts
var and_vs_or_selector_default = defineRule({
  meta: {
    id: "netpol/and-vs-or-selector",
    description: "A rule lists a peer with only `namespaceSelector` and another with only `podSelector`: the two are ORed (every pod of those namespaces, or matching pods of the policy's own namespace), which is often meant as one peer with both selectors (pods matching the podSelector in those namespaces).",
    severity: "info",
    remediation: 'If you meant "these pods in those namespaces", put `namespaceSelector` and `podSelector` in the same list item (no `-` before `podSelector`).',
    kinds: ["networking.k8s.io/NetworkPolicy"],
    messages: {
      split: "peers {{ns}} (namespaceSelector only) and {{pod}} (podSelector only) are ORed; to require both, put them in one peer"
    }
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    for (const [dir, key] of PEER_KEYS) {
      const rules = spec[dir];
      if (!Array.isArray(rules)) continue;
      for (let i = 0; i < rules.length; i++) {
        const rule = rules[i];
        const peers = isObject(rule) ? rule[key] : void 0;
        if (!Array.isArray(peers)) continue;
        let nsOnly = -1;
        let podOnly = -1;
        for (let j = 0; j < peers.length; j++) {
          const p = peers[j];
          if (!isObject(p) || p.ipBlock !== void 0) continue;
          const ns = p.namespaceSelector !== void 0 && p.namespaceSelector !== null;
          const pod = p.podSelector !== void 0 && p.podSelector !== null;
          if (ns && !pod && nsOnly < 0) nsOnly = j;
          if (pod && !ns && podOnly < 0) podOnly = j;
        }
        if (nsOnly < 0 || podOnly < 0) continue;
        ctx.report({ path: ["spec", dir, i, key, podOnly], messageId: "split", data: { ns: `${key}[${nsOnly}]`, pod: `${key}[${podOnly}]` } });
      }
    }
  }
});

// rules/netpol/default-deny-missing.ts
function isDefaultDeny(p) {
  if (p.ingress === null || p.ingress.some((r) => r.action !== "Deny" && r.inert === void 0)) return false;
  return p.subject.k === "pods" && p.subject.pods.k === "any";
}
var defaultDenies = derived("netpol/default-deny-missing", (model) => {
  const named = /* @__PURE__ */ new Set();
  const others = [];
  for (const p of reachCluster(model).policies) {
    if (!isDefaultDeny(p) || p.subject.k !== "pods") continue;
    if (p.subject.ns.k === "is") named.add(p.subject.ns.name);
    else others.push(p.subject.ns);
  }
  return { named, others };
});
function hasDefaultDeny(model, ns) {
  const { named, others } = defaultDenies(model);
  return named.has(ns.name) || others.some((m) => matchNamespace(m, ns));
}
var DEFAULT_EXEMPT = ["kube-system", "kube-public", "kube-node-lease"];
var default_deny_missing_default = defineRule({
  meta: {
    id: "netpol/default-deny-missing",
    description: "A namespace with workloads has no default-deny ingress policy (a policy selecting every pod with Ingress and no ingress rules), so every pod no other policy selects accepts traffic from anywhere.",
    severity: "info",
    remediation: "Add `kind: NetworkPolicy` with `podSelector: {}` and `policyTypes: [Ingress]` (and no `ingress`) to the namespace, then allow what each workload needs.",
    kinds: ["Namespace", "Pod", "ReplicationController", "apps/Deployment", "apps/StatefulSet", "apps/DaemonSet", "apps/ReplicaSet", "batch/Job", "batch/CronJob"],
    messages: { missing: "namespace {{namespace}} has {{workloads}} but no default-deny ingress policy" },
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        exempt: {
          type: "array",
          items: { type: "string" },
          default: DEFAULT_EXEMPT,
          description: "Namespaces not reported (system namespaces, which components expect open)"
        }
      }
    }
  },
  check(resource, ctx) {
    const cluster = reachCluster(ctx.model);
    const name = resource.groupKind === "Namespace" ? resource.name : namespaceOf(resource);
    const exempt = Array.isArray(ctx.options.exempt) ? ctx.options.exempt : DEFAULT_EXEMPT;
    if (exempt.includes(name)) return;
    const ns = cluster.namespaces.get(name);
    const endpoints = endpointsIn(cluster, name);
    if (!ns || endpoints.length === 0) return;
    if (resource.groupKind !== "Namespace" && (ns.declared || endpoints[0].resource !== resource)) return;
    if (hasDefaultDeny(ctx.model, ns)) return;
    ctx.report({ path: ["metadata", "name"], messageId: "missing", data: { namespace: name, workloads: plural(endpoints.length, "workload") } });
  }
});

// rules/netpol/egress-deny-blocks-dns.ts
var egress_deny_blocks_dns_default = defineRule({
  meta: {
    id: "netpol/egress-deny-blocks-dns",
    description: "A policy isolates the egress of pods that then cannot reach cluster DNS on UDP 53 under any policy, so name lookups (and almost every client) fail.",
    severity: "warning",
    remediation: "Allow egress to kube-dns: `to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]` on UDP and TCP 53.",
    kinds: ["networking.k8s.io/NetworkPolicy", "calico/NetworkPolicy", "calico/GlobalNetworkPolicy"],
    messages: { blocked: "egress of {{pods}} is restricted and no rule allows UDP 53 to cluster DNS" }
  },
  check(resource, ctx) {
    const policy = policyOf(ctx.model, resource);
    if (!policy || policy.egress === null) return;
    const blocked = selectingClasses(ctx.model, policy).flatMap((cls) => egressReachesDns(ctx.model, cls.rep) ? [] : membersSelectedBy(policy, cls));
    if (blocked.length === 0) return;
    const ids = blocked.map((e) => e.id);
    const pods = ids.length > 3 ? `${ids.slice(0, 3).join(", ")} and ${ids.length - 3} more` : ids.join(", ");
    const typesKey = policy.source === "kubernetes" ? "policyTypes" : "types";
    const path = resource.value.spec && typesKey in resource.value.spec ? ["spec", typesKey] : ["spec", "egress"];
    ctx.report({ path, messageId: "blocked", data: { pods } });
  }
});

// rules/netpol/endport.ts
var endport_default = defineRule({
  meta: {
    id: "netpol/endport",
    description: "A NetworkPolicy port range needs a numeric `port`, and `endPort` must be at least `port` and at most 65535; the API server rejects anything else.",
    severity: "error",
    remediation: "Give `port` as a number no greater than `endPort`, or drop `endPort` to match a single (possibly named) port.",
    kinds: ["networking.k8s.io/NetworkPolicy"],
    messages: {
      namedPort: 'endPort {{endPort}} cannot be used with the named port "{{port}}": a range needs a numeric port',
      noPort: "endPort {{endPort}} is set without port",
      beforePort: "endPort {{endPort}} is less than port {{port}}",
      outOfRange: "endPort {{endPort}} is outside 1–65535"
    }
  },
  check(resource, ctx) {
    for (const ref of kubernetesPorts(resource.value.spec)) {
      const port2 = ref.entry;
      const endPort = port2.endPort;
      if (endPort === void 0 || endPort === null) continue;
      const path = [...ref.path, "endPort"];
      const data = { endPort: String(endPort), port: String(port2.port) };
      if (typeof endPort !== "number" || !Number.isInteger(endPort) || endPort < 1 || endPort > 65535) ctx.report({ path, messageId: "outOfRange", data });
      else if (port2.port === void 0 || port2.port === null) ctx.report({ path, messageId: "noPort", data });
      else if (typeof port2.port === "string") ctx.report({ path, messageId: "namedPort", data });
      else if (typeof port2.port === "number" && endPort < port2.port) ctx.report({ path, messageId: "beforePort", data });
    }
  }
});

// rules/netpol/ipblock-covers-pods.ts
var ipblock_covers_pods_default = defineRule({
  meta: {
    id: "netpol/ipblock-covers-pods",
    description: 'An `ipBlock` overlaps the cluster\'s pod CIDR: pod IPs are ephemeral, so whether a pod falls in the block changes with every reschedule (and CNIs differ on matching pod IPs); select pods with selectors. `0.0.0.0/0` and `::/0` ("anywhere") are left alone. Silent when the pod CIDR is unknown.',
    severity: "warning",
    remediation: "Use podSelector/namespaceSelector for in-cluster peers and add the pod CIDR to `except` of blocks meant for external addresses.",
    kinds: ["networking.k8s.io/NetworkPolicy"],
    messages: { covers: "ipBlock {{cidr}} overlaps the pod CIDR {{pods}}" }
  },
  check(resource, ctx) {
    const podCidrs = ctx.model.facts.podCIDRs.map((f) => parseCidr(f.cidr)).flatMap((r) => r.ok ? [r.cidr] : []);
    if (podCidrs.length === 0) return;
    for (const ref of kubernetesPeers(resource.value.spec)) {
      if (ref.peer.ipBlock === void 0) continue;
      const block = asObject(ref.peer.ipBlock);
      const parsed = typeof block.cidr === "string" ? parseCidr(block.cidr) : null;
      if (!parsed?.ok || parsed.cidr.prefix === 0) continue;
      const except = asArray(block.except).flatMap((x) => {
        const c = typeof x === "string" ? parseCidr(x) : null;
        return c?.ok ? [c.cidr] : [];
      });
      const hit = podCidrs.find((pod) => overlaps(parsed.cidr, pod) && !except.some((x) => contains(x, pod)));
      if (hit) ctx.report({ path: [...ref.path, "ipBlock", "cidr"], messageId: "covers", data: { cidr: block.cidr, pods: hit.text } });
    }
  }
});

// rules/netpol/ipblock-cidr.ts
var ipblock_cidr_default = defineRule({
  meta: {
    id: "netpol/ipblock-cidr",
    description: "`ipBlock.cidr` is required and must be a CIDR (`10.0.0.0/24`, `2001:db8::/64`): an empty value, a bare address (`10.0.0.1`) or anything else is rejected by the API server. A CIDR with host bits set (`10.0.0.1/24`) is accepted with a warning and means the whole network (`10.0.0.0/24`).",
    severity: "error",
    remediation: "Write the network with its prefix length, e.g. `cidr: 10.0.0.1/32` for one address or `cidr: 10.0.0.0/24` for a subnet.",
    kinds: ["networking.k8s.io/NetworkPolicy"],
    messages: {
      missing: "ipBlock has no cidr: the API server requires one",
      notString: "ipBlock cidr must be a CIDR string",
      invalid: "ipBlock cidr {{error}}",
      hostBits: "ipBlock cidr {{cidr}} has host bits set: it means {{network}} (the API server warns)"
    },
    docs: "Source: Kubernetes `ValidateIPBlock` (`field.Required` for an empty cidr, `IsValidCIDRForLegacyField`, and `GetWarningsForCIDR` for a non-canonical value). `except` entries are `netpol/ipblock-except`'s."
  },
  check(resource, ctx) {
    for (const ref of kubernetesPeers(resource.value.spec)) {
      const block = ref.peer.ipBlock;
      if (!isObject(block)) continue;
      const cidr3 = block.cidr;
      if (cidr3 === void 0 || cidr3 === null || cidr3 === "") {
        ctx.report({ path: [...ref.path, "ipBlock", ...cidr3 === "" ? ["cidr"] : []], messageId: "missing" });
        continue;
      }
      const path = [...ref.path, "ipBlock", "cidr"];
      if (typeof cidr3 !== "string") {
        ctx.report({ path, messageId: "notString" });
        continue;
      }
      const parsed = parseCidr(cidr3);
      if (!parsed.ok) ctx.report({ path, messageId: "invalid", data: { error: parsed.error } });
      else if (!isMasked(parsed.cidr)) ctx.report({ path, messageId: "hostBits", severity: "warning", data: { cidr: cidr3, network: network(parsed.cidr).text } });
    }
  }
});

// rules/netpol/ipblock-except.ts
var ipblock_except_default = defineRule({
  meta: {
    id: "netpol/ipblock-except",
    description: "Each `ipBlock.except` entry must be a valid CIDR strictly inside `ipBlock.cidr` (same family, longer prefix); the API server rejects the policy otherwise.",
    severity: "error",
    remediation: "List only sub-ranges of the ipBlock's cidr in `except`, each with a longer prefix than the cidr.",
    kinds: ["networking.k8s.io/NetworkPolicy"],
    messages: {
      invalid: "except entry {{error}}",
      outside: "except entry {{except}} is not inside the ipBlock cidr {{cidr}}",
      notStrict: "except entry {{except}} is not a strict subset of {{cidr}} (it needs a longer prefix)"
    }
  },
  check(resource, ctx) {
    for (const ref of kubernetesPeers(resource.value.spec)) {
      const block = ref.peer.ipBlock;
      if (!isObject(block)) continue;
      const outer = typeof block.cidr === "string" ? parseCidr(block.cidr) : null;
      asArray(block.except).forEach((value, k) => {
        const path = [...ref.path, "ipBlock", "except", k];
        const parsed = typeof value === "string" ? parseCidr(value) : { ok: false, error: "must be a CIDR string" };
        if (!parsed.ok) {
          ctx.report({ path, messageId: "invalid", data: { error: parsed.error } });
          return;
        }
        if (!outer?.ok) return;
        const data = { except: value, cidr: formatCidr(outer.cidr) };
        if (!contains(outer.cidr, parsed.cidr)) ctx.report({ path, messageId: "outside", data });
        else if (parsed.cidr.prefix <= outer.cidr.prefix) ctx.report({ path, messageId: "notStrict", data });
      });
    }
  }
});

// rules/netpol/ipblock-exclusive.ts
var ipblock_exclusive_default = defineRule({
  meta: {
    id: "netpol/ipblock-exclusive",
    description: 'A NetworkPolicy peer with `ipBlock` may not also set `podSelector` or `namespaceSelector`; the API server rejects the policy ("may not specify both ipBlock and another peer").',
    severity: "error",
    remediation: "Split it into two peers of the same rule: one with the `ipBlock`, one with the selectors (peers of a rule are ORed).",
    kinds: ["networking.k8s.io/NetworkPolicy"],
    messages: { both: 'this {{key}} peer sets ipBlock together with {{selectors}}; the API server rejects the policy ("may not specify both ipBlock and another peer")' },
    docs: "Source: Kubernetes `ValidateNetworkPolicyPeer`."
  },
  check(resource, ctx) {
    for (const ref of kubernetesPeers(resource.value.spec)) {
      const p = ref.peer;
      if (p.ipBlock === void 0 || p.ipBlock === null) continue;
      const selectors = ["podSelector", "namespaceSelector"].filter((k) => p[k] !== void 0 && p[k] !== null);
      if (selectors.length > 0) ctx.report({ path: [...ref.path, "ipBlock"], messageId: "both", data: { key: ref.key, selectors: selectors.join(" and ") } });
    }
  }
});

// rules/netpol/label-selector.ts
function plainlyValid(value) {
  if (!isObject(value)) return false;
  for (const field3 in value) if (field3 !== "matchLabels") return false;
  const labels = value.matchLabels;
  if (labels === void 0 || labels === null) return true;
  if (!isObject(labels)) return false;
  for (const key in labels) {
    const v = labels[key];
    if (labelKeyError(key) !== null || typeof v === "string" && labelValueError(v) !== null) return false;
  }
  return true;
}
function checkSelector(value, at, ctx) {
  if (value === void 0 || value === null || plainlyValid(value)) return;
  for (const issue of validateLabelSelector(value)) {
    if (issue.path[0] === "matchLabels" && issue.path.length === 2 && typeof asObject(asObject(value).matchLabels)[issue.path[1]] !== "string") continue;
    ctx.report({ path: [...at, ...issue.path], messageId: "invalid", data: { problem: issue.message } });
  }
}
var label_selector_default = defineRule({
  meta: {
    id: "netpol/label-selector",
    description: "The label selectors of a NetworkPolicy (`spec.podSelector`, and each peer's `podSelector` and `namespaceSelector`) must be valid: `matchLabels` keys and values follow the label rules, each `matchExpressions` entry has a valid `key`, an operator among `In`, `NotIn`, `Exists`, `DoesNotExist`, non-empty `values` for `In`/`NotIn` and none for `Exists`/`DoesNotExist`. The API server rejects the policy otherwise.",
    severity: "error",
    remediation: "Use label keys such as `app.kubernetes.io/name`, values of at most 63 letters, digits, `-`, `_` and `.`, and `values` only with `In`/`NotIn`.",
    kinds: ["networking.k8s.io/NetworkPolicy"],
    messages: { invalid: "{{problem}}" },
    docs: "Source: Kubernetes `ValidateNetworkPolicySpec`/`ValidateNetworkPolicyPeer`, which call apimachinery `ValidateLabelSelector` (`ValidateLabelSelectorRequirement`, `ValidateLabels`); unknown selector fields fail kubectl's strict field validation."
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    checkSelector(spec.podSelector, ["spec", "podSelector"], ctx);
    for (const ref of kubernetesPeers(spec)) {
      checkSelector(ref.peer.podSelector, [...ref.path, "podSelector"], ctx);
      checkSelector(ref.peer.namespaceSelector, [...ref.path, "namespaceSelector"], ctx);
    }
  }
});

// rules/netpol/named-port.ts
function portNameProblem(name) {
  if (name.length === 0 || name.length > 15) return "must be 1 to 15 characters";
  if (!/^[a-z0-9-]+$/.test(name)) return 'may hold only lower-case letters, digits and "-"';
  if (!/[a-z]/.test(name)) return "must contain at least one letter (a number is written without quotes)";
  if (name.startsWith("-") || name.endsWith("-")) return 'must not start or end with "-"';
  if (name.includes("--")) return 'must not contain "--"';
  return null;
}
var named_port_default = defineRule({
  meta: {
    id: "netpol/named-port",
    description: "A named NetworkPolicy `port` is a valid port name: 1–15 lower-case letters, digits and `-`, with at least one letter, no `-` at either end and no `--`; the API server rejects anything else.",
    severity: "error",
    remediation: "Use the `name` of the container port (e.g. `metrics`), or the port number without quotes.",
    kinds: ["networking.k8s.io/NetworkPolicy"],
    messages: { invalid: 'named port "{{port}}" {{problem}}' },
    docs: "Source: Kubernetes `ValidateNetworkPolicyPort` → apimachinery `IsValidPortName`."
  },
  check(resource, ctx) {
    for (const ref of kubernetesPorts(resource.value.spec)) {
      const port2 = ref.entry.port;
      if (typeof port2 !== "string") continue;
      const problem = portNameProblem(port2);
      if (problem) ctx.report({ path: [...ref.path, "port"], messageId: "invalid", data: { port: port2, problem } });
    }
  }
});

// rules/netpol/named-port-undeclared.ts
var named_port_undeclared_default = defineRule({
  meta: {
    id: "netpol/named-port-undeclared",
    description: "A rule names a port (`port: http`) that no possible destination declares with that name and protocol: named ports resolve on the destination pod's containers, so the entry allows nothing.",
    severity: "warning",
    remediation: "Use the `name` of a `containerPort` of the destination pods (and its protocol), or a port number.",
    kinds: ["networking.k8s.io/NetworkPolicy"],
    messages: { undeclared: 'no {{where}} declares a {{protocol}} port named "{{name}}"' }
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    const named = ["ingress", "egress"].some((dir) => objectItems(spec[dir]).some(([, rule]) => objectItems(rule.ports).some(([, e]) => typeof e.port === "string")));
    if (!named) return;
    const policy = policyOf(ctx.model, resource);
    if (!policy) return;
    const cluster = reachCluster(ctx.model);
    const everywhere = ctx.model.memo("netpol/declared-port-names", () => new Set(cluster.endpoints.flatMap((e) => e.ports.map((p) => `${p.name}/${p.protocol}`))));
    for (const dir of ["ingress", "egress"]) {
      const destinations = dir === "ingress" ? selectedEndpoints(ctx.model, policy) : cluster.endpoints;
      if (destinations.length === 0) continue;
      const declared = dir === "ingress" ? new Set(destinations.flatMap((e) => e.ports.map((p) => `${p.name}/${p.protocol}`))) : everywhere;
      for (const [i, rule] of objectItems(spec[dir])) {
        for (const [k, entry] of objectItems(rule.ports)) {
          if (typeof entry.port !== "string") continue;
          const protocol2 = typeof entry.protocol === "string" ? entry.protocol : "TCP";
          if (declared.has(`${entry.port}/${protocol2}`)) continue;
          ctx.report({
            path: ["spec", dir, i, "ports", k, "port"],
            messageId: "undeclared",
            data: { name: entry.port, protocol: protocol2, where: dir === "ingress" ? "pod this policy selects" : "workload in the input" }
          });
        }
      }
    }
  }
});

// rules/netpol/peer-empty.ts
var peer_empty_default = defineRule({
  meta: {
    id: "netpol/peer-empty",
    description: 'Every `from`/`to` peer of a NetworkPolicy sets at least one of `podSelector`, `namespaceSelector` or `ipBlock`; the API server rejects an empty peer ("must specify a peer").',
    severity: "error",
    remediation: "To allow every source or destination, drop `from`/`to` from the rule (or leave the list empty); otherwise give the peer a selector, e.g. `namespaceSelector: {}` for every pod in every namespace.",
    kinds: ["networking.k8s.io/NetworkPolicy"],
    messages: { empty: 'this {{key}} peer sets none of podSelector, namespaceSelector and ipBlock; the API server rejects the policy ("must specify a peer")' },
    docs: "Source: Kubernetes `ValidateNetworkPolicyPeer`. A selector written as `{}` counts as set; one written as `null` does not."
  },
  check(resource, ctx) {
    for (const ref of kubernetesPeers(resource.value.spec)) {
      const p = ref.peer;
      const set2 = (v) => v !== void 0 && v !== null;
      if (!set2(p.podSelector) && !set2(p.namespaceSelector) && !set2(p.ipBlock)) ctx.report({ path: ref.path, messageId: "empty", data: { key: ref.key } });
    }
  }
});

// rules/netpol/peer-selects-nothing.ts
var ANY = { k: "any" };
function pinnedNamespace(selector) {
  const labels = selector?.matchLabels;
  const name = labels?.["kubernetes.io/metadata.name"];
  return typeof name === "string" ? name : null;
}
var declaredNamespaces = derived("netpol/declared-namespace-count", (m) => [...reachCluster(m).namespaces.values()].filter((n) => n.declared).length);
var peerVerdicts = derived("netpol/peer-verdicts", () => /* @__PURE__ */ new Map());
var peer_selects_nothing_default = defineRule({
  meta: {
    id: "netpol/peer-selects-nothing",
    description: "A `from`/`to` peer with pod or namespace selectors matches no workload of the input, so the rule allows nothing it was written for (often a label typo, a namespace label that does not exist, or a podSelector that forgot its namespaceSelector).",
    severity: "warning",
    remediation: "Check the peer's labels against the workloads' pod template labels and the namespaces' labels (`kubernetes.io/metadata.name` is always there).",
    kinds: ["networking.k8s.io/NetworkPolicy"],
    messages: {
      nothing: "this peer matches none of the {{workloads}} in the input",
      noNamespace: "this namespaceSelector matches none of the {{namespaces}} in the input",
      otherNamespace: "this podSelector looks only in namespace {{namespace}}, where nothing matches; the matching workloads are in {{elsewhere}} (a namespaceSelector is missing?)"
    },
    docs: "Only what the input can show is judged: a peer whose namespaces are not in the input (e.g. `kubernetes.io/metadata.name: kube-system` for cluster DNS, when the PR does not contain CoreDNS) is not reported, and a namespaceSelector is compared with Namespace objects only when the input declares some."
  },
  check(resource, ctx) {
    const cluster = reachCluster(ctx.model);
    if (cluster.endpoints.length === 0) return;
    const own = namespaceOf(resource);
    const verdicts = peerVerdicts(ctx.model);
    for (const ref of kubernetesPeers(resource.value.spec)) {
      const peer = ref.peer;
      const hasPods = peer.podSelector !== void 0 && peer.podSelector !== null;
      const hasNs = peer.namespaceSelector !== void 0 && peer.namespaceSelector !== null;
      if (!hasPods && !hasNs) continue;
      const pinned = hasNs ? pinnedNamespace(peer.namespaceSelector) : null;
      const podKey = hasPods ? rawSelectorKey(peer.podSelector) ?? labelMatchKey(k8sLabelMatch(peer.podSelector)) : "-";
      const nsKey = hasNs ? rawSelectorKey(peer.namespaceSelector) ?? labelMatchKey(k8sLabelMatch(peer.namespaceSelector)) : "-";
      const key = `${hasNs ? "" : `${own.length}:${own}`}|${podKey}|${nsKey}|${pinned === null ? "-" : `${pinned.length}:${pinned}`}`;
      if (!verdicts.has(key)) verdicts.set(key, judgePeer(hasPods ? k8sLabelMatch(peer.podSelector) : ANY, hasNs ? k8sLabelMatch(peer.namespaceSelector) : null, pinned));
      const verdict = verdicts.get(key);
      if (verdict) ctx.report({ path: ref.path, ...verdict });
    }
    function judgePeer(pods, nss, pinned) {
      const hasNs = nss !== null;
      const podsMatch = (ep) => matchLabels(pods, ep.labels, ep.calicoLabels);
      if (!hasNs) {
        const local = endpointsIn(cluster, own);
        if (local.some(podsMatch)) return null;
        if (local.length > 0) return { messageId: "nothing", data: { workloads: plural(cluster.endpoints.length, "workload") } };
        const elsewhere = [...new Set(endpointsByLabel(ctx.model).candidates(pods).filter(podsMatch).map((ep) => ep.namespace))].sort();
        return elsewhere.length > 0 ? { messageId: "otherNamespace", data: { namespace: own, elsewhere: elsewhere.join(", ") } } : null;
      }
      if (pinned !== null && !cluster.namespaces.has(pinned)) return null;
      const namespaces = namespacesByLabel(ctx.model).candidates(nss).filter((ns) => matchLabels(nss, ns.labels, ns.calicoLabels));
      if (namespaces.length === 0) {
        const declared = declaredNamespaces(ctx.model);
        return declared > 0 && pinned === null ? { messageId: "noNamespace", data: { namespaces: plural(declared, "Namespace") } } : null;
      }
      const inScope = new Set(namespaces.filter((ns) => endpointsIn(cluster, ns.name).length > 0).map((ns) => ns.name));
      if (inScope.size === 0) return null;
      if (pods.k === "any") return null;
      const candidates = endpointsByLabel(ctx.model).candidates(pods);
      let inNamespaces = 0;
      for (const ns of inScope) inNamespaces += endpointsIn(cluster, ns).length;
      const matched = inNamespaces < candidates.length ? [...inScope].some((ns) => endpointsIn(cluster, ns).some(podsMatch)) : candidates.some((ep) => inScope.has(ep.namespace) && podsMatch(ep));
      return matched ? null : { messageId: "nothing", data: { workloads: plural(cluster.endpoints.length, "workload") } };
    }
  }
});

// rules/netpol/policytypes.ts
var policytypes_default = defineRule({
  meta: {
    id: "netpol/policytypes",
    description: "`policyTypes` lists at most two entries, each `Ingress` or `Egress`; the API server rejects anything else.",
    severity: "error",
    remediation: "Write `policyTypes: [Ingress]`, `[Egress]` or `[Ingress, Egress]` (capitalised).",
    kinds: ["networking.k8s.io/NetworkPolicy"],
    messages: {
      invalid: "policyTypes entry {{value}} is not Ingress or Egress{{hint}}",
      tooMany: "policyTypes lists {{count}} entries; at most two (Ingress and Egress) are allowed"
    },
    docs: "Source: Kubernetes `ValidateNetworkPolicySpec`."
  },
  check(resource, ctx) {
    const types = asObject(resource.value.spec).policyTypes;
    if (!Array.isArray(types)) return;
    types.forEach((t, i) => {
      if (t === "Ingress" || t === "Egress") return;
      const fixed = typeof t === "string" ? ["Ingress", "Egress"].find((x) => x.toLowerCase() === t.toLowerCase()) : void 0;
      ctx.report({ path: ["spec", "policyTypes", i], messageId: "invalid", data: { value: JSON.stringify(t), hint: fixed ? ` (write ${fixed}: the value is case-sensitive)` : "" } });
    });
    if (types.length > 2) ctx.report({ path: ["spec", "policyTypes"], messageId: "tooMany", data: { count: String(types.length) } });
  }
});

// rules/netpol/port-number.ts
var port_number_default = defineRule({
  meta: {
    id: "netpol/port-number",
    description: "A numeric NetworkPolicy `port` is an integer from 1 to 65535; the API server rejects anything else.",
    severity: "error",
    remediation: "Use the container port number (1–65535), a named port, or drop `port` to match every port of the protocol.",
    kinds: ["networking.k8s.io/NetworkPolicy"],
    messages: { range: "port {{port}} is not a port number from 1 to 65535" },
    docs: "Source: Kubernetes `ValidateNetworkPolicyPort` (`IsValidPortNum`). A port written as a string is a named port (`netpol/named-port`)."
  },
  check(resource, ctx) {
    for (const ref of kubernetesPorts(resource.value.spec)) {
      const port2 = ref.entry.port;
      if (typeof port2 === "number" && !(Number.isInteger(port2) && port2 >= 1 && port2 <= 65535)) ctx.report({ path: [...ref.path, "port"], messageId: "range", data: { port: String(port2) } });
    }
  }
});

// rules/netpol/protocol.ts
var PROTOCOLS = ["TCP", "UDP", "SCTP"];
var protocol_default = defineRule({
  meta: {
    id: "netpol/protocol",
    description: "A NetworkPolicy port `protocol` is `TCP`, `UDP` or `SCTP` (upper case; TCP when omitted); the API server rejects anything else, ICMP included.",
    severity: "error",
    remediation: "Write `TCP`, `UDP` or `SCTP`. Kubernetes NetworkPolicy cannot match ICMP; use a Calico policy (`protocol: ICMP`) for that.",
    kinds: ["networking.k8s.io/NetworkPolicy"],
    messages: { invalid: "protocol {{protocol}} is not TCP, UDP or SCTP{{hint}}" },
    docs: "Source: Kubernetes `ValidateNetworkPolicyPort` (supported values TCP, UDP, SCTP)."
  },
  check(resource, ctx) {
    for (const ref of kubernetesPorts(resource.value.spec)) {
      const protocol2 = ref.entry.protocol;
      if (protocol2 === void 0 || protocol2 === null || PROTOCOLS.includes(protocol2)) continue;
      const upper = typeof protocol2 === "string" ? protocol2.toUpperCase() : "";
      const hint = PROTOCOLS.includes(upper) ? ` (write ${upper}: the value is case-sensitive)` : "";
      ctx.report({ path: [...ref.path, "protocol"], messageId: "invalid", data: { protocol: JSON.stringify(protocol2), hint } });
    }
  }
});

// rules/netpol/policy-selects-nothing.ts
var policy_selects_nothing_default = defineRule({
  meta: {
    id: "netpol/policy-selects-nothing",
    description: "A policy selects no workload of the input although its namespace (or, for a GlobalNetworkPolicy, the input) has workloads: a typo in a label or selector, or a policy left behind.",
    severity: "warning",
    remediation: "Fix the selector to match the workload labels (pod template labels, not the Deployment's own), or delete the policy.",
    kinds: ["networking.k8s.io/NetworkPolicy", "calico/NetworkPolicy", "calico/GlobalNetworkPolicy"],
    messages: { nothing: "{{policy}} selects none of the {{workloads}} in {{scope}}" }
  },
  check(resource, ctx) {
    const policy = policyOf(ctx.model, resource);
    if (!policy) return;
    const cluster = reachCluster(ctx.model);
    const inScope = policy.namespace === null ? cluster.endpoints : endpointsIn(cluster, policy.namespace);
    if (inScope.length === 0 || selectingClasses(ctx.model, policy).length > 0) return;
    const key = policy.source === "kubernetes" ? "podSelector" : "selector";
    ctx.report({
      path: ["spec", key],
      messageId: "nothing",
      data: { policy: policy.id, workloads: plural(inScope.length, "workload"), scope: policy.namespace === null ? "the input" : `namespace ${policy.namespace}` }
    });
  }
});

// rules/netpol/shadowed-rule.ts
var MAX_CLASSES = 200;
var shadowed_rule_default = defineRule({
  meta: {
    id: "netpol/shadowed-rule",
    description: "An Allow or Pass rule never takes effect: every connection it matches between the input's workloads is denied first by a Calico Deny rule evaluated before it (lower order, or earlier in the same policy or tier).",
    severity: "warning",
    remediation: "Give the allowing policy a lower `order` than the Deny, narrow the Deny rule, or remove the dead rule.",
    kinds: ["networking.k8s.io/NetworkPolicy", "calico/NetworkPolicy", "calico/GlobalNetworkPolicy"],
    messages: { shadowed: "{{direction}} rule {{index}} never applies: every connection it matches is denied first by {{by}}" }
  },
  check(resource, ctx) {
    const policy = policyOf(ctx.model, resource);
    const cluster = reachCluster(ctx.model);
    if (!policy || !ctx.model.memo("netpol/has-calico-policy", () => cluster.policies.some((p) => p.source === "calico"))) return;
    const { classes, classOf } = reachClasses(ctx.model);
    if (classes.length > MAX_CLASSES) return;
    const index = policyIndex(ctx.model);
    const m = { cluster, index, classes };
    const peers = [...classes.map((c) => c.rep), ...cluster.externals];
    for (const dir of ["ingress", "egress"]) {
      for (const rule of policy[dir] ?? []) {
        if (rule.action !== "Allow" && rule.action !== "Pass" || rule.inert !== void 0) continue;
        const deniers = /* @__PURE__ */ new Set();
        let matched = false;
        let effective = false;
        const visit = (subject, peer, cell, dstPorts) => {
          if (!ruleMatches(rule, subject, peer, cell, dstPorts, m.cluster.namespaces)) return;
          matched = true;
          const v = decide(m.cluster, m.index, dir, subject, peer, cell, dstPorts);
          if (v.reason === "rule" && v.action === "Deny" && !(v.policy === policy.id && v.rule === rule.index)) deniers.add(`${v.policy} ${dir} rule ${v.rule}`);
          else effective = true;
        };
        for (const cls of m.classes) {
          const subject = cls.rep;
          if (!matchCond(policy.subject, subject, m.cluster.namespaces)) continue;
          for (const peer of peers) {
            if (peer === subject && cls.members.length < 2) continue;
            if (dir === "ingress") for (const cell of cls.cells) visit(subject, peer, cell, subject.ports);
            else if (peer.type === "workload") for (const cell of classOf.get(peer).cells) visit(subject, peer, cell, peer.ports);
            if (effective) break;
          }
          if (effective) break;
        }
        if (matched && !effective && deniers.size > 0) {
          ctx.report({ path: rule.path, messageId: "shadowed", data: { direction: dir, index: rule.index, by: [...deniers].sort().join(", ") } });
        }
      }
    }
  }
});
function ruleMatches(rule, subject, peer, cell, dstPorts, namespaces) {
  return portMatches(rule.ports, cell, dstPorts) && matchCond(rule.local, subject, namespaces) && matchCond(rule.peer, peer, namespaces);
}

// rules/netpol/index.ts
var netpolRules = [
  builtinDataRule(admin_policy_field_values_default, "rules/netpol/admin-policy-field-values.yaml"),
  and_vs_or_selector_default,
  default_deny_missing_default,
  egress_deny_blocks_dns_default,
  endport_default,
  ipblock_covers_pods_default,
  ipblock_cidr_default,
  ipblock_except_default,
  ipblock_exclusive_default,
  label_selector_default,
  named_port_default,
  named_port_undeclared_default,
  peer_empty_default,
  peer_selects_nothing_default,
  policytypes_default,
  port_number_default,
  protocol_default,
  policy_selects_nothing_default,
  shadowed_rule_default
];

// rules/index.ts
var BUILTIN_RULES = [...calicoRules, ...clusterRules, ...cniRules, ...flannelRules, ...multusRules, ...netpolRules].sort(
  (a, b) => a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0
);
export {
  BUILTIN_RULES
};
