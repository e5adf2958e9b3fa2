/**
 * kind's own config validation tests (kubernetes-sigs/kind at v0.32.0, commit cda67ef8; the newer
 * tag v0.33.0-alpha only marks the start of the next development cycle), retold as kind cluster
 * config manifests (`kind.x-k8s.io/v1alpha4` `Cluster`) and linted with every built-in rule. Files read:
 *
 *   validate  pkg/internal/apis/config/validate_test.go           (TestClusterValidate, TestNodeValidate,
 *                                                                   TestPortValidate, TestValidatePortMappings)
 *   load      pkg/internal/apis/config/encoding/load_test.go      (TestLoadCurrent and its testdata/ files,
 *                                                                   plus site/content/docs/user/kind-example-config.yaml)
 *
 * and, for what decides: pkg/internal/apis/config/validate.go (Cluster.Validate, Node.Validate,
 * validatePortMappings, validatePort, validateSubnets), pkg/apis/config/v1alpha4/default.go and
 * pkg/internal/apis/config/default.go (defaulting), pkg/internal/apis/config/encoding/load.go and
 * convert.go (strict YAML decoding, then v1alpha4 defaulting, then conversion), and
 * pkg/cluster/internal/create/create.go:76-93 (`kind create cluster` defaults again, then validates).
 *
 * Upstream builds the internal Cluster in Go, usually as "defaulted, then one field changed". A
 * manifest goes through v1alpha4 defaulting first, so each case writes the changed field and leaves
 * the rest to kind's defaults (one control-plane node, ipv4, pod 10.244.0.0/16, service 10.96.0.0/16,
 * kube-proxy iptables). A node-level test (TestNodeValidate, TestValidatePortMappings) becomes a
 * cluster whose one control-plane node (or added worker) carries the node under test; a port test
 * (TestPortValidate) becomes `networking.apiServerPort`, which validate.go:48-52 checks with the same
 * validatePort. Each case cites the line of the upstream row's `Name:` / `TestName:` / `testName:`.
 *
 * Refused by kind (validation fails) and about networking (pod/service subnets, ipFamily,
 * kubeProxyMode, apiServerPort): an error from some built-in rule at the responsible field. Accepted
 * by kind: no error from any rule. When restated, netlint missed 12 of kind's networking refusals;
 * cluster/kind-networking now reports them. Where netlint still answers otherwise the case is in
 * DISAGREEMENTS, asserting netlint's current answer, so that it fails once netlint changes.
 *
 * kind v0.32.0's Validate has no check on apiServerAddress, disableDefaultCNI or dnsSearch, nor on
 * pod/service overlap or subnet size (kubeadm decides the size later, at `kubeadm init`); upstream
 * has no test row for them, so there is no case here.
 *
 * Left out, with the reason:
 * - Not expressible as a manifest (the empty value is defaulted before validation, as upstream's own
 *   comments at validate 216-217 and 228-229 say): validate 218 (empty podSubnet), 230 (empty
 *   serviceSubnet), 240 (no nodes at all), 316 (empty node image), 325 (empty node role). A manifest
 *   writing those empty values is accepted (v1alpha4/default.go:25-33, 50-74, 82-89); the
 *   "defaulted" group below checks netlint agrees.
 * - Not a manifest: load 36 (no config path: kind's defaults, the same as validate 35), load 86 (a
 *   path that does not exist), load 91 (`kind: Node`, `apiVersion: not-valid`: not a kind config,
 *   refused by load.go:64-80 for the apiVersion).
 * - Out of netlint's scope (refused by kind for something other than networking; netlint has no
 *   rule for it, and reports nothing on these manifests):
 *   - node roles: validate 250 (a node with role "bogus"), 334 (role "ssss"); validate.go:110-115;
 *   - at least one control-plane node: validate 240's check (validate.go:92-96), reachable only as
 *     a workers-only node list;
 *   - port mappings (hostPort/containerPort range, duplicate or wildcard-shadowed listen address,
 *     unparsable listen address): validate 343, 357 (validate.go:123-131) and 513, 524, 534, 546,
 *     555, 564, 573, 589, 597 (validate.go:144-209);
 *   - strict decoding and the object's kind: load 76 (an unknown field in a port mapping), 81 (a
 *     mis-indented node read as an unknown port-mapping field `role`), 96 (`kind: not-valid`);
 *     load.go:64-92;
 *   - the cluster name (validate.go:41-44), which has no upstream row.
 *   netlint does check one non-networking refusal: load 101 (malformed YAML), reported by the
 *   engine's input/yaml-syntax; that case is kept.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/run.js';
import { BUILTIN_RULES } from '../index.js';

type Source = 'validate' | 'load';

interface Case {
  src: Source;
  /** The line of the upstream row's name. */
  line: number;
  /** What upstream checks, in our words. */
  name: string;
  /** The kind config, as `kind create cluster --config` reads it. */
  manifest: string;
  /** Where kind refuses the config: the paths of the responsible fields. Absent: kind accepts. */
  refusedAt?: string[];
  /** The manifest is not a kind Cluster netlint can read (malformed YAML). */
  notACluster?: boolean;
}

interface Disagreement extends Case {
  /** netlint's errors today (`ruleId path`), which upstream's outcome says are wrong or missing. */
  netlintSays: string[];
}

const FILE = 'kind-config.yaml';
const pathText = (path: readonly (string | number)[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);

function lintCase(c: Case) {
  return lint({ files: [{ path: FILE, content: c.manifest }], rules: BUILTIN_RULES });
}
const errorsOf = (c: Case) => lintCase(c).findings.filter((f) => f.severity === 'error');

/** A kind config: the header, then the body lines as written (two-space YAML). */
const kind = (...body: string[]) => ['kind: Cluster', 'apiVersion: kind.x-k8s.io/v1alpha4', ...body, ''].join('\n');
/** A kind config whose `networking` holds these fields (values written as YAML scalars). */
const net = (fields: Record<string, string | number>) => kind('networking:', ...Object.entries(fields).map(([k, v]) => `  ${k}: ${v}`));
/** A kind config with one control-plane node carrying these port mappings (flow mappings). */
const cpWithPorts = (...mappings: string[]) => kind('nodes:', '- role: control-plane', '  image: myImage:latest', '  extraPortMappings:', ...mappings.map((m) => `  - ${m}`));

const POD = 'networking.podSubnet';
const SVC = 'networking.serviceSubnet';

// ---- Cases netlint agrees with --------------------------------------------------------------------

const CASES: Case[] = [
  // TestClusterValidate
  { src: 'validate', line: 35, name: 'a config with nothing but kind and apiVersion: every field defaulted', manifest: kind() },
  {
    src: 'validate',
    line: 43,
    name: 'the default control-plane node plus two workers with their own image',
    manifest: kind('nodes:', '- role: control-plane', '- role: worker', '  image: myImage:latest', '- role: worker', '  image: myImage:latest'),
  },
  { src: 'validate', line: 52, name: 'ipFamily ipv6 with the IPv6 default subnets', manifest: net({ ipFamily: 'ipv6' }) },
  // validate.go:238-240: dual stack takes at most two CIDRs. netlint's error at the field comes from
  // cluster/pod-service-overlap and cluster/service-subnet-size (the row reuses the pod ranges), not from a
  // count: compare line 121, where a surplus CIDR alone gets nothing.
  {
    src: 'validate',
    line: 143,
    name: 'dual stack with three service CIDRs is refused at serviceSubnet',
    manifest: net({ ipFamily: 'dual', podSubnet: '192.168.0.2/24,fd00:1::/25', serviceSubnet: '192.168.0.2/24,fd00:1::/25,10.0.0.0/16' }),
    refusedAt: [SVC],
  },

  // TestNodeValidate (the node under test in a cluster that otherwise passes)
  { src: 'validate', line: 306, name: 'a control-plane node with an image', manifest: kind('nodes:', '- role: control-plane', '  image: myImage:latest') },
  { src: 'validate', line: 311, name: 'a worker node with an image, beside the control plane', manifest: kind('nodes:', '- role: control-plane', '- role: worker', '  image: myImage:latest') },
  { src: 'validate', line: 371, name: 'two port mappings without hostPort (kind picks random ports)', manifest: cpWithPorts('{ containerPort: 80 }', '{ containerPort: 443 }') },
  { src: 'validate', line: 387, name: 'two port mappings with hostPort -1 (the runtime picks)', manifest: cpWithPorts('{ containerPort: 80, hostPort: -1 }', '{ containerPort: 443, hostPort: -1 }') },

  // TestPortValidate, through apiServerPort (validate.go:48-52 → 211-217)
  { src: 'validate', line: 439, name: 'apiServerPort -1 is allowed (auto-selected by the container runtime)', manifest: net({ apiServerPort: -1 }) },
  { src: 'validate', line: 444, name: 'apiServerPort 10 is a valid port', manifest: net({ apiServerPort: 10 }) },

  // TestValidatePortMappings (accepted rows)
  {
    src: 'validate',
    line: 493,
    name: 'IPv4 port mappings differing in address, port or protocol',
    manifest: cpWithPorts(
      '{ listenAddress: 127.0.0.1, hostPort: 80, protocol: UDP }',
      '{ listenAddress: 127.0.0.1, hostPort: 80, protocol: TCP }',
      '{ listenAddress: 0.0.0.0, hostPort: 3000, protocol: UDP }',
      '{ listenAddress: 0.0.0.0, hostPort: 5000, protocol: TCP }',
    ),
  },
  {
    src: 'validate',
    line: 503,
    name: 'IPv6 port mappings differing in address, port or protocol',
    manifest: cpWithPorts(
      '{ listenAddress: "::1", hostPort: 80, protocol: UDP }',
      '{ listenAddress: "::1", hostPort: 80, protocol: TCP }',
      '{ listenAddress: "1e3d:6e85:424d:a011:a72e:9780:5f6f:a6fc", hostPort: 3000, protocol: UDP }',
      '{ listenAddress: "6516:944d:e070:a1d1:2e91:8437:a6b3:edf9", hostPort: 5000, protocol: TCP }',
    ),
  },
  { src: 'validate', line: 582, name: 'a lone port mapping without listenAddress (read as the wildcard)', manifest: cpWithPorts('{ hostPort: 80, protocol: TCP }') },

  // TestLoadCurrent: files kind loads (and whose defaulted result validate.go also passes)
  {
    src: 'load',
    line: 31,
    name: "the docs' example config: kubelet and kubeadm patches, one control plane, three workers",
    manifest: kind(
      'kubeadmConfigPatches:',
      '- |',
      '  apiVersion: kubelet.config.k8s.io/v1beta1',
      '  kind: KubeletConfiguration',
      '  evictionHard:',
      '    nodefs.available: "0%"',
      'kubeadmConfigPatchesJSON6902:',
      '- group: kubeadm.k8s.io',
      '  version: v1beta3',
      '  kind: ClusterConfiguration',
      '  patch: |',
      '    - op: add',
      '      path: /apiServer/certSANs/-',
      '      value: my-hostname',
      'nodes:',
      '- role: control-plane',
      '- role: worker',
      '- role: worker',
      '- role: worker',
    ),
  },
  { src: 'load', line: 41, name: 'the minimal file (testdata valid-minimal.yaml)', manifest: kind() },
  { src: 'load', line: 46, name: 'one control plane and one worker (valid-minimal-two-nodes.yaml)', manifest: kind('nodes:', '- role: control-plane', '- role: worker') },
  {
    src: 'load',
    line: 51,
    name: 'three control planes and three workers (valid-full-ha.yaml)',
    manifest: kind('nodes:', ...['control-plane', 'control-plane', 'control-plane', 'worker', 'worker', 'worker'].map((r) => `- role: ${r}`)),
  },
  {
    src: 'load',
    line: 56,
    name: 'a named ipv6 cluster with a feature gate, a mount and a UDP port mapping on the worker (valid-many-fields.yaml)',
    manifest: kind(
      'name: not-default',
      'featureGates:',
      '  AllBeta: false',
      'networking:',
      '  ipFamily: ipv6',
      'nodes:',
      '- role: control-plane',
      '- role: worker',
      '  extraMounts:',
      '  - { containerPath: /foo, hostPath: /bar, readOnly: true, selinuxRelabel: false, propagation: Bidirectional }',
      '  extraPortMappings:',
      '  - { containerPort: 8080, hostPort: 8080, protocol: UDP }',
    ),
  },
  {
    src: 'load',
    line: 61,
    name: 'a kubeadm patch setting serviceSubnet inside a string, a JSON 6902 patch and a containerd patch (valid-kind-patches.yaml)',
    manifest: kind(
      'kubeadmConfigPatches:',
      '- |',
      '  apiVersion: kubeadm.k8s.io/v1beta2',
      '  kind: ClusterConfiguration',
      '  metadata:',
      '    name: config',
      '  networking:',
      '    serviceSubnet: 10.0.0.0/16',
      'kubeadmConfigPatchesJSON6902:',
      '- group: kubeadm.k8s.io',
      '  version: v1beta2',
      '  kind: ClusterConfiguration',
      '  patch: |',
      '    - op: add',
      '      path: /apiServer/certSANs/-',
      '      value: my-hostname',
      'containerdConfigPatches:',
      '- |-',
      '  [plugins."io.containerd.grpc.v1.cri".registry.mirrors."registry:5000"]',
      'nodes:',
      '- role: control-plane',
      '- role: worker',
      '- role: worker',
      '- role: worker',
    ),
  },
  {
    src: 'load',
    line: 66,
    name: 'per-worker kubeadm and JSON 6902 patches (valid-kind-workers-patches.yaml)',
    manifest: kind(
      'nodes:',
      '- role: control-plane',
      '- role: worker',
      '  kubeadmConfigPatches:',
      '  - |',
      '    apiVersion: kubeadm.k8s.io/v1beta2',
      '    kind: JoinConfiguration',
      '    nodeRegistration:',
      '      kubeletExtraArgs:',
      '        node-labels: "aqua=gateway"',
      '        authorization-mode: "AlwaysAllow"',
      '- role: worker',
      '  kubeadmConfigPatchesJSON6902:',
      '  - group: kubelet.config.k8s.io',
      '    version: v1beta1',
      '    kind: KubeletConfiguration',
      '    patch: |',
      '      - op: add',
      '        path: /authentication',
      '        value: {"anonymous": {"enabled": true}}',
      '- role: worker',
    ),
  },
  {
    src: 'load',
    line: 71,
    name: 'a control plane with a port mapping and a relative host mount (valid-port-and-mount.yaml)',
    manifest: kind('nodes:', '- role: control-plane', '  extraPortMappings:', '  - { hostPort: 80, containerPort: 80 }', '  extraMounts:', '  - { hostPath: ./foo, containerPath: /bar }'),
  },
  // Not networking, but netlint checks it: the engine reports the file as malformed.
  { src: 'load', line: 101, name: 'a file that is not YAML (an unterminated quoted scalar) is refused', manifest: '# intentionally invalid yaml\n":\n', refusedAt: [''], notACluster: true },
  // Refusals netlint missed when restated, now reported by cluster/kind-networking.
  // validate.go:60-63 → 226-228: net.ParseCIDR fails. pod-service-overlap skips what does not parse.
  { src: 'validate', line: 61, name: 'podSubnet "aa" is not a CIDR', manifest: net({ podSubnet: 'aa' }), refusedAt: [POD] },
  // validate.go:65-68 → 226-228.
  { src: 'validate', line: 71, name: 'serviceSubnet "aa" is not a CIDR', manifest: net({ serviceSubnet: 'aa' }), refusedAt: [SVC] },
  // validate.go:48-52 → 211-217: a port must be within -1..65535.
  { src: 'validate', line: 81, name: 'apiServerPort 9999999 is out of range', manifest: net({ apiServerPort: 9999999 }), refusedAt: ['networking.apiServerPort'] },
  // validate.go:70-74: iptables, ipvs, nftables or none.
  { src: 'validate', line: 91, name: 'kubeProxyMode "notiptables" is not a proxy mode', manifest: net({ kubeProxyMode: 'notiptables' }), refusedAt: ['networking.kubeProxyMode'] },
  // validate.go:55-58: ipv4, ipv6 or dual.
  { src: 'validate', line: 101, name: 'ipFamily "ds" is not a family', manifest: net({ ipFamily: 'ds' }), refusedAt: ['networking.ipFamily'] },
  // The same row as line 71, written twice upstream.
  { src: 'validate', line: 111, name: 'serviceSubnet "aa" is not a CIDR (second copy of the row)', manifest: net({ serviceSubnet: 'aa' }), refusedAt: [SVC] },
  // validate.go:250-251: single stack takes one CIDR.
  { src: 'validate', line: 121, name: 'two IPv4 pod CIDRs in an ipv4 cluster', manifest: net({ podSubnet: '192.168.0.2/24,2.2.2.0/24' }), refusedAt: [POD] },
  // validate.go:242-248 for each field: two CIDRs of one family is not dual stack.
  {
    src: 'validate',
    line: 180,
    name: 'dual stack with two IPv4 CIDRs in both podSubnet and serviceSubnet',
    manifest: net({ ipFamily: 'dual', podSubnet: '192.168.0.2/24,2.2.2.0/25', serviceSubnet: '192.168.0.2/24,2.2.2.0/25' }),
    refusedAt: [POD, SVC],
  },
  // validate.go:254-255 for each field.
  {
    src: 'validate',
    line: 192,
    name: 'ipFamily ipv6 with IPv4 pod and service CIDRs',
    manifest: net({ ipFamily: 'ipv6', podSubnet: '192.168.0.2/24', serviceSubnet: '192.168.0.2/24' }),
    refusedAt: [POD, SVC],
  },
  // validate.go:252-253 for each field.
  {
    src: 'validate',
    line: 204,
    name: 'ipFamily ipv4 with IPv6 pod and service CIDRs',
    manifest: net({ ipFamily: 'ipv4', podSubnet: 'fd00:1::/25', serviceSubnet: 'fd00:1::/25' }),
    refusedAt: [POD, SVC],
  },
  // TestPortValidate through apiServerPort: validate.go:48-52 → 211-217.
  { src: 'validate', line: 450, name: 'apiServerPort -2 is below -1', manifest: net({ apiServerPort: -2 }), refusedAt: ['networking.apiServerPort'] },
  { src: 'validate', line: 455, name: 'apiServerPort 65536 is above 65535', manifest: net({ apiServerPort: 65536 }), refusedAt: ['networking.apiServerPort'] },
];

/**
 * Rows whose Go value a manifest cannot hold: the empty field is defaulted before validation, so
 * the manifest writing it is accepted (not the row's own outcome; see the header).
 */
const DEFAULTED: Case[] = [
  { src: 'validate', line: 218, name: 'podSubnet written empty is defaulted to 10.244.0.0/16 (v1alpha4/default.go:51-52)', manifest: net({ podSubnet: '""' }) },
  { src: 'validate', line: 230, name: 'serviceSubnet written empty is defaulted to 10.96.0.0/16 (v1alpha4/default.go:66-67)', manifest: net({ serviceSubnet: '""' }) },
  { src: 'validate', line: 240, name: 'an empty node list is defaulted to one control-plane node (v1alpha4/default.go:26-33)', manifest: kind('nodes: []') },
  { src: 'validate', line: 316, name: 'a node image written empty is defaulted to the release image (v1alpha4/default.go:83-85)', manifest: kind('nodes:', '- role: control-plane', '  image: ""') },
  { src: 'validate', line: 325, name: 'a node role written empty is defaulted to control-plane (v1alpha4/default.go:87-89)', manifest: kind('nodes:', '- role: ""', '  image: myImage:latest') },
];

// ---- Where netlint answers otherwise (its answer today) -------------------------------------------

const DISAGREEMENTS: Disagreement[] = [
  // validate.go:242-248: one CIDR of each family passes; kind's Validate has no overlap or size check.
  {
    src: 'validate',
    line: 131,
    name: 'dual stack with the same IPv4 and IPv6 CIDR for pods and Services is accepted',
    manifest: net({ ipFamily: 'dual', podSubnet: '192.168.0.2/24,fd00:1::/25', serviceSubnet: '192.168.0.2/24,fd00:1::/25' }),
    // kubeadm, which kind runs with the pod subnet, refuses fd00:1::/25 against its /64 node mask (ValidatePodSubnetNodeMask).
    netlintSays: [`cluster/kind-networking ${POD}`, `cluster/pod-service-overlap ${SVC}`, `cluster/pod-service-overlap ${SVC}`, `cluster/service-subnet-size ${SVC}`],
  },
  // validate.go:233-256: dual stack with one CIDR matches no refusing case.
  {
    src: 'validate',
    line: 155,
    name: 'dual-stack pods with a single-stack service CIDR (the same IPv4 range) is accepted',
    manifest: net({ ipFamily: 'dual', podSubnet: '192.168.0.2/24,fd00:1::/25', serviceSubnet: '192.168.0.2/24' }),
    netlintSays: [`cluster/kind-networking ${POD}`, `cluster/pod-service-overlap ${SVC}`],
  },
  {
    src: 'validate',
    line: 167,
    name: 'single-stack pods with a dual-stack service CIDR (the same IPv4 range) is accepted',
    manifest: net({ ipFamily: 'dual', podSubnet: '192.168.0.2/24', serviceSubnet: '192.168.0.2/24,fd00:1::/25' }),
    netlintSays: [`cluster/pod-service-overlap ${SVC}`, `cluster/service-subnet-size ${SVC}`],
  },

];

// ---- Tests -----------------------------------------------------------------------------------------

const key = (c: Case) => `${c.src}:${c.line}`;
const outcome = (c: Case) => (c.refusedAt ? `refused at ${c.refusedAt.map((p) => p || '(file)').join(', ')}` : 'accepted');

describe('kind config validation tests, retold as manifests', () => {
  for (const c of CASES) {
    it(`${key(c)} ${c.name} → ${outcome(c)}`, () => {
      const errors = errorsOf(c);
      const shown = errors.map((f) => `${f.ruleId} ${pathText(f.path)}: ${f.message}`);
      if (!c.refusedAt) {
        expect(shown).toEqual([]);
        return;
      }
      const at = errors.map((f) => pathText(f.path));
      for (const p of c.refusedAt) expect(at, shown.join('\n')).toContain(p);
    });
  }
});

describe('rows a manifest cannot express: the empty value is defaulted and kind accepts', () => {
  for (const c of DEFAULTED) {
    it(`${key(c)} ${c.name}`, () => {
      expect(errorsOf(c).map((f) => `${f.ruleId} ${pathText(f.path)}: ${f.message}`)).toEqual([]);
    });
  }
});

describe('kind config validation tests netlint answers otherwise (asserting its answer today)', () => {
  for (const c of DISAGREEMENTS) {
    it(`${key(c)} ${c.name}: kind ${c.refusedAt ? 'refuses' : 'accepts'}, netlint ${c.netlintSays.length ? 'reports ' + c.netlintSays.join('; ') : 'reports nothing'}`, () => {
      expect(errorsOf(c).map((f) => `${f.ruleId} ${pathText(f.path)}`)).toEqual(c.netlintSays);
    });
  }
});

describe('bookkeeping', () => {
  const all = [...CASES, ...DEFAULTED, ...DISAGREEMENTS];

  it('names each upstream row once', () => {
    const keys = all.map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('a disagreement contradicts the upstream outcome', () => {
    for (const c of DISAGREEMENTS) {
      const found = new Set(c.netlintSays.map((s) => s.split(' ')[1]));
      const contradicts = c.refusedAt ? c.refusedAt.some((p) => !found.has(p)) : c.netlintSays.length > 0;
      expect(contradicts, key(c)).toBe(true);
    }
  });

  it('each manifest is read as one kind Cluster (so an accepted case is not vacuous)', () => {
    for (const c of all.filter((x) => !x.notACluster)) {
      const out = lintCase(c);
      expect(out.resources.map((r) => r.groupKind), key(c)).toEqual(['kind.x-k8s.io/Cluster']);
    }
  });

  it('written subnets reach the model as the cluster facts', () => {
    for (const c of all.filter((x) => !x.notACluster)) {
      const out = lintCase(c);
      const networking = (out.resources[0]?.value.networking ?? {}) as Record<string, unknown>;
      for (const [field, facts] of [['podSubnet', out.model.facts.podCIDRs], ['serviceSubnet', out.model.facts.serviceCIDRs]] as const) {
        const written = networking[field];
        if (typeof written !== 'string' || written === '') continue;
        expect(facts.map((f) => f.cidr), `${key(c)} ${field}`).toEqual(written.split(','));
      }
    }
  });
});
