#!/usr/bin/env node
// Generates netlint's Calico schema pack from Calico's own sources at the targeted tag.
//
//   npm run gen:calico-schemas -- --git /path/to/calico.git      extract from upstream, then transform
//   npm run gen:calico-schemas                                    transform the committed extract again
//   npm run gen:calico-schemas -- --check [--git DIR]             fail (exit 1) if a committed file differs
//
// Two stages, two committed files:
// 1. extract (needs a git directory of projectcalico/calico; CI has none): reads the CRD YAML
//    (libcalico-go/config/crd, the tigera-operator Installation CRD the tag vendors), the `validate`
//    struct tags of the v3 API types (api/pkg/apis/projectcalico/v3, libcalico-go/lib/apis/internalapi)
//    and the field-validator regexes of libcalico-go/lib/validator/v3/validator.go, drops
//    descriptions, and writes rules/calico/generated/crd-extract.json with the repository, tag,
//    commit and blob ids it read.
// 2. transform (pure, offline): turns the extract into ajv-ready JSON Schemas, one per kind
//    (rules/calico/generated/crd-schemas.json), plus a coverage note (COVERAGE.md).
// The drift check in `npm test` re-runs stage 2 on the committed extract; stage 1 is checked
// against upstream only where a git directory is at hand (`--check --git DIR`).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

export const REPOSITORY = 'https://github.com/projectcalico/calico';
export const TAG = 'v3.32.1';
export const GENERATOR = 'scripts/gen-calico-schemas.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = 'rules/calico/generated';
export const EXTRACT_FILE = `${OUT_DIR}/crd-extract.json`;
export const PACK_FILE = `${OUT_DIR}/crd-schemas.json`;
export const COVERAGE_FILE = `${OUT_DIR}/COVERAGE.md`;

// The crd.projectcalico.org/v1 CRDs. From v3.32 Calico also generates projectcalico.org/v3 CRDs
// (api/config/crd, which libcalico-go/lib/validator/v3/crd_schemas.go embeds to validate v3
// objects in etcd mode); at v3.32.1 their `spec` schemas and CEL rules are the same as these, the
// v3 Tier CRD's CEL rules only adding a `has(self.spec.defaultAction)` guard.
const CRD_DIR = 'libcalico-go/config/crd';
/** The kinds netlint validates: the CRD that serves each, and the Go spec type the validator walks. */
export const KINDS = [
  { kind: 'BGPConfiguration', crd: `${CRD_DIR}/crd.projectcalico.org_bgpconfigurations.yaml`, spec: 'api.BGPConfigurationSpec' },
  { kind: 'BGPFilter', crd: `${CRD_DIR}/crd.projectcalico.org_bgpfilters.yaml`, spec: 'api.BGPFilterSpec' },
  { kind: 'BGPPeer', crd: `${CRD_DIR}/crd.projectcalico.org_bgppeers.yaml`, spec: 'api.BGPPeerSpec' },
  { kind: 'FelixConfiguration', crd: `${CRD_DIR}/crd.projectcalico.org_felixconfigurations.yaml`, spec: 'api.FelixConfigurationSpec' },
  { kind: 'GlobalNetworkPolicy', crd: `${CRD_DIR}/crd.projectcalico.org_globalnetworkpolicies.yaml`, spec: 'api.GlobalNetworkPolicySpec' },
  { kind: 'GlobalNetworkSet', crd: `${CRD_DIR}/crd.projectcalico.org_globalnetworksets.yaml`, spec: 'api.GlobalNetworkSetSpec' },
  { kind: 'HostEndpoint', crd: `${CRD_DIR}/crd.projectcalico.org_hostendpoints.yaml`, spec: 'api.HostEndpointSpec' },
  { kind: 'IPPool', crd: `${CRD_DIR}/crd.projectcalico.org_ippools.yaml`, spec: 'api.IPPoolSpec' },
  { kind: 'IPReservation', crd: `${CRD_DIR}/crd.projectcalico.org_ipreservations.yaml`, spec: 'api.IPReservationSpec' },
  { kind: 'KubeControllersConfiguration', crd: `${CRD_DIR}/crd.projectcalico.org_kubecontrollersconfigurations.yaml`, spec: 'api.KubeControllersConfigurationSpec' },
  { kind: 'NetworkPolicy', crd: `${CRD_DIR}/crd.projectcalico.org_networkpolicies.yaml`, spec: 'api.NetworkPolicySpec' },
  { kind: 'NetworkSet', crd: `${CRD_DIR}/crd.projectcalico.org_networksets.yaml`, spec: 'api.NetworkSetSpec' },
  { kind: 'StagedGlobalNetworkPolicy', crd: `${CRD_DIR}/crd.projectcalico.org_stagedglobalnetworkpolicies.yaml`, spec: 'api.StagedGlobalNetworkPolicySpec' },
  { kind: 'StagedNetworkPolicy', crd: `${CRD_DIR}/crd.projectcalico.org_stagednetworkpolicies.yaml`, spec: 'api.StagedNetworkPolicySpec' },
  { kind: 'Tier', crd: `${CRD_DIR}/crd.projectcalico.org_tiers.yaml`, spec: 'api.TierSpec' },
  // Calico's Node has no CRD (with the Kubernetes datastore it is the Kubernetes Node); its schema
  // comes from the Go type alone.
  { kind: 'Node', crd: null, spec: 'libapi.NodeSpec' },
  // From v3.32 the tigera-operator chart has no crds/ folder: the operator CRDs ship in the CRD
  // charts, charts/crd.projectcalico.org.v1 and charts/projectcalico.org.v3, whose
  // operator.tigera.io_installations.yaml are the same blob at v3.32.1.
  { kind: 'Installation', group: 'operator.tigera.io', crd: 'charts/crd.projectcalico.org.v1/templates/operator.tigera.io_installations.yaml', spec: null },
];

// v3.32 moved libcalico-go/lib/apis/v3 (package v3, imported as libapi) to
// libcalico-go/lib/apis/internalapi (package internalapi); NodeSpec is unchanged there.
const GO_PACKAGES = { api: 'api/pkg/apis/projectcalico/v3', libapi: 'libcalico-go/lib/apis/internalapi' };
/** Import names under which the Go sources refer to the two packages above. */
const GO_QUALIFIERS = { api: 'api', apiv3: 'api', v3: 'api', libapi: 'libapi', internalapi: 'libapi' };
const VALIDATOR_FILE = 'libcalico-go/lib/validator/v3/validator.go';

// ---------------------------------------------------------------------------------------------
// Stage 1: extract (reads a git directory)

function git(gitDir, ...args) {
  return execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

function stripDescriptions(node) {
  if (Array.isArray(node)) return node.map(stripDescriptions);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'description') continue;
    // `properties` and `enum` hold user names, never the `description` keyword.
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v).map(([p, s]) => [p, stripDescriptions(s)])) : stripDescriptions(v);
  }
  return out;
}

/** Go source → struct fields with their json names and validate tags, and named scalar types. */
export function parseGoTypes(source, pkg) {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const structs = {};
  const named = {};
  for (const m of text.matchAll(/^type (\w+) struct \{\n([\s\S]*?)^\}/gm)) {
    const fields = [];
    for (const line of m[2].split('\n')) {
      const f = /^\s*(?:(\w+)\s+)?([\w.*[\]]+)\s+`([^`]*)`/.exec(line);
      if (!f) continue;
      const json = /json:"([^"]*)"/.exec(f[3])?.[1] ?? '';
      const name = json.split(',')[0];
      const inline = json.includes(',inline') || (!f[1] && !name);
      if (name === '-') continue;
      const validate = /validate:"([^"]*)"/.exec(f[3])?.[1] ?? null;
      fields.push({ json: inline ? null : name, type: f[2], validate, ...(json.split(',').includes('omitempty') ? { omitempty: true } : {}) });
    }
    structs[`${pkg}.${m[1]}`] = fields;
  }
  for (const m of text.matchAll(/^type (\w+) (string|bool|int|int8|int16|int32|int64|uint|uint8|uint16|uint32|uint64|float32|float64)\s*$/gm)) {
    named[`${pkg}.${m[1]}`] = m[2];
  }
  // Named slice types (`type RouteTableRanges []RouteTableIDRange`): a field of such a type is a list.
  const slices = {};
  for (const m of text.matchAll(/^type (\w+) (\[\]\*?[\w.]+)\s*$/gm)) slices[`${pkg}.${m[1]}`] = m[2];
  return { structs, named, slices };
}

/** The validator's single-literal regexes: `name = regexp.MustCompile("…")` or with a raw string. */
export function parseValidatorRegexes(source) {
  const out = {};
  for (const m of source.matchAll(/^\s*(\w+)\s*=\s*regexp\.MustCompile\((?:"((?:[^"\\]|\\.)*)"|`([^`]*)`)\)\s*$/gm)) {
    out[m[1]] = m[3] !== undefined ? m[3] : JSON.parse(`"${m[2]}"`);
  }
  return out;
}

export function extract(gitDir, tag = TAG) {
  const commit = git(gitDir, 'rev-parse', `${tag}^{commit}`).trim();
  const files = [];
  const read = (path) => {
    files.push({ path, blob: git(gitDir, 'rev-parse', `${tag}:${path}`).trim() });
    return git(gitDir, 'show', `${tag}:${path}`);
  };
  const crds = {};
  for (const k of KINDS) {
    if (!k.crd) continue;
    const crd = load(read(k.crd));
    if (crd.spec.names.kind !== k.kind) throw new Error(`${k.crd} defines ${crd.spec.names.kind}, expected ${k.kind}`);
    const version = crd.spec.versions.find((v) => v.storage) ?? crd.spec.versions[0];
    const schema = stripDescriptions(version.schema.openAPIV3Schema);
    // `status` is written by controllers, not by manifests: the pack does not check it.
    delete schema.properties.status;
    crds[k.kind] = { group: crd.spec.group, version: version.name, scope: crd.spec.scope, schema };
  }
  const goTypes = { structs: {}, named: {}, slices: {} };
  for (const [pkg, dir] of Object.entries(GO_PACKAGES)) {
    const names = git(gitDir, 'ls-tree', '--name-only', `${tag}:${dir}`).split('\n').filter((n) => /^[a-z_]+\.go$/.test(n) && !/_test\.go$|^zz_|generated/.test(n)).sort();
    for (const name of names) {
      const parsed = parseGoTypes(read(`${dir}/${name}`), pkg);
      Object.assign(goTypes.structs, parsed.structs);
      Object.assign(goTypes.named, parsed.named);
      Object.assign(goTypes.slices, parsed.slices);
    }
  }
  const validatorRegexes = parseValidatorRegexes(read(VALIDATOR_FILE));
  // The versions of the modules whose types EXTERNAL_ENCODING describes, as the tag's go.mod pins them.
  const goMod = read('go.mod');
  const modules = Object.fromEntries(Object.keys(EXTERNAL_ENCODING_MODULES).map((mod) => [mod, goModVersion(goMod, mod)]));
  return { source: { repository: REPOSITORY, tag, commit, generator: GENERATOR, files }, crds, goTypes, modules, validatorRegexes };
}

// ---------------------------------------------------------------------------------------------
// Stage 2: transform (pure)

/**
 * Go's RE2 accepts a leading `(?i)`; JavaScript (before the `(?i:)` modifier of recent engines)
 * does not: spell each letter outside a character class as `[xX]`.
 */
export function toJsPattern(pattern) {
  if (!pattern.includes('(?i)')) return pattern;
  let out = '';
  let inClass = false;
  const body = pattern.replace('(?i)', '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') { out += c + body[++i]; continue; }
    if (c === '[') inClass = true;
    if (c === ']') inClass = false;
    if (/[A-Za-z]/.test(c)) {
      if (inClass) throw new Error(`cannot make a letter inside a class case-insensitive: ${pattern}`);
      out += `[${c.toUpperCase()}${c.toLowerCase()}]`;
    } else out += c;
  }
  return out;
}

/**
 * Field validators of libcalico-go's validator (registered in its init()) as JSON Schema.
 * `regex` names a variable of validator.go read into the extract; `format` names a check netlint
 * implements in code (src/engine/calico-formats.ts) because it is not a regular expression.
 */
const FIELD_VALIDATORS = {
  action: { regex: 'actionRegex' },
  interface: { regex: 'interfaceRegex', alsoAllow: ['*'] },
  bgpFilterInterface: { regex: 'bgpFilterInterfaceRegex', alsoAllow: ['*'] },
  ignoredInterface: { regex: 'ignoredInterfaceRegex', not: ['*'] },
  ifaceFilter: { regex: 'ifaceFilterRegex' },
  ifaceFilterSlice: { regex: 'ifaceFilterRegex', items: true },
  interfaceSlice: { regex: 'interfaceRegex', items: true },
  ipIpMode: { regex: 'ipipModeRegex' },
  vxlanMode: { regex: 'vxlanModeRegex' },
  assignmentMode: { regex: 'assignmentModeRegex' },
  assignIPs: { regex: 'assignIPsRegex' },
  logLevel: { regex: 'logLevelRegex' },
  bpfLogLevel: { regex: 'bpfLogLevelRegex' },
  bpfServiceMode: { regex: 'bpfServiceModeRegex' },
  bpfConnectTimeLoadBalancing: { regex: 'bpfCTLBRegex' },
  bpfHostNetworkedNATWithoutCTLB: { regex: 'bpfHostNatRegex' },
  dropAcceptReturn: { regex: 'dropAcceptReturnRegex' },
  acceptReturn: { regex: 'acceptReturnRegex' },
  dropReject: { regex: 'dropRejectRegex' },
  ipType: { regex: 'ipTypeRegex' },
  // stagedActionRegex is assembled from the api.StagedAction* constants.
  stagedAction: { schema: { enum: ['Set', 'Delete', 'Learn', 'Ignore'] } },
  sourceAddress: { regex: 'SourceAddressRegex' },
  filterAction: { regex: 'filterActionRegex' },
  matchOperator: { regex: 'matchOperatorRegex' },
  prometheusHost: { regex: 'prometheusHostRegexp' },
  datastoreType: { regex: 'datastoreType' },
  bgpFilterPrefixLengthV4: { schema: { type: 'integer', minimum: 0, maximum: 32 } },
  bgpFilterPrefixLengthV6: { schema: { type: 'integer', minimum: 0, maximum: 128 } },
  ipVersion: { schema: { enum: [4, 6] } },
  policyType: { schema: { enum: ['Ingress', 'Egress'] } },
  iptablesBackend: { schema: { enum: ['', 'Auto', 'NFT', 'Legacy'] } },
  createDefaultHostEndpoint: { schema: { enum: ['Enabled', 'Disabled'] } },
  mustBeFalse: { schema: { const: false } },
  mustBeNil: { schema: { not: {} } },
  regexp: { format: 'calico-regexp' },
  routeSource: { format: 'calico-regexp' },
  name: { format: 'calico-name' },
  // Selectors, AS numbers and a few fields have dedicated rules with finer positions and messages.
  selector: { rule: 'calico/selector-syntax' },
  net: { format: 'calico-net' },
  netv4: { format: 'calico-net-v4' },
  netv6: { format: 'calico-net-v6' },
  cidr: { format: 'calico-cidr' },
  cidrv4: { format: 'calico-cidr-v4' },
  cidrv6: { format: 'calico-cidr-v6' },
  cidrs: { format: 'calico-cidr', items: true },
  ip: { format: 'calico-ip' },
  ipv4: { format: 'calico-ipv4' },
  ipv6: { format: 'calico-ipv6' },
  mac: { format: 'calico-mac' },
  'IP:port': { format: 'calico-ip-port' },
  reachableBy: { format: 'calico-ip' },
  portName: { format: 'calico-port-name' },
  keyValueList: { format: 'calico-key-value-list' },
  labels: { labels: true },
  bpfLogFilters: { mapKeysRegex: 'interfaceRegex' },
};

/** Types from outside the two API packages whose JSON shape and struct validator are known. */
const EXTERNAL_TYPES = {
  // numorstring.Port: a number 1–65535, "min:max", or a named port (validatePort).
  'numorstring.Port': { anyOf: [{ type: 'integer', minimum: 1, maximum: 65535 }, { type: 'string', format: 'calico-port' }] },
  // numorstring.Protocol: 1–255 or one of the names (validateProtocol).
  'numorstring.Protocol': { anyOf: [{ type: 'integer', minimum: 1, maximum: 255 }, { type: 'string', format: 'calico-protocol' }] },
  'numorstring.ASNumber': { rule: 'calico/asnumber-format' },
  // metav1.Duration decodes a string with Go's time.ParseDuration (apimachinery meta/v1 duration.go).
  'metav1.Duration': { type: 'string', format: 'calico-duration' },
};

/**
 * Fields whose validator tag a dedicated rule checks (so one value never gets two findings). The
 * rules marked `whole` also report a value of the wrong type, so the pack leaves those fields out.
 */
const WHOLE_FIELD_RULES = new Set(['calico/ippool-cidr-invalid', 'calico/asnumber-format']);
const FIELD_RULES = {
  'IPPoolSpec.cidr': 'calico/ippool-cidr-invalid',
  'BGPPeerSpec.peerIP': 'calico/bgppeer-peerip-format',
  'NodeBGPSpec.routeReflectorClusterID': 'calico/rr-cluster-id-format',
};

/**
 * CRD keywords (by the node's place in the kind's schema) that a dedicated rule already checks
 * with a stricter condition: the pack leaves them out so one value never gets two findings.
 */
const POLICY_KINDS = ['NetworkPolicy', 'GlobalNetworkPolicy', 'StagedNetworkPolicy', 'StagedGlobalNetworkPolicy'];
const CRD_KEYWORD_RULES = {
  // 0–128; the rule holds IPv4 pools to 20–32 and IPv6 pools to 116–128.
  'IPPool.spec.blockSize': { keywords: ['minimum', 'maximum'], rule: 'calico/ippool-blocksize-range' },
  'IPPool.spec.allowedUses[]': { keywords: ['enum'], rule: 'calico/ippool-allowed-uses' },
  // At most 64 characters; the rule accepts only an address or address:port (at most 53).
  'BGPPeer.spec.peerIP': { keywords: ['maxLength'], rule: 'calico/bgppeer-peerip-format' },
  // At most 4096 characters; the rule caps every selector at 1024.
  'BGPPeer.spec.nodeSelector': { keywords: ['maxLength'], rule: 'calico/selector-syntax' },
  'BGPPeer.spec.peerSelector': { keywords: ['maxLength'], rule: 'calico/selector-syntax' },
  'BGPPeer.spec.localWorkloadSelector': { keywords: ['maxLength'], rule: 'calico/selector-syntax' },
  // A list-type set of at most 2 of the enum's 2 values: more than 2 entries repeat one, which
  // the rule reports at the repeated entry.
  ...Object.fromEntries(POLICY_KINDS.map((k) => [`${k}.spec.types`, { keywords: ['uniqueItems', 'maxItems'], rule: 'calico/policy-types-duplicate' }])),
};

/**
 * The CEL rules (`x-kubernetes-validations`) of the CRDs at the tag, by expression, with the code
 * rule that checks the same condition or why none does. ajv runs no CEL and the pack translates
 * none; an expression not listed here (a new rule, or one upstream rewrote) is listed as not
 * checked until this table is reviewed.
 */
export const CEL_RULES = {
  // BGPConfiguration (api/pkg/apis/projectcalico/v3/bgpconfig.go)
  '!has(self.nodeMeshPassword) || !has(self.nodeToNodeMeshEnabled) || self.nodeToNodeMeshEnabled == true': { rule: 'calico/bgpconfig-mesh-off-settings' },
  '!has(self.nodeMeshMaxRestartTime) || !has(self.nodeToNodeMeshEnabled) || self.nodeToNodeMeshEnabled == true': { rule: 'calico/bgpconfig-mesh-off-settings' },
  // BGPFilter rules (api/pkg/apis/projectcalico/v3/bgpfilter.go)
  '(has(self.cidr) && size(self.cidr) > 0) == (has(self.matchOperator) && size(self.matchOperator) > 0)': { rule: 'calico/bgpfilter-rule-fields' },
  '!has(self.prefixLength) || (has(self.cidr) && size(self.cidr) > 0)': { rule: 'calico/bgpfilter-rule-fields' },
  "!has(self.operations) || size(self.operations) == 0 || self.action == 'Accept'": { rule: 'calico/bgpfilter-rule-fields' },
  // BGPPeer (api/pkg/apis/projectcalico/v3/bgppeer.go)
  '(!has(self.node) || size(self.node) == 0) || (!has(self.nodeSelector) || size(self.nodeSelector) == 0)': { rule: 'calico/bgppeer-exclusive-fields' },
  '(!has(self.peerIP) || size(self.peerIP) == 0) || (!has(self.peerSelector) || size(self.peerSelector) == 0)': { rule: 'calico/bgppeer-exclusive-fields' },
  '(!has(self.peerSelector) || size(self.peerSelector) == 0) || !has(self.asNumber) || self.asNumber == 0': { rule: 'calico/bgppeer-exclusive-fields' },
  '(!has(self.localWorkloadSelector) || size(self.localWorkloadSelector) == 0) || (!has(self.peerIP) || size(self.peerIP) == 0)': { rule: 'calico/bgppeer-local-workload' },
  '(!has(self.localWorkloadSelector) || size(self.localWorkloadSelector) == 0) || (!has(self.peerSelector) || size(self.peerSelector) == 0)': { rule: 'calico/bgppeer-local-workload' },
  '(!has(self.localWorkloadSelector) || size(self.localWorkloadSelector) == 0) || (has(self.asNumber) && self.asNumber != 0)': { rule: 'calico/bgppeer-local-workload' },
  // FelixConfiguration (api/pkg/apis/projectcalico/v3/felixconfig.go)
  '!has(self.routeTableRange) || !has(self.routeTableRanges)': { rule: 'calico/felix-route-table-ranges' },
  "self.metadata.name == 'default' || self.metadata.name.startsWith('node.') ? !has(self.spec.nodeSelector) : true": { rule: 'calico/felix-node-selector' },
  // Policy rules of the four policy kinds (api/pkg/apis/projectcalico/v3/policy_common.go)
  '!has(self.code) || has(self.type)': { rule: 'calico/policy-rule-icmp' },
  // validator.go's validateRule also rejects protocol 6 here; the rule follows it.
  "!has(self.http) || !has(self.protocol) || self.protocol == 'TCP' || self.protocol == 6": { rule: 'calico/policy-rule-http' },
  "self.action == 'Allow' || !has(self.http)": { rule: 'calico/policy-rule-http' },
  // In an ingress rule a destination services match is itself reported by the rule.
  '!has(self.destination) || !has(self.destination.services) || (!has(self.destination.ports) || size(self.destination.ports) == 0) && (!has(self.destination.notPorts) || size(self.destination.notPorts) == 0)': { rule: 'calico/policy-rule-services' },
  // (Staged)GlobalNetworkPolicy (api/pkg/apis/projectcalico/v3/globalnetworkpolicy.go, stagedglobalnetworkpolicy.go)
  '!((has(self.doNotTrack) && self.doNotTrack) && (has(self.preDNAT) && self.preDNAT))': { rule: 'calico/gnp-prednat-donottrack' },
  '(!has(self.preDNAT) || !self.preDNAT) || !has(self.egress) || size(self.egress) == 0': { rule: 'calico/gnp-prednat-donottrack' },
  "(!has(self.preDNAT) || !self.preDNAT) || !has(self.types) || !self.types.exists(t, t == 'Egress')": { rule: 'calico/gnp-prednat-donottrack' },
  '(has(self.applyOnForward) && self.applyOnForward) || ((!has(self.doNotTrack) || !self.doNotTrack) && (!has(self.preDNAT) || !self.preDNAT))': { rule: 'calico/gnp-prednat-donottrack' },
  // HostEndpoint (api/pkg/apis/projectcalico/v3/hostendpoint.go)
  '(has(self.interfaceName) && size(self.interfaceName) > 0) || (has(self.expectedIPs) && size(self.expectedIPs) > 0)': { rule: 'calico/hostendpoint-node-interface' },
  'has(self.node) && size(self.node) > 0': { rule: 'calico/hostendpoint-node-interface' },
  // IPPool (api/pkg/apis/projectcalico/v3/ippool.go)
  'self == oldSelf': { none: 'a transition rule: it compares an update with the stored object, which a manifest does not show' },
  "!has(self.ipipMode) || !has(self.vxlanMode) || self.ipipMode == 'Never' || self.vxlanMode == 'Never' || size(self.ipipMode) == 0 || size(self.vxlanMode) == 0": { rule: 'calico/ippool-ipip-and-vxlan' },
  "!has(self.allowedUses) || !self.allowedUses.exists(u, u == 'LoadBalancer') || (!has(self.ipipMode) || size(self.ipipMode) == 0 || self.ipipMode == 'Never') && (!has(self.vxlanMode) || size(self.vxlanMode) == 0 || self.vxlanMode == 'Never')": { rule: 'calico/ippool-allowed-uses' },
  "!has(self.allowedUses) || !self.allowedUses.exists(u, u == 'LoadBalancer') || !self.allowedUses.exists(u, u == 'Workload' || u == 'Tunnel')": { rule: 'calico/ippool-allowed-uses' },
  "!self.cidr.contains(':') || !has(self.ipipMode) || self.ipipMode == 'Never' || size(self.ipipMode) == 0": { rule: 'calico/ippool-ipip-ipv6' },
  // Tier (api/pkg/apis/projectcalico/v3/tier.go)
  "self.metadata.name == 'kube-admin' ? self.spec.defaultAction == 'Pass' : true": { rule: 'calico/builtin-tier' },
  "self.metadata.name == 'kube-baseline' ? self.spec.defaultAction == 'Pass' : true": { rule: 'calico/builtin-tier' },
  "self.metadata.name == 'default' ? self.spec.defaultAction == 'Deny' : true": { rule: 'calico/builtin-tier' },
  // Installation (the operator's api/v1/installation_types.go)
  "self.metadata.name == 'default' || self.metadata.name == 'tigera-secure' || self.metadata.name == 'overlay'": { rule: 'calico/installation-name' },
};

/**
 * How encoding/json writes the types from outside the two API packages that the spec types hold,
 * for the fields the typed round trip always writes (Transformer.encodedZeros). A struct lists its
 * fields with their json tags; a type with its own MarshalJSON gives the text of its zero value.
 * The extract records the versions the calico tag's go.mod pins; the transform refuses a pin that
 * differs from the one the entry was read at (EXTERNAL_ENCODING_MODULES), so an upgrade is looked at.
 */
export const EXTERNAL_ENCODING_MODULES = { 'k8s.io/api': 'v0.35.6', 'k8s.io/apimachinery': 'v0.35.6' };
const EXTERNAL_ENCODING = {
  // k8s.io/api core/v1 types.go: SecretKeySelector inlines LocalObjectReference, whose `name` has
  // omitempty; `key` has none (so a missing key is written as ""); `optional` is a *bool with omitempty.
  'k8sv1.SecretKeySelector': { module: 'k8s.io/api', fields: [{ json: 'name', type: 'string', omitempty: true }, { json: 'key', type: 'string' }, { json: 'optional', type: '*bool', omitempty: true }] },
  // k8s.io/apimachinery meta/v1 duration.go: a Duration marshals as Duration.String(), "0s" when zero.
  'metav1.Duration': { module: 'k8s.io/apimachinery', zero: '0s' },
  // calico api/pkg/lib/numorstring uint8orstring.go: the zero Protocol is of the number type and
  // marshals as its number, 0.
  'numorstring.Protocol': { zero: 0 },
};

/** The version go.mod gives a module: its `replace … => module version` if any, else its `require`. */
export function goModVersion(goMod, module) {
  const esc = module.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const replaced = new RegExp(`^\\s*(?:replace\\s+)?${esc}(?:\\s+v\\S+)?\\s+=>\\s+${esc}\\s+(v\\S+)\\s*$`, 'm').exec(goMod);
  const required = new RegExp(`^\\s*(?:require\\s+)?${esc}\\s+(v\\S+)(?:\\s+//.*)?$`, 'm').exec(goMod);
  const version = replaced?.[1] ?? required?.[1];
  if (!version) throw new Error(`go.mod does not pin ${module}`);
  return version;
}

const GO_INTS = new Set(['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64']);
const UINT_MAX = { uint8: 255, uint16: 65535, uint32: 4294967295 };

function splitTags(tag) {
  const out = [];
  // `oneof=A B` holds spaces, never commas; `|` (or) does not appear in the v3 tags.
  for (const part of tag.split(',')) if (part) out.push(part);
  return out;
}

class Transformer {
  constructor(ex) {
    this.ex = ex;
    this.unmapped = new Map();
    this.covered = new Map();
    this.delegated = new Map();
    /** CEL expression → the messages it carries and the schema places it sits at. */
    this.cel = new Map();
  }

  note(map, key, where) {
    if (!map.has(key)) map.set(key, new Set());
    map.get(key).add(where);
  }

  resolveType(goType, pkg) {
    let t = goType.replace(/^\*/, '');
    let container = null;
    if (t.startsWith('[]')) { container = 'array'; t = t.slice(2).replace(/^\*/, ''); }
    else if (t.startsWith('map[string]')) { container = 'map'; t = t.slice(11).replace(/^\*/, ''); }
    let qualified;
    const dot = t.indexOf('.');
    if (dot > 0) {
      const q = GO_QUALIFIERS[t.slice(0, dot)];
      qualified = q ? `${q}.${t.slice(dot + 1)}` : t;
    } else qualified = GO_INTS.has(t) || ['string', 'bool', 'float32', 'float64'].includes(t) ? t : `${pkg}.${t}`;
    const scalar = this.ex.goTypes.named[qualified] ?? (GO_INTS.has(qualified) || ['string', 'bool', 'float32', 'float64'].includes(qualified) ? qualified : null);
    return { container, type: qualified, scalar, struct: this.ex.goTypes.structs[qualified] ? qualified : null };
  }

  /** Validator constraints of one Go value (field or element) as JSON Schema keywords. */
  tagSchema(tags, resolved, where) {
    const parts = [];
    const scalar = resolved.scalar;
    const isNumber = scalar && (GO_INTS.has(scalar) || scalar.startsWith('float'));
    for (const tag of tags) {
      const [name, arg] = tag.split('=');
      if (name === 'omitempty' || name === 'required' || name === 'dive') continue;
      if (name === 'oneof') { parts.push({ enum: arg.split(' ').map((v) => (isNumber ? Number(v) : v)) }); this.note(this.covered, 'oneof', where); continue; }
      if (['gte', 'gt', 'lte', 'lt', 'min', 'max'].includes(name)) {
        const n = Number(arg);
        const kw = { gte: 'minimum', min: 'minimum', gt: 'exclusiveMinimum', lte: 'maximum', max: 'maximum', lt: 'exclusiveMaximum' }[name];
        if (resolved.container === 'array' || resolved.container === 'map') parts.push({ [kw.includes('inimum') ? 'minItems' : 'maxItems']: kw.startsWith('exclusive') ? n + (kw.includes('Min') ? 1 : -1) : n });
        else if (scalar === 'string') parts.push({ [kw.includes('inimum') ? 'minLength' : 'maxLength']: kw.startsWith('exclusive') ? n + (kw.includes('Min') ? 1 : -1) : n });
        else parts.push({ [kw]: n });
        this.note(this.covered, name, where);
        continue;
      }
      if (name === 'unique') { parts.push({ uniqueItems: true }); this.note(this.covered, name, where); continue; }
      const v = FIELD_VALIDATORS[name];
      if (!v) { this.note(this.unmapped, name, where); continue; }
      if (v.rule || FIELD_RULES[where]) { this.note(this.delegated, `${name} → ${v.rule ?? FIELD_RULES[where]}`, where); continue; }
      // A slice validator on a scalar field (upstream tags bpfExportBufferSizeMB, an int, with
      // `cidrs`) cannot hold for any value; leave it out rather than reject every value.
      if ((v.items && resolved.container !== 'array') || ((v.labels || v.mapKeysRegex) && resolved.container !== 'map')) { this.note(this.unmapped, `${name} on a field of another type`, where); continue; }
      this.note(this.covered, name, where);
      let s;
      if (v.regex) {
        const rx = this.ex.validatorRegexes[v.regex];
        if (rx === undefined) throw new Error(`validator.go has no single-literal regex ${v.regex}`);
        s = { type: 'string', pattern: toJsPattern(rx) };
        if (v.alsoAllow) s = { if: { not: { enum: v.alsoAllow } }, then: s };
        if (v.not) s = { ...s, not: { enum: v.not } };
      } else if (v.schema) s = v.schema;
      else if (v.format) s = { type: 'string', format: v.format };
      else if (v.labels) s = { type: 'object', propertyNames: { format: 'calico-label-key' }, additionalProperties: { type: 'string', format: 'calico-label-value' } };
      else if (v.mapKeysRegex) s = { type: 'object', propertyNames: { pattern: this.ex.validatorRegexes[v.mapKeysRegex] } };
      if (v.items) s = { type: 'array', items: s };
      parts.push(s);
    }
    return parts;
  }

  /**
   * Schema from a Go field: its type's shape (struct properties or a known external type) and its
   * tags. `validated` false: the validator never looks inside (an element of a slice or map whose
   * field has no `dive`: go-playground/validator descends into a struct field by itself, into a
   * slice's or map's elements only on `dive`), so only the shape is kept (libcalico-go's Node
   * `addresses`, `omitempty` only, whose elements' `net` tag is never run).
   */
  fieldSchema(field, pkg, where, depth, validated = true) {
    const resolved = this.resolveType(field.type, pkg);
    if (WHOLE_FIELD_RULES.has(FIELD_RULES[where])) { this.note(this.delegated, `${field.validate} → ${FIELD_RULES[where]}`, where); return { [DELEGATED]: true }; }
    const tags = validated && field.validate ? splitTags(field.validate) : [];
    const omitempty = tags.includes('omitempty');
    const dive = tags.indexOf('dive');
    const elemResolved = { ...resolved, container: null };
    // On a slice or map, the tags before `dive` apply to the whole value, those after it to each element.
    const ownParts = resolved.container ? this.tagSchema(dive >= 0 ? tags.slice(0, dive) : tags, resolved, where) : [];
    const elemParts = this.tagSchema(resolved.container ? (dive >= 0 ? tags.slice(dive + 1) : []) : tags, elemResolved, where);
    const elemSchema = merge(this.shapeOf(elemResolved, depth, validated && (!resolved.container || dive >= 0)), ...elemParts);
    let schema;
    if (resolved.container === 'array') schema = merge({ type: 'array', items: elemSchema }, ...ownParts);
    else if (resolved.container === 'map') schema = merge({ type: 'object', additionalProperties: elemSchema }, ...ownParts);
    else schema = elemSchema;
    // `omitempty` skips the checks for the zero value ("", 0, false); so does an absent value.
    // `omitempty` skips the zero value of a plain field; for a pointer field it skips only nil,
    // and a null never reaches the schema (netlint prunes nulls as the API server does).
    if (omitempty && resolved.scalar && !resolved.container && !field.type.startsWith('*') && hasChecks(schema)) schema = { if: { not: { enum: zeroOf(resolved.scalar) } }, then: schema };
    return schema;
  }

  /**
   * The `spec` fields whose Go zero value a typed client drops when it encodes the object (a plain,
   * non-pointer scalar with `json:",omitempty"`), with that zero value: calicoctl and Calico's API
   * server send the object on without them, so the CRD's schema never sees `listenPort: 0`.
   */
  omittedZeros(k) {
    if (!k.spec) return {};
    const [pkg] = k.spec.split('.');
    const out = {};
    for (const f of this.ex.goTypes.structs[k.spec] ?? []) {
      if (!f.omitempty || !f.json || f.type.startsWith('*') || f.type.startsWith('[') || f.type.startsWith('map[')) continue;
      const resolved = this.resolveType(f.type, pkg);
      if (resolved.scalar && !resolved.container) out[f.json] = zeroOf(resolved.scalar)[0];
    }
    return out;
  }

  /**
   * The fields a typed Go client writes even when the object leaves them out, with the value it
   * writes: a plain (non-pointer) scalar without `json:",omitempty"` is encoded at its zero value,
   * so calicoctl and Calico's API server send `key: ""` for a secretKeyRef written without `key`,
   * and the CRD's `required` is met. A tree over the spec: a field name leads to its value, `[]`
   * to each list element, `{}` to each map value; a leaf is the zero value written. Pointers,
   * lists and maps are written as null when unset, which the API server prunes, so only what the
   * object holds is descended into. A field whose validator tag checks its value (the tag does not
   * start with omitempty) is left out: Calico's validator judges the zero there, and netlint keeps
   * reporting the field as missing.
   */
  encodedZeros(k) {
    if (!k.spec) return {};
    return this.zerosOf(k.spec, new Set()) ?? {};
  }

  zerosOf(name, seen) {
    if (seen.has(name)) return null;
    const inner = new Set(seen).add(name);
    const external = EXTERNAL_ENCODING[name];
    const fields = external?.fields ?? this.ex.goTypes.structs[name];
    const pkg = name.split('.')[0];
    const out = {};
    for (const f of fields) {
      if (f.json === null) {
        const r = this.resolveType(f.type, pkg);
        if (r.struct) Object.assign(out, this.zerosOf(r.struct, inner) ?? {});
        continue;
      }
      if (!f.json) continue;
      const node = this.zeroNode(f, pkg, inner);
      if (node !== undefined) out[f.json] = node;
    }
    return Object.keys(out).length > 0 ? out : null;
  }

  /** The tree below one field (see encodedZeros), or undefined when nothing there is always written. */
  zeroNode(f, pkg, seen) {
    let type = f.type;
    const pointer = type.startsWith('*');
    type = type.replace(/^\*/, '');
    // A named slice type (RouteTableRanges) is its slice.
    const qualified = (t) => { const d = t.indexOf('.'); return d > 0 ? `${GO_QUALIFIERS[t.slice(0, d)] ?? t.slice(0, d)}.${t.slice(d + 1)}` : `${pkg}.${t}`; };
    if (!type.startsWith('[') && !type.startsWith('map[') && this.ex.goTypes.slices?.[qualified(type)]) type = this.ex.goTypes.slices[qualified(type)];
    if (type.startsWith('[]') || type.startsWith('map[string]')) {
      // An element is there or not; only a struct element has fields of its own to fill.
      const elem = this.resolveType(type.startsWith('[]') ? type.slice(2) : type.slice(11), pkg);
      const sub = elem.struct || EXTERNAL_ENCODING[elem.type]?.fields ? this.zerosOf(elem.struct ?? elem.type, seen) : null;
      return sub === null ? undefined : { [type.startsWith('[]') ? '[]' : '{}']: sub };
    }
    const resolved = this.resolveType(type, pkg);
    const external = EXTERNAL_ENCODING[resolved.type];
    if (resolved.struct || external?.fields) {
      const sub = this.zerosOf(resolved.struct ?? resolved.type, seen);
      if (sub === null) return undefined;
      // A non-pointer struct is written even when the object leaves it out (encoding/json has no
      // empty struct); the tree descends only into what the object holds, so such a struct with
      // fields always written below it is not modelled: fail rather than miss it.
      if (!pointer && !external) throw new Error(`${f.json}: a non-pointer struct ${resolved.type} with always-written fields ${JSON.stringify(sub)}; encodedZeros does not create absent structs`);
      return sub;
    }
    if (pointer || f.omitempty) return undefined;
    const tags = f.validate ? splitTags(f.validate) : [];
    if (tags.length > 0 && tags[0] !== 'omitempty') return undefined;
    if (resolved.scalar) return zeroOf(resolved.scalar)[0];
    if (external && 'zero' in external) return external.zero;
    if (EXTERNAL_TYPES[resolved.type] || resolved.type.includes('.')) throw new Error(`${f.json}: how encoding/json writes a zero ${resolved.type} is not known: add it to EXTERNAL_ENCODING`);
    return undefined;
  }

  shapeOf(resolved, depth, validated = true) {
    const external = EXTERNAL_TYPES[resolved.type];
    if (external?.rule) { this.note(this.delegated, `${resolved.type} → ${external.rule}`, resolved.type); return { [DELEGATED]: true }; }
    if (external) return structuredClone(external);
    if (resolved.struct && depth < 12) return this.structSchema(resolved.struct, depth + 1, validated);
    if (resolved.scalar === 'string') return { type: 'string' };
    if (resolved.scalar === 'bool') return { type: 'boolean' };
    if (resolved.scalar?.startsWith('float')) return { type: 'number' };
    if (resolved.scalar && GO_INTS.has(resolved.scalar)) {
      const s = { type: 'integer' };
      if (resolved.scalar.startsWith('uint')) { s.minimum = 0; if (UINT_MAX[resolved.scalar]) s.maximum = UINT_MAX[resolved.scalar]; }
      return s;
    }
    return {};
  }

  structSchema(name, depth = 0, validated = true) {
    const pkg = name.split('.')[0];
    const properties = {};
    const required = [];
    for (const f of this.ex.goTypes.structs[name]) {
      if (f.json === null) {
        const r = this.resolveType(f.type, pkg);
        if (r.struct) {
          const inner = this.structSchema(r.struct, depth + 1, validated);
          Object.assign(properties, inner.properties);
          required.push(...(inner.required ?? []));
        }
        continue;
      }
      if (!f.json) continue;
      properties[f.json] = this.fieldSchema(f, pkg, `${name.split('.')[1]}.${f.json}`, depth, validated);
      if (validated && f.validate && splitTags(f.validate).includes('required')) required.push(f.json);
    }
    const s = { type: 'object', properties };
    if (required.length) s.required = required;
    return s;
  }

  /** A Kubernetes structural schema → the ajv schema that behaves like the API server's validation. */
  crdNode(node, where) {
    if (Array.isArray(node) || node === null || typeof node !== 'object') return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      switch (k) {
        case 'properties':
          out.properties = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, this.crdNode(s, `${where}.${p}`)]));
          break;
        case 'items':
        case 'additionalProperties':
          out[k] = typeof v === 'object' ? this.crdNode(v, `${where}[]`) : v;
          break;
        case 'anyOf':
        case 'oneOf':
        case 'allOf':
          out[k] = v.map((s) => this.crdNode(s, where));
          break;
        case 'not':
          out.not = this.crdNode(v, where);
          break;
        case 'pattern':
          out.pattern = toJsPattern(v);
          this.note(this.covered, 'crd:pattern', where);
          break;
        case 'format':
          // `cidr`: the API server checks it against the schema (kube-openapi strfmt IsCIDR,
          // netutils.ParseCIDRSloppy), on the object as calicoctl and Calico's API server re-serialise it too.
          // int32/int64/byte/date-time: the API server checks these while decoding, not in the
          // schema; netlint leaves them to the type check.
          if (v === 'cidr') {
            out.format = 'calico-crd-cidr';
            this.note(this.covered, 'crd:format cidr', where);
          } else this.note(this.unmapped, `crd:format ${v}`, where);
          break;
        case 'x-kubernetes-list-type':
          if (v === 'set') out.uniqueItems = true;
          if (v === 'map') this.note(this.unmapped, 'crd:x-kubernetes-list-type map (unique keys)', where);
          break;
        case 'x-kubernetes-validations':
          for (const rule of v) {
            if (!this.cel.has(rule.rule)) this.cel.set(rule.rule, { messages: new Set(), where: new Set() });
            this.cel.get(rule.rule).where.add(where);
            if (rule.message) this.cel.get(rule.rule).messages.add(rule.message);
          }
          break;
        case 'x-kubernetes-int-or-string':
          if (!node.anyOf) out.anyOf = [{ type: 'integer' }, { type: 'string' }];
          break;
        case 'description': case 'default': case 'nullable': case 'example':
        case 'x-kubernetes-preserve-unknown-fields': case 'x-kubernetes-map-type':
        case 'x-kubernetes-list-map-keys': case 'x-kubernetes-embedded-resource':
          break;
        default:
          if (CRD_KEYWORD_RULES[where]?.keywords.includes(k)) { this.note(this.delegated, `crd:${k} → ${CRD_KEYWORD_RULES[where].rule}`, where); break; }
          if (['enum', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'required', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'uniqueItems', 'minProperties', 'maxProperties'].includes(k)) this.note(this.covered, `crd:${k}`, where);
          out[k] = v;
      }
    }
    // An int-or-string field takes both whatever `type` the CRD also writes (Calico's istioDSCPMark
    // says `integer`; its Go type, numorstring.DSCP, decodes a name too): apiextensions turns the
    // extension into anyOf integer/string in place of the type.
    if (node['x-kubernetes-int-or-string'] === true) delete out.type;
    if (CRD_KEYWORD_RULES[where]?.keywords.includes('uniqueItems') && node['x-kubernetes-list-type'] === 'set') {
      delete out.uniqueItems;
      this.note(this.delegated, `crd:x-kubernetes-list-type set → ${CRD_KEYWORD_RULES[where].rule}`, where);
    }
    // Unknown fields: Kubernetes prunes them (and kubectl's strict field validation rejects them)
    // unless the schema preserves them.
    if (node.type === 'object' && node.properties && node.additionalProperties === undefined && !node['x-kubernetes-preserve-unknown-fields']) out.additionalProperties = false;
    return out;
  }

  kindSchema(k) {
    const crd = this.ex.crds[k.kind];
    const crdSchema = crd ? { ...crd.schema, properties: { ...crd.schema.properties, status: STATUS } } : null;
    let schema = crd ? this.crdNode(crdSchema, k.kind) : {
      type: 'object',
      properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, spec: { type: 'object' }, status: STATUS },
    };
    if (k.spec) {
      const fromGo = this.structSchema(k.spec);
      if (!crd) fromGo.additionalProperties = false;
      schema = { ...schema, properties: { ...schema.properties, spec: crd ? overlay(schema.properties.spec, fromGo) : closeObjects(fromGo) } };
    }
    return schema;
  }
}

/** `status` is written by controllers and ignored on create and update of the spec: not checked. */
const STATUS = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };

/**
 * Moves subschemas that occur more than once in a kind (the operator CRD repeats whole pod
 * templates per component) into `$defs`, so the pack stays small and ajv compiles each once.
 */
function shareRepeats(schema) {
  const counts = new Map();
  const count = (node) => {
    if (!node || typeof node !== 'object') return;
    if (!Array.isArray(node)) {
      const key = JSON.stringify(node);
      if (key.length >= 400) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const v of Object.values(node)) count(v);
  };
  count(schema);
  const defs = {};
  const names = new Map();
  const replace = (node, isRoot) => {
    if (!node || typeof node !== 'object') return node;
    if (!isRoot && !Array.isArray(node)) {
      const key = JSON.stringify(node);
      if ((counts.get(key) ?? 0) > 1) {
        if (!names.has(key)) {
          const name = `s${names.size}`;
          names.set(key, name);
          defs[name] = null;
          defs[name] = replaceChildren(node);
        }
        return { $ref: `#/$defs/${names.get(key)}` };
      }
    }
    return replaceChildren(node);
  };
  const replaceChildren = (node) => {
    if (Array.isArray(node)) return node.map((v) => replace(v, false));
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === 'enum' || k === 'required' || k === 'const' ? v : k === 'properties' ? Object.fromEntries(Object.entries(v).map(([p, x]) => [p, replace(x, false)])) : replace(v, false);
    return out;
  };
  const out = replace(schema, true);
  return names.size ? { ...out, $defs: defs } : out;
}

function zeroOf(scalar) {
  if (scalar === 'string') return [''];
  if (scalar === 'bool') return [false];
  return [0];
}

function hasChecks(schema) {
  return Object.keys(schema).some((k) => k !== 'type');
}

function merge(base, ...parts) {
  const extra = parts.filter((p) => p && Object.keys(p).length > 0);
  if (extra.length === 0) return base;
  const out = { ...base };
  const rest = [];
  for (const p of extra) {
    for (const [k, v] of Object.entries(p)) {
      if (out[k] === undefined) out[k] = v;
      else if (k === 'type' && out[k] === v) continue;
      else rest.push({ [k]: v });
    }
  }
  if (rest.length) out.allOf = [...(out.allOf ?? []), ...rest];
  return out;
}

/** Objects built from Go structs alone close their field set, as the API server's decoder does. */
function closeObjects(s) {
  if (!s || typeof s !== 'object') return s;
  if (s[DELEGATED]) return {};
  if (s.type === 'object' && s.properties) {
    s.additionalProperties ??= false;
    for (const [k, p] of Object.entries(s.properties)) s.properties[k] = closeObjects(p);
  }
  if (s.items) closeObjects(s.items);
  if (s.then) closeObjects(s.then);
  return s;
}

/**
 * Lays the validator's constraints from the Go type over the CRD's node for the same field. The
 * CRD decides the shape (properties, additionalProperties); the Go side adds keywords. A Go field
 * the CRD lacks is ignored: the API server would drop it.
 */
function overlay(crd, go) {
  if (!crd || !go) return crd;
  if (go[DELEGATED]) return {};
  const out = { ...crd };
  const goKeys = Object.keys(go).filter((k) => !['type', 'properties', 'items', 'additionalProperties', 'required'].includes(k));
  const extra = {};
  for (const k of goKeys) extra[k] = go[k];
  if (go.properties && crd.properties) {
    out.properties = { ...crd.properties };
    for (const [p, s] of Object.entries(go.properties)) if (out.properties[p]) out.properties[p] = overlay(out.properties[p], s);
  }
  if (go.items && crd.items) out.items = overlay(crd.items, go.items);
  if (go.additionalProperties && typeof crd.additionalProperties === 'object') out.additionalProperties = overlay(crd.additionalProperties, go.additionalProperties);
  if (go.required) {
    const req = new Set([...(crd.required ?? []), ...go.required.filter((r) => crd.properties?.[r])]);
    if (req.size) out.required = [...req];
  }
  if (Object.keys(extra).length) out.allOf = [...(out.allOf ?? []), extra];
  return out;
}

/** Marks a field a dedicated rule checks entirely: the pack accepts any value there. */
const DELEGATED = 'x-netlint-dedicated-rule';

/** The encodedZeros tree of one spec type (Transformer.encodedZeros), for the tests. */
export function encodedZerosOf(ex, spec) {
  return new Transformer(ex).encodedZeros({ spec });
}

export function transform(ex) {
  for (const [mod, version] of Object.entries(EXTERNAL_ENCODING_MODULES)) {
    if (ex.modules?.[mod] !== version) throw new Error(`${ex.source.tag}'s go.mod pins ${mod} ${ex.modules?.[mod] ?? '(none)'}; EXTERNAL_ENCODING was read at ${version}: check its entries against that version, then update EXTERNAL_ENCODING_MODULES`);
  }
  const t = new Transformer(ex);
  const kinds = {};
  for (const k of KINDS) {
    const group = k.group ?? 'projectcalico.org';
    kinds[k.kind] = { group, crd: ex.crds[k.kind] ? `${ex.crds[k.kind].group}/${ex.crds[k.kind].version}` : null, schema: shareRepeats(t.kindSchema(k)) };
    const dropped = t.omittedZeros(k);
    if (Object.keys(dropped).length > 0) kinds[k.kind].omittedZeros = dropped;
    const written = t.encodedZeros(k);
    if (Object.keys(written).length > 0) kinds[k.kind].encodedZeros = written;
  }
  const pack = {
    $comment: `Generated by ${GENERATOR} from ${ex.source.repository} at ${ex.source.tag} (commit ${ex.source.commit}); do not edit. Regenerate with: npm run gen:calico-schemas -- --git <calico git dir>`,
    source: ex.source,
    kinds,
  };
  return { pack, coverage: coverageNote(ex, t) };
}

function coverageNote(ex, t) {
  const list = (map) => [...map.keys()].sort().map((k) => `- \`${k}\` (${[...map.get(k)].sort().slice(0, 6).join(', ')}${map.get(k).size > 6 ? ', …' : ''})`).join('\n');
  const places = (set) => `${[...set].sort().slice(0, 4).join(', ')}${set.size > 4 ? `, … (${set.size} places)` : ''}`;
  const celLine = ([expr, { messages, where }]) => `- ${messages.size ? [...messages].sort().map((m) => `"${m}"`).join(' / ') : 'no message'} (${places(where)}): \`${expr}\``;
  const celEntries = [...t.cel.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const celChecked = celEntries.filter(([expr]) => CEL_RULES[expr]?.rule);
  const celUnchecked = celEntries.filter(([expr]) => !CEL_RULES[expr]?.rule);
  const byRule = new Map();
  for (const e of celChecked) byRule.set(CEL_RULES[e[0]].rule, [...(byRule.get(CEL_RULES[e[0]].rule) ?? []), e]);
  const celPlaces = celEntries.reduce((n, [, { where }]) => n + where.size, 0);
  const celSection = celEntries.length === 0
    ? 'CEL rules (`x-kubernetes-validations`) in these CRDs at this tag: none, so there is nothing to translate.'
    : `## CEL rules (\`x-kubernetes-validations\`)

These CRDs carry ${celEntries.length} distinct CEL rules at this tag (${celPlaces} places). The pack translates none of them (ajv runs no CEL); the code rules below check the same condition. The list is matched by expression, so a rule upstream adds or rewrites appears under "not checked" until \`CEL_RULES\` in the generator is reviewed.

### Checked by a code rule (${celChecked.length})

${[...byRule.keys()].sort().map((rule) => `\`${rule}\`:\n${byRule.get(rule).map((e) => `  ${celLine(e)}`).join('\n')}`).join('\n')}

### Not checked (${celUnchecked.length})

${celUnchecked.map((e) => `${celLine(e)}${CEL_RULES[e[0]]?.none && CEL_RULES[e[0]].none !== 'no rule' ? ` (${CEL_RULES[e[0]].none})` : ''}${CEL_RULES[e[0]] ? '' : ' (not reviewed)'}`).join('\n')}`;
  return `# Calico schema pack: what it checks

Generated by \`${GENERATOR}\` from ${ex.source.repository} at \`${ex.source.tag}\` (commit \`${ex.source.commit}\`); do not edit.

Kinds: ${KINDS.map((k) => `\`${k.kind}\``).join(', ')}.

Each kind's schema is the CRD's OpenAPI schema (${KINDS.filter((k) => k.crd).length - 1} from \`libcalico-go/config/crd\`, \`Installation\` from the tigera-operator CRD the tag vendors), with the \`validate\` struct tags of the v3 Go types (${Object.values(GO_PACKAGES).map((d) => `\`${d}\``).join(', ')}) laid over the same fields, using the field validators of \`libcalico-go/lib/validator/v3/validator.go\`. \`Node\` has no CRD: its schema is the Go type's. Fields the schema does not name are reported as unknown (an error: calicoctl decodes strictly, and kubectl's field validation is strict; a warning for a name that differs from a field in case only, which calicoctl takes, a field a later release removed, or an Enterprise field); \`null\` is accepted wherever the API server would prune it.

## Checked

${list(t.covered)}

## Checked by a dedicated rule instead

${list(t.delegated)}

## Not checked by the pack

${list(t.unmapped)}

Struct-level validators of validator.go (policy names, ICMP and protocol combinations, address
families, route-table ranges, BGP communities, …) are code rules in \`rules/calico/\`, not part of
this pack.

${celSection}
`;
}

// ---------------------------------------------------------------------------------------------
// CLI

/** JSON with one line per entry of the top-level maps (one kind, one CRD, one Go type a line). */
export function stable(value) {
  const lines = ['{'];
  const top = Object.entries(value);
  top.forEach(([k, v], i) => {
    const comma = i < top.length - 1 ? ',' : '';
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 1) {
      lines.push(`${JSON.stringify(k)}: {`);
      const inner = Object.entries(v);
      inner.forEach(([ik, iv], j) => lines.push(`  ${JSON.stringify(ik)}: ${JSON.stringify(iv)}${j < inner.length - 1 ? ',' : ''}`));
      lines.push(`}${comma}`);
    } else lines.push(`${JSON.stringify(k)}: ${JSON.stringify(v)}${comma}`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function main(argv) {
  const args = { check: argv.includes('--check'), git: process.env.CALICO_GIT_DIR ?? null, tag: TAG };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--git') args.git = argv[++i];
    if (argv[i] === '--tag') args.tag = argv[++i];
  }
  const read = (rel) => { try { return readFileSync(resolve(ROOT, rel), 'utf8'); } catch { return null; } };
  const outputs = {};
  let ex;
  if (args.git) {
    ex = extract(args.git, args.tag);
    outputs[EXTRACT_FILE] = stable(ex);
  } else {
    const text = read(EXTRACT_FILE);
    if (text === null) { console.error(`${EXTRACT_FILE} is missing: run with --git <calico git dir>`); return 2; }
    ex = JSON.parse(text);
  }
  const { pack, coverage } = transform(ex);
  outputs[PACK_FILE] = stable(pack);
  outputs[COVERAGE_FILE] = coverage;
  if (args.check) {
    const stale = Object.entries(outputs).filter(([rel, text]) => read(rel) !== text).map(([rel]) => rel);
    if (stale.length) { console.error(`out of date: ${stale.join(', ')}; run npm run gen:calico-schemas${args.git ? ' -- --git <dir>' : ''}`); return 1; }
    console.log(`up to date: ${Object.keys(outputs).join(', ')} (${ex.source.tag}, ${ex.source.commit})`);
    return 0;
  }
  mkdirSync(resolve(ROOT, OUT_DIR), { recursive: true });
  for (const [rel, text] of Object.entries(outputs)) writeFileSync(resolve(ROOT, rel), text);
  console.log(`wrote ${Object.keys(outputs).join(', ')} from ${ex.source.tag} (${ex.source.commit})`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
