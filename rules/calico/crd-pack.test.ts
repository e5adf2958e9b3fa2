/**
 * The generated Calico schema pack: committed files equal what the generator makes from the
 * committed extract (the drift check CI runs), the extract comes from the Calico tag the e2e
 * harness installs, and the generator's parsing steps do what they claim.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALICO_VERSION } from '../../e2e/profiles/pins.js';
import * as generator from '../../scripts/gen-calico-schemas.mjs';
import { COVERAGE_FILE, encodedZerosOf, EXTRACT_FILE, goModVersion, PACK_FILE, parseGoTypes, parseValidatorRegexes, stable, TAG, toJsPattern, transform } from '../../scripts/gen-calico-schemas.mjs';
import type { Extract } from '../../scripts/gen-calico-schemas.mjs';
import { lint } from '../../src/engine/run.js';
import { BUILTIN_RULES } from '../index.js';
import { calicoPolicy, calicoResource } from './lib/test-manifests.js';

const read = (rel: string) => readFileSync(new URL(`../../${rel}`, import.meta.url), 'utf8');

describe('Calico schema pack', () => {
  const extract = JSON.parse(read(EXTRACT_FILE)) as Extract;

  it('is what the generator makes from the committed extract (run `npm run gen:calico-schemas` after changing either)', () => {
    const { pack, coverage } = transform(extract);
    expect(stable(pack) === read(PACK_FILE), `${PACK_FILE} is out of date`).toBe(true);
    expect(coverage).toBe(read(COVERAGE_FILE));
  });

  it('comes from the Calico tag netlint targets, with the commit and blobs it read', () => {
    expect(extract.source.tag).toBe(TAG);
    expect(extract.source.tag).toBe(CALICO_VERSION);
    expect(extract.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(extract.source.files.length).toBeGreaterThan(15);
    for (const f of extract.source.files) expect(f.blob).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('generator steps', () => {
  const extract = JSON.parse(read(EXTRACT_FILE)) as Extract;

  it('spells a leading (?i) out per letter, since JavaScript has no inline flags', () => {
    const js = toJsPattern('^(?i)(Drop|Accept)?$');
    expect(js).toBe('^([Dd][Rr][Oo][Pp]|[Aa][Cc][Cc][Ee][Pp][Tt])?$');
    expect(new RegExp(js, 'u').test('accept')).toBe(true);
    expect(new RegExp(js, 'u').test('Reject')).toBe(false);
    expect(toJsPattern('^[a-z]+$')).toBe('^[a-z]+$');
  });

  it('reads struct fields with json names and validate tags, inline embeds, named scalars and named slices', () => {
    const go = [
      'type Mode string',
      'type Ranges []Range',
      'type Spec struct {',
      '\t// A comment `json:"ignored"`',
      '\tmetav1.TypeMeta `json:",inline"`',
      '\tPort *int `json:"port,omitempty" validate:"omitempty,gte=1,lte=65535"`',
      '\tNets []string `json:"nets,omitempty" validate:"omitempty,dive,net"`',
      '\tSkip string `json:"-"`',
      '}',
    ].join('\n');
    expect(parseGoTypes(go, 'api')).toEqual({
      structs: {
        'api.Spec': [
          { json: null, type: 'metav1.TypeMeta', validate: null },
          { json: 'port', type: '*int', validate: 'omitempty,gte=1,lte=65535', omitempty: true },
          { json: 'nets', type: '[]string', validate: 'omitempty,dive,net', omitempty: true },
        ],
      },
      named: { 'api.Mode': 'string' },
      slices: { 'api.Ranges': '[]Range' },
    });
  });

  it('reads the version go.mod pins a module at, a replace winning over the require', () => {
    const goMod = 'module x\n\nrequire (\n\tk8s.io/api v0.35.5\n\tk8s.io/apiextensions-apiserver v0.35.1 // indirect\n)\n\nreplace k8s.io/api => k8s.io/api v0.35.6\n';
    expect(goModVersion(goMod, 'k8s.io/api')).toBe('v0.35.6');
    expect(goModVersion(goMod, 'k8s.io/apiextensions-apiserver')).toBe('v0.35.1');
    expect(() => goModVersion(goMod, 'k8s.io/apimachinery')).toThrow(/does not pin/);
  });

  it('lists the fields a typed client writes at their zero value: plain fields without omitempty, below what the object holds', () => {
    const go = [
      'type Ranges []Range',
      'type Range struct {',
      '	Min int `json:"min"`',
      '	Max int `json:"max,omitempty"`',
      '}',
      'type Password struct {',
      '	SecretKeyRef *k8sv1.SecretKeySelector `json:"secretKeyRef,omitempty"`',
      '}',
      'type Override struct {',
      '	Name string `json:"name"`',
      '	Timeout metav1.Duration `json:"timeout"`',
      '}',
      'type Spec struct {',
      '	CIDR string `json:"cidr" validate:"net"`',
      '	Level string `json:"level" validate:"omitempty,logLevel"`',
      '	Password *Password `json:"password,omitempty"`',
      '	Ranges *Ranges `json:"ranges,omitempty"`',
      '	Overrides map[string]Override `json:"overrides,omitempty"`',
      '	Names []string `json:"names"`',
      '}',
    ].join('\n');
    const ex = { ...extract, goTypes: parseGoTypes(go, 'api') };
    expect(encodedZerosOf(ex, 'api.Spec')).toEqual({
      // `cidr`'s validator tag judges its zero value: left out. `level`'s starts with omitempty.
      level: '',
      password: { secretKeyRef: { key: '' } },
      ranges: { '[]': { min: 0 } },
      overrides: { '{}': { name: '', timeout: '0s' } },
    });
  });

  it('refuses an extract whose go.mod pins another version of the modules whose encoding it describes', () => {
    expect(() => transform({ ...extract, modules: { ...extract.modules, 'k8s.io/api': 'v0.36.0' } } as Extract)).toThrow(/pins k8s.io\/api v0.36.0/);
  });

  it('reads single-literal regexes of validator.go, quoted or raw', () => {
    const go = 'var (\n\tactionRegex = regexp.MustCompile("^(Allow|Deny)$")\n\traw = regexp.MustCompile(`^(\\d+):(\\d+)$`)\n\tbuilt = regexp.MustCompile("^" + x + "$")\n)';
    expect(parseValidatorRegexes(go)).toEqual({ actionRegex: '^(Allow|Deny)$', raw: '^(\\d+):(\\d+)$' });
  });
});

/**
 * The CEL rules (`x-kubernetes-validations`) of the v3.32.1 CRDs. The pack translates none; the
 * generator's CEL_RULES says which code rule checks each. Here every expression the extract holds
 * is reviewed there, and each rule named there reports a manifest that breaks its expression.
 */
describe('CEL rules of the CRDs', () => {
  const extract = JSON.parse(read(EXTRACT_FILE)) as Extract;
  const celRules = (generator as unknown as { CEL_RULES: Record<string, { rule?: string; none?: string }> }).CEL_RULES;

  const expressions = new Set<string>();
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'x-kubernetes-validations') for (const r of v as { rule: string }[]) expressions.add(r.rule);
        else collect(v);
      }
    }
  };
  collect(extract.crds);

  it('are all reviewed in the generator, and the coverage note lists each', () => {
    expect(expressions.size).toBe(32);
    expect([...expressions].filter((e) => !(e in celRules))).toEqual([]);
    const coverage = read(COVERAGE_FILE);
    for (const e of expressions) expect(coverage).toContain(`\`${e}\``);
  });

  it('name only rules that exist', () => {
    const ids = new Set(BUILTIN_RULES.map((r) => r.meta.id));
    for (const { rule } of Object.values(celRules)) if (rule) expect(ids, rule).toContain(rule);
  });

  // One manifest per expression a code rule checks, breaking it (the CEL message is upstream's).
  const policy = (kind: string, rule: string) => calicoPolicy(kind, 'ingress', rule);
  const BREAKS: Record<string, string> = {
    '!has(self.nodeMeshPassword) || !has(self.nodeToNodeMeshEnabled) || self.nodeToNodeMeshEnabled == true':
      calicoResource('BGPConfiguration', 'nodeToNodeMeshEnabled: false\nnodeMeshPassword: { secretKeyRef: { name: s, key: k } }'),
    '!has(self.nodeMeshMaxRestartTime) || !has(self.nodeToNodeMeshEnabled) || self.nodeToNodeMeshEnabled == true':
      calicoResource('BGPConfiguration', 'nodeToNodeMeshEnabled: false\nnodeMeshMaxRestartTime: 120s'),
    '(has(self.cidr) && size(self.cidr) > 0) == (has(self.matchOperator) && size(self.matchOperator) > 0)':
      calicoResource('BGPFilter', 'exportV4: [{ action: Accept, cidr: 10.0.0.0/8 }]', '{ name: f }'),
    '!has(self.prefixLength) || (has(self.cidr) && size(self.cidr) > 0)':
      calicoResource('BGPFilter', 'importV6: [{ action: Accept, prefixLength: { min: 48, max: 64 } }]', '{ name: f }'),
    "!has(self.operations) || size(self.operations) == 0 || self.action == 'Accept'":
      calicoResource('BGPFilter', 'exportV6: [{ action: Reject, operations: [{ setPriority: { value: 10 } }] }]', '{ name: f }'),
    '(!has(self.node) || size(self.node) == 0) || (!has(self.nodeSelector) || size(self.nodeSelector) == 0)':
      calicoResource('BGPPeer', 'node: n1\nnodeSelector: all()\npeerIP: 192.0.2.1\nasNumber: 64512', '{ name: p }'),
    '(!has(self.peerIP) || size(self.peerIP) == 0) || (!has(self.peerSelector) || size(self.peerSelector) == 0)':
      calicoResource('BGPPeer', 'peerIP: 192.0.2.1\npeerSelector: all()', '{ name: p }'),
    '(!has(self.peerSelector) || size(self.peerSelector) == 0) || !has(self.asNumber) || self.asNumber == 0':
      calicoResource('BGPPeer', 'peerSelector: all()\nasNumber: 64512', '{ name: p }'),
    '(!has(self.localWorkloadSelector) || size(self.localWorkloadSelector) == 0) || (!has(self.peerIP) || size(self.peerIP) == 0)':
      calicoResource('BGPPeer', 'localWorkloadSelector: all()\npeerIP: 192.0.2.1\nasNumber: 64512', '{ name: p }'),
    '(!has(self.localWorkloadSelector) || size(self.localWorkloadSelector) == 0) || (!has(self.peerSelector) || size(self.peerSelector) == 0)':
      calicoResource('BGPPeer', 'localWorkloadSelector: all()\npeerSelector: all()\nasNumber: 64512', '{ name: p }'),
    '(!has(self.localWorkloadSelector) || size(self.localWorkloadSelector) == 0) || (has(self.asNumber) && self.asNumber != 0)':
      calicoResource('BGPPeer', 'localWorkloadSelector: all()', '{ name: p }'),
    '!has(self.routeTableRange) || !has(self.routeTableRanges)':
      calicoResource('FelixConfiguration', 'routeTableRange: { min: 1, max: 250 }\nrouteTableRanges: [{ min: 1, max: 250 }]'),
    "self.metadata.name == 'default' || self.metadata.name.startsWith('node.') ? !has(self.spec.nodeSelector) : true":
      calicoResource('FelixConfiguration', 'nodeSelector: all()', '{ name: node.worker-1 }'),
    '!has(self.code) || has(self.type)': policy('NetworkPolicy', 'action: Allow\nprotocol: ICMP\nicmp: { code: 0 }'),
    "!has(self.http) || !has(self.protocol) || self.protocol == 'TCP' || self.protocol == 6":
      policy('NetworkPolicy', 'action: Allow\nprotocol: UDP\nhttp: { methods: [GET] }'),
    "self.action == 'Allow' || !has(self.http)": policy('NetworkPolicy', 'action: Deny\nhttp: { methods: [GET] }'),
    '!has(self.destination) || !has(self.destination.services) || (!has(self.destination.ports) || size(self.destination.ports) == 0) && (!has(self.destination.notPorts) || size(self.destination.notPorts) == 0)':
      calicoPolicy('NetworkPolicy', 'egress', 'action: Allow\nprotocol: TCP\ndestination: { services: { name: svc }, ports: [80] }'),
    '!((has(self.doNotTrack) && self.doNotTrack) && (has(self.preDNAT) && self.preDNAT))':
      calicoResource('GlobalNetworkPolicy', 'preDNAT: true\ndoNotTrack: true\napplyOnForward: true', '{ name: g }'),
    '(!has(self.preDNAT) || !self.preDNAT) || !has(self.egress) || size(self.egress) == 0':
      calicoResource('GlobalNetworkPolicy', 'preDNAT: true\napplyOnForward: true\negress: [{ action: Allow }]', '{ name: g }'),
    "(!has(self.preDNAT) || !self.preDNAT) || !has(self.types) || !self.types.exists(t, t == 'Egress')":
      calicoResource('StagedGlobalNetworkPolicy', 'preDNAT: true\napplyOnForward: true\ntypes: [Egress]', '{ name: g }'),
    '(has(self.applyOnForward) && self.applyOnForward) || ((!has(self.doNotTrack) || !self.doNotTrack) && (!has(self.preDNAT) || !self.preDNAT))':
      calicoResource('GlobalNetworkPolicy', 'doNotTrack: true', '{ name: g }'),
    '(has(self.interfaceName) && size(self.interfaceName) > 0) || (has(self.expectedIPs) && size(self.expectedIPs) > 0)':
      calicoResource('HostEndpoint', 'node: n1\ninterfaceName: ""\nexpectedIPs: []', '{ name: h }'),
    'has(self.node) && size(self.node) > 0': calicoResource('HostEndpoint', 'interfaceName: eth0', '{ name: h }'),
    "!has(self.ipipMode) || !has(self.vxlanMode) || self.ipipMode == 'Never' || self.vxlanMode == 'Never' || size(self.ipipMode) == 0 || size(self.vxlanMode) == 0":
      calicoResource('IPPool', 'cidr: 10.0.0.0/16\nipipMode: CrossSubnet\nvxlanMode: Always', '{ name: p }'),
    "!has(self.allowedUses) || !self.allowedUses.exists(u, u == 'LoadBalancer') || (!has(self.ipipMode) || size(self.ipipMode) == 0 || self.ipipMode == 'Never') && (!has(self.vxlanMode) || size(self.vxlanMode) == 0 || self.vxlanMode == 'Never')":
      calicoResource('IPPool', 'cidr: 10.0.0.0/16\nallowedUses: [LoadBalancer]\nvxlanMode: Always', '{ name: p }'),
    "!has(self.allowedUses) || !self.allowedUses.exists(u, u == 'LoadBalancer') || !self.allowedUses.exists(u, u == 'Workload' || u == 'Tunnel')":
      calicoResource('IPPool', 'cidr: 10.0.0.0/16\nallowedUses: [LoadBalancer, Tunnel]', '{ name: p }'),
    "!self.cidr.contains(':') || !has(self.ipipMode) || self.ipipMode == 'Never' || size(self.ipipMode) == 0":
      calicoResource('IPPool', 'cidr: fd00::/64\nipipMode: Always', '{ name: p }'),
    "self.metadata.name == 'kube-admin' ? self.spec.defaultAction == 'Pass' : true": calicoResource('Tier', 'order: 1000', '{ name: kube-admin }'),
    "self.metadata.name == 'kube-baseline' ? self.spec.defaultAction == 'Pass' : true": calicoResource('Tier', 'order: 10000000\ndefaultAction: Deny', '{ name: kube-baseline }'),
    "self.metadata.name == 'default' ? self.spec.defaultAction == 'Deny' : true": calicoResource('Tier', 'order: 1000000\ndefaultAction: Pass', '{ name: default }'),
    "self.metadata.name == 'default' || self.metadata.name == 'tigera-secure' || self.metadata.name == 'overlay'":
      'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: { name: calico }\nspec: {}\n',
  };

  it('has a breaking manifest for every expression a code rule checks', () => {
    expect(Object.keys(BREAKS).sort()).toEqual(Object.entries(celRules).filter(([, v]) => v.rule).map(([e]) => e).sort());
  });

  for (const [expr, content] of Object.entries(BREAKS)) {
    it(`${celRules[expr]?.rule} reports a manifest breaking ${expr.slice(0, 70)}…`, () => {
      const { findings } = lint({ files: [{ path: 'case.yaml', content }], rules: BUILTIN_RULES });
      expect(findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toContain(celRules[expr].rule);
    });
  }
});

/** Fields Calico v3.32.1 added, which v3.31.7's pack reported as unknown. */
describe('v3.32.1 fields', () => {
  const calicoErrors = (content: string) =>
    lint({ files: [{ path: 'case.yaml', content }], rules: BUILTIN_RULES }).findings.filter((f) => f.ruleId.endsWith('-field-values')).map((f) => `${f.severity} ${f.message}`);

  it('BGPConfiguration spec.programClusterRoutes is Enabled or Disabled (libcalico-go/config/crd/crd.projectcalico.org_bgpconfigurations.yaml)', () => {
    expect(calicoErrors(calicoResource('BGPConfiguration', 'programClusterRoutes: Disabled'))).toEqual([]);
    expect(calicoErrors(calicoResource('BGPConfiguration', 'programClusterRoutes: Disable'))).toEqual([
      'error spec.programClusterRoutes must be one of "Enabled", "Disabled" (got "Disable")',
    ]);
  });

  // charts/crd.projectcalico.org.v1/templates/operator.tigera.io_installations.yaml at v3.32.1 (the
  // operator's v1.42.3 api/v1/installation_types.go: `+kubebuilder:validation:Enum=BIRD;Felix`).
  const installation = (mode: string) =>
    `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: { name: default }\nspec:\n  calicoNetwork:\n    bgp: Disabled\n    clusterRoutingMode: ${mode}\n    ipPools: [{ cidr: 192.168.0.0/16, encapsulation: IPIP }]\n`;
  it('Installation spec.calicoNetwork.clusterRoutingMode is BIRD or Felix', () => {
    expect(calicoErrors(installation('Felix'))).toEqual([]);
    expect(calicoErrors(installation('BIRD'))).toEqual([]);
    // FelixIPIPOnly exists only in operator releases after the one Calico v3.32.1 vendors.
    expect(calicoErrors(installation('FelixIPIPOnly'))).toEqual([
      'error spec.calicoNetwork.clusterRoutingMode must be one of "BIRD", "Felix" (got "FelixIPIPOnly")',
    ]);
  });
});

describe('Calico field history (rules/calico/generated/field-history.json)', () => {
  const history = JSON.parse(read('rules/calico/generated/field-history.json')) as {
    source: { releases: { minor: string; tag: string; commit: string }[] };
    kinds: Record<string, unknown>;
  };

  it('ends at the tag the schema pack is generated from and reads every minor since 3.21 once', () => {
    const releases = history.source.releases;
    expect(releases.at(-1)!.tag).toBe(TAG);
    expect(releases.map((r) => r.minor)).toEqual(releases.map((_, i) => `3.${21 + i}`));
    for (const r of releases) {
      expect(r.tag.startsWith(`v${r.minor}.`), r.tag).toBe(true);
      expect(r.commit).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  it('covers the kinds of the schema pack that have a CRD, and only those', () => {
    const withCrd = Object.keys(JSON.parse(read(PACK_FILE)).kinds as Record<string, unknown>).filter((k) => k !== 'Node');
    expect(Object.keys(history.kinds).sort()).toEqual(withCrd.sort());
  });
});
