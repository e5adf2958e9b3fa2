/**
 * kubeadm's own validation tests, retold as kubeadm `ClusterConfiguration` manifests
 * (`kubeadm.k8s.io/v1beta3` and `v1beta4`) and linted with every built-in rule.
 *
 * Source. The mirror named for this work, bonavadeur/bonano-kubernetes (a fork of Kubernetes at
 * about v1.30; commit feca57828d79, `git log -1` dated 2024-04-10 09:05:20 +0700), stores these
 * files only as Git LFS pointers (validation_test.go: oid sha256 edc275f6…, 39396 bytes;
 * validation.go: oid 7d9c8831…, 28428 bytes), so no text of them could be read. The rows are taken
 * instead from another fork's copy of the tree, with the decision code from upstream:
 *
 *   rows      klearn1/kuberctl-management @ 8c89b2bd4d31231ec82167a36599ffae0ab37c8e (a fork of
 *             kubernetes/kubernetes; its test imports the v1beta4 API and writes controller-manager
 *             extraArgs as a list of name/value pairs, so it is v1.31 or later; the index gives no date)
 *             cmd/kubeadm/app/apis/kubeadm/validation/validation_test.go
 *   decision  kubernetes/kubernetes @ 00d24de699fe4409b5829a5e51b73c1fc7bcba12
 *             cmd/kubeadm/app/apis/kubeadm/validation/validation.go: ValidateClusterConfiguration (64-82),
 *             ValidateHostPort (415-421), ValidateIPNetFromString (424-458), ValidateServiceSubnetSize
 *             (465-476), ValidatePodSubnetNodeMask (480-503), getClusterNodeMask (508-536),
 *             ValidateNetworking (550-571)
 *   also      kubernetes/kubernetes cmd/kubeadm/app/constants/constants.go @ 00886ac0
 *             (MinimumAddressesInServiceSubnet 10, MaximumBitsForServiceSubnet 20,
 *             MinimumAddressesInPodSubnet 14, PodSubnetNodeMaskMaxDiff 16);
 *             v1beta4/defaults.go @ 027ac5a4 (SetDefaults_ClusterConfiguration: an empty serviceSubnet
 *             becomes 10.96.0.0/12, an empty dnsDomain cluster.local; podSubnet has no default);
 *             v1beta3/conversion.go @ 017b1e4b:45-48 (v1beta3's extraArgs map becomes the internal list).
 * Upstream's TestValidateNetworking is not in this version of the file; the networking rows are
 * those of the functions below. TestValidateInitConfiguration is the only table that builds a whole
 * configuration (its dnsDomain is always cluster.local; no row has another dnsDomain).
 *
 * How a row becomes a manifest. The kubeadm test calls one function; a manifest goes through
 * ValidateNetworking (validation.go:550-571) and the rest of ValidateClusterConfiguration, so each
 * case writes the row's value in the field that runs that function and leaves every other field to
 * kubeadm's defaults:
 * - TestValidateServiceSubnetSize: `networking.serviceSubnet` (558-560).
 * - TestValidatePodSubnetNodeMask and TestGetClusterNodeMask: `networking.podSubnet` (563-568), the
 *   row's node-cidr-mask-size flags in `controllerManager.extraArgs`. A getClusterNodeMask row
 *   returns a mask, not a verdict, so its case is the pod subnet that shows the mask (noted per case).
 * - TestValidateIPNetFromString: `networking.podSubnet`. As serviceSubnet the size cap (560) would
 *   refuse the IPv6 /98 the rows call valid; as podSubnet the node-mask check would, so every case
 *   sets `node-cidr-mask-size-ipv6: "112"` (a /98 then holds 2^14 node ranges). The pod minimum of 14
 *   addresses (563) and the rows' 10 decide alike: the too-small rows have 8.
 * - TestValidateHostPort: `controlPlaneEndpoint` (73 → 415-421).
 * - TestValidateInitConfiguration: the row's `networking`.
 * Every case is linted twice, once as v1beta3 (extraArgs a map) and once as v1beta4 (extraArgs a
 * list of name/value), with the same expectation. Each case cites the upstream row's line.
 *
 * Refused by kubeadm (`kubeadm init` stops at validation): an error from some built-in rule at the
 * field kubeadm names (a bad node-mask flag is reported at networking.podSubnet, 489-492). Accepted:
 * no error from any rule. When restated, netlint missed 27 of kubeadm's refusals (podSubnet syntax,
 * count, families, size and node mask; controlPlaneEndpoint); cluster/kubeadm-networking now reports
 * them (NOW_AGREED, each with the kubeadm code that decides it).
 *
 * Left out, with the reason:
 * - Rows whose Go value a manifest cannot hold (DEFAULTED below; the manifest is accepted):
 *   229 (an empty subnet: podSubnet "" is skipped at 562, serviceSubnet "" becomes 10.96.0.0/12);
 *   507 (an empty InitConfiguration: every field it leaves empty, dnsDomain included, is defaulted);
 *   509 and 541, refused in Go only for fields a config file never leaves empty (imageRepository and
 *   etcd are defaulted; 541's node name comes from the host name); their networking is kept and
 *   kubeadm accepts it.
 * - Not a ClusterConfiguration field, and netlint reads no InitConfiguration or JoinConfiguration:
 *   TestValidateIPFromString (164), TestValidatePort (193), TestValidateAPIEndpoint (402;
 *   localAPIEndpoint), TestValidateJoinConfiguration (632), TestValidateDiscovery (906),
 *   TestValidateDiscoveryBootstrapToken (944), TestValidateDiscoveryTokenAPIServer (1001),
 *   TestValidateDiscoveryKubeConfigPath (1027), TestValidateNodeRegistrationOptions (106),
 *   TestValidateSocketPath (1059), TestPullPolicy (1520), TestValidateCertificateKey (462),
 *   TestValidateToken (38), TestValidateValidateTokenUsages (61), TestValidateTokenGroups (83),
 *   TestValidateResetConfiguration (1611), TestValidateUpgradeConfiguration (1646).
 * - Not a configuration at all (command-line flags): TestValidateMixedArguments (741),
 *   TestValidateIgnorePreflightErrors (813).
 * - Out of scope (ClusterConfiguration fields that are not networking; netlint has no rule for
 *   them): TestValidateCertSANs (134; apiServer.certSANs), TestValidateEtcd (1127), TestValidateURLs
 *   (1080; etcd endpoints), TestValidateEncryptionAlgorithm (1207), TestValidateImageRepository
 *   (1350), TestValidateAbsolutePath (1431; certificatesDir), TestValidateFeatureGates (791),
 *   TestValidateExtraArgs (1450; an extraArgs entry without a name), TestValidateUnmountFlags (1481),
 *   TestValidateCertValidity (1551; warnings only, validation.go:78-80).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/run.js';
import { BUILTIN_RULES } from '../index.js';

const UPSTREAM = 'validation_test.go';
type Version = 'v1beta3' | 'v1beta4';
const VERSIONS: Version[] = ['v1beta3', 'v1beta4'];

/** What a case writes in the ClusterConfiguration; everything else is left to kubeadm's defaults. */
interface Written {
  podSubnet?: string;
  serviceSubnet?: string;
  dnsDomain?: string;
  controlPlaneEndpoint?: string;
  /** kube-controller-manager flags (`controllerManager.extraArgs`), in order. */
  cmArgs?: [string, string][];
}

interface Case {
  /** The upstream test function. */
  fn: string;
  /** The line of the upstream row (its name) in validation_test.go. */
  line: number;
  /** What upstream checks, in our words. */
  name: string;
  written: Written;
  /** Where kubeadm refuses the manifest: the paths it reports. Absent: kubeadm accepts. */
  refusedAt?: string[];
}


const q = (s: string) => JSON.stringify(s);

/** The case as a kubeadm config file of the given version (extraArgs: v1beta3 map, v1beta4 list). */
function manifest(version: Version, w: Written): string {
  const lines = [`apiVersion: kubeadm.k8s.io/${version}`, 'kind: ClusterConfiguration'];
  if (w.controlPlaneEndpoint !== undefined) lines.push(`controlPlaneEndpoint: ${q(w.controlPlaneEndpoint)}`);
  const net = (['podSubnet', 'serviceSubnet', 'dnsDomain'] as const).filter((k) => w[k] !== undefined);
  if (net.length > 0) lines.push('networking:', ...net.map((k) => `  ${k}: ${q(w[k] as string)}`));
  if (w.cmArgs && w.cmArgs.length > 0) {
    lines.push('controllerManager:', '  extraArgs:');
    for (const [name, value] of w.cmArgs) {
      if (version === 'v1beta3') lines.push(`    ${name}: ${q(value)}`);
      else lines.push(`  - name: ${name}`, `    value: ${q(value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const FILE = 'kubeadm-config.yaml';
const pathText = (path: readonly (string | number)[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);
const lintAs = (version: Version, c: Case) => lint({ files: [{ path: FILE, content: manifest(version, c.written) }], rules: BUILTIN_RULES });
const errorsAs = (version: Version, c: Case) => lintAs(version, c).findings.filter((f) => f.severity === 'error');

const POD = 'networking.podSubnet';
const SVC = 'networking.serviceSubnet';
const CPE = 'controlPlaneEndpoint';

/** TestValidateIPNetFromString rows, as podSubnet with an IPv6 node mask a /98 satisfies (see header). */
const ipnet = (podSubnet: string): Written => ({ podSubnet, cmArgs: [['node-cidr-mask-size-ipv6', '112']] });
const pod = (podSubnet: string, ...cmArgs: [string, string][]): Written => ({ podSubnet, ...(cmArgs.length ? { cmArgs } : {}) });

// ---- Cases netlint agrees with --------------------------------------------------------------------

const CASES: Case[] = [
  // TestValidateIPNetFromString (accepted rows)
  { fn: 'TestValidateIPNetFromString', line: 230, name: 'a single IPv4 CIDR (host bits set) is a valid subnet', written: ipnet('10.0.0.16/12') },
  { fn: 'TestValidateIPNetFromString', line: 231, name: 'a single IPv6 CIDR is a valid subnet', written: ipnet('2001:db8::/98') },
  { fn: 'TestValidateIPNetFromString', line: 238, name: 'an IPv4 and an IPv6 CIDR make a valid dual-stack subnet', written: ipnet('10.0.0.16/12,2001:db8::/98') },
  { fn: 'TestValidateIPNetFromString', line: 239, name: 'the same dual-stack pair again (upstream names it IPv6-then-IPv4 but writes IPv4 first)', written: ipnet('10.0.0.16/12,2001:db8::/98') },

  // TestValidatePodSubnetNodeMask (accepted rows)
  { fn: 'TestValidatePodSubnetNodeMask', line: 271, name: 'an IPv4 /12 pod subnet holds /24 node ranges (12 bits apart)', written: pod('10.0.0.16/12') },
  { fn: 'TestValidatePodSubnetNodeMask', line: 272, name: 'an IPv6 /48 pod subnet holds /64 node ranges (16 bits apart, the limit)', written: pod('2001:db8::/48') },
  { fn: 'TestValidatePodSubnetNodeMask', line: 279, name: 'dual-stack IPv6 /48 and IPv4 /12 pod subnets with the default node masks', written: pod('2001:db8::/48,10.0.0.16/12') },
  { fn: 'TestValidatePodSubnetNodeMask', line: 280, name: 'the same dual-stack pod subnets again (upstream repeats the row)', written: pod('2001:db8::/48,10.0.0.16/12') },

  // TestValidateServiceSubnetSize
  { fn: 'TestValidateServiceSubnetSize', line: 307, name: 'an IPv4 /2 service subnet is over 2^20 addresses', written: { serviceSubnet: '10.0.0.16/2' }, refusedAt: [SVC] },
  { fn: 'TestValidateServiceSubnetSize', line: 308, name: 'an IPv6 /64 service subnet is over 2^20 addresses', written: { serviceSubnet: '2001:db8::1/64' }, refusedAt: [SVC] },
  { fn: 'TestValidateServiceSubnetSize', line: 309, name: 'an IPv4 /12 service subnet is exactly 2^20 addresses', written: { serviceSubnet: '10.0.0.16/12' } },
  { fn: 'TestValidateServiceSubnetSize', line: 310, name: 'an IPv6 /112 service subnet is small enough', written: { serviceSubnet: '2001:db8::/112' } },
  { fn: 'TestValidateServiceSubnetSize', line: 312, name: 'dual-stack service subnets whose IPv4 half (/6) is too large', written: { serviceSubnet: '2001:db8::1/112,10.0.0.16/6' }, refusedAt: [SVC] },
  { fn: 'TestValidateServiceSubnetSize', line: 313, name: 'dual-stack service subnets whose IPv6 half (/12) is too large', written: { serviceSubnet: '2001:db8::1/12,10.0.0.16/16' }, refusedAt: [SVC] },
  { fn: 'TestValidateServiceSubnetSize', line: 314, name: 'dual-stack service subnets IPv4 /12 then IPv6 /112', written: { serviceSubnet: '10.0.0.16/12,2001:db8::/112' } },
  { fn: 'TestValidateServiceSubnetSize', line: 315, name: 'dual-stack service subnets IPv6 /112 then IPv4 /12', written: { serviceSubnet: '2001:db8::/112,10.0.0.16/12' } },

  // TestValidateHostPort, as controlPlaneEndpoint (accepted rows)
  { fn: 'TestValidateHostPort', line: 339, name: 'a DNS name with a port', written: { controlPlaneEndpoint: 'cp.k8s.io:8081' } },
  { fn: 'TestValidateHostPort', line: 344, name: 'a DNS name alone', written: { controlPlaneEndpoint: 'cp.k8s.io' } },
  { fn: 'TestValidateHostPort', line: 349, name: 'an IPv4 address with a port', written: { controlPlaneEndpoint: '1.2.3.4:8081' } },
  { fn: 'TestValidateHostPort', line: 354, name: 'an IPv4 address alone', written: { controlPlaneEndpoint: '1.2.3.4' } },
  { fn: 'TestValidateHostPort', line: 359, name: 'a bracketed IPv6 address with a port', written: { controlPlaneEndpoint: '[2001:db7::1]:8081' } },
  { fn: 'TestValidateHostPort', line: 364, name: 'an IPv6 address alone', written: { controlPlaneEndpoint: '2001:db7::1' } },
  { fn: 'TestValidateHostPort', line: 369, name: 'three dotted numbers: not an IPv4 address, but a valid DNS name', written: { controlPlaneEndpoint: '1.2.34' } },

  // TestValidateInitConfiguration (its networking)
  {
    fn: 'TestValidateInitConfiguration',
    line: 525,
    name: 'an IPv6 /98 service subnet is refused (too large), whatever else the row lacks',
    written: { serviceSubnet: '2001:db8::1/98', dnsDomain: 'cluster.local' },
    refusedAt: [SVC],
  },
  {
    fn: 'TestValidateInitConfiguration',
    line: 573,
    name: 'service 10.96.0.1/12, pods 10.0.1.15/16, dnsDomain cluster.local: a valid configuration',
    written: { serviceSubnet: '10.96.0.1/12', dnsDomain: 'cluster.local', podSubnet: '10.0.1.15/16' },
  },
  {
    fn: 'TestValidateInitConfiguration',
    line: 596,
    name: 'an IPv6 /112 service subnet with dnsDomain cluster.local: a valid configuration',
    written: { serviceSubnet: '2001:db8::1/112', dnsDomain: 'cluster.local' },
  },

  // TestGetClusterNodeMask: the pod subnet that shows the mask kubeadm takes
  { fn: 'TestGetClusterNodeMask', line: 1238, name: 'no flags: IPv4 node mask 24, so a /24 pod subnet is accepted', written: pod('10.244.0.0/24') },
  {
    fn: 'TestGetClusterNodeMask',
    line: 1244,
    name: 'node-cidr-mask-size 21 and -ipv4 23: mask 23 (the legacy flag is not read), so a /23 pod subnet is accepted',
    written: pod('10.244.0.0/23', ['node-cidr-mask-size', '21'], ['node-cidr-mask-size-ipv4', '23']),
  },
  { fn: 'TestGetClusterNodeMask', line: 1257, name: 'no flags: IPv6 node mask 64, so a /64 pod subnet is accepted', written: pod('fd00:10:244::/64') },
  {
    fn: 'TestGetClusterNodeMask',
    line: 1263,
    name: 'node-cidr-mask-size-ipv6 83: mask 83, so a /83 pod subnet (refused under the default 64) is accepted',
    written: pod('fd00:10:244::/83', ['node-cidr-mask-size-ipv6', '83']),
  },
  {
    fn: 'TestGetClusterNodeMask',
    line: 1299,
    name: 'node-cidr-mask-size 23 alone leaves the IPv6 mask at 64, so a /64 pod subnet is accepted',
    written: pod('fd00:10:244::/64', ['node-cidr-mask-size', '23']),
  },
  {
    fn: 'TestGetClusterNodeMask',
    line: 1311,
    name: 'node-cidr-mask-size 23 and -ipv6 83: mask 83, so a /83 pod subnet is accepted',
    written: pod('fd00:10:244::/83', ['node-cidr-mask-size', '23'], ['node-cidr-mask-size-ipv6', '83']),
  },
];

/**
 * Rows whose Go value a manifest cannot hold, or that Go refuses only for fields a config file never
 * leaves empty: kubeadm accepts the manifest (see the header).
 */
const DEFAULTED: Case[] = [
  { fn: 'TestValidateIPNetFromString', line: 229, name: 'an empty podSubnet is not checked (validation.go:562)', written: ipnet('') },
  { fn: 'TestValidateInitConfiguration', line: 507, name: 'an empty configuration: kubeadm defaults every field, dnsDomain and serviceSubnet included', written: {} },
  {
    fn: 'TestValidateInitConfiguration',
    line: 509,
    name: 'service 10.96.0.1/12 and dnsDomain cluster.local (Go refuses only the empty imageRepository and etcd)',
    written: { serviceSubnet: '10.96.0.1/12', dnsDomain: 'cluster.local' },
  },
  {
    fn: 'TestValidateInitConfiguration',
    line: 541,
    name: 'service 10.96.0.1/12 and dnsDomain cluster.local (Go refuses only the missing node name)',
    written: { serviceSubnet: '10.96.0.1/12', dnsDomain: 'cluster.local' },
  },
];

// ---- Where netlint answers otherwise (its answer today) -------------------------------------------

const PARSE = 'validation.go:426-429 (netutils.ParseCIDRs of the comma-split value fails: "couldn\'t parse subnet"), via 563';
const COUNT = 'validation.go:433-434 (more than two CIDRs), via 563';
const FAMILY = 'validation.go:436-442 (two CIDRs must be one of each family), via 563';
const SMALL = 'validation.go:445-449 (fewer than MinimumAddressesInPodSubnet = 14 addresses), via 563';
const NARROW = 'validation.go:496-497 (pod subnet prefix longer than the node mask; default 24/64 at 510-512), via 564-567';
const WIDE = 'validation.go:498-499 (node mask more than PodSubnetNodeMaskMaxDiff = 16 bits below the pod prefix), via 564-567';
const MASKARG = 'validation.go:523-529 (node-cidr-mask-size-ipv4/-ipv6 is not an integer), reported at podSubnet by 489-492';
const HOSTPORT = 'validation.go:415-421 (kubeadmutil.ParseHostPort fails), via 73';

/**
 * Rows netlint missed when restated, now reported by cluster/kubeadm-networking; each names the
 * kubeadm code that decides it.
 */
const NOW_AGREED: (Case & { decidedBy: string })[] = [
  // TestValidateIPNetFromString (refused rows): netlint checks neither the syntax, the count, the
  // families nor the size of a kubeadm podSubnet.
  { fn: 'TestValidateIPNetFromString', line: 232, name: 'an IPv4 address where a CIDR belongs, beside an IPv6 CIDR', written: ipnet('1.2.3.4,2001:db8::/98'), refusedAt: [POD], decidedBy: PARSE },
  { fn: 'TestValidateIPNetFromString', line: 233, name: 'an IPv6 address where a CIDR belongs, beside an IPv4 CIDR', written: ipnet('2001:db8::1,10.0.0.16/12'), refusedAt: [POD], decidedBy: PARSE },
  { fn: 'TestValidateIPNetFromString', line: 234, name: 'an IPv4 /29 (8 addresses) is too small', written: ipnet('10.0.0.16/29,2001:db8::/98'), refusedAt: [POD], decidedBy: `${SMALL}; also ${NARROW}` },
  { fn: 'TestValidateIPNetFromString', line: 235, name: 'an IPv6 /125 (8 addresses) is too small', written: ipnet('10.0.0.16/12,2001:db8::/125'), refusedAt: [POD], decidedBy: `${SMALL}; also ${NARROW}` },
  { fn: 'TestValidateIPNetFromString', line: 236, name: 'two IPv4 CIDRs are not a dual-stack pair', written: ipnet('10.0.0.16/12,192.168.0.0/16'), refusedAt: [POD], decidedBy: FAMILY },
  { fn: 'TestValidateIPNetFromString', line: 237, name: 'two IPv6 CIDRs are not a dual-stack pair', written: ipnet('2001:db8::/98,2005:db8::/98'), refusedAt: [POD], decidedBy: FAMILY },
  { fn: 'TestValidateIPNetFromString', line: 240, name: 'three CIDRs are more than dual stack allows', written: ipnet('10.0.0.16/12,2001:db8::/98,192.168.0.0/16'), refusedAt: [POD], decidedBy: COUNT },
  {
    fn: 'TestValidateIPNetFromString',
    line: 241,
    name: 'four entries, one of them not an address',
    written: ipnet('10.0.0.16/12,2001:db8::/98,192.168.0.0/16,a.b.c.d/24'),
    refusedAt: [POD],
    decidedBy: PARSE,
  },

  // TestValidatePodSubnetNodeMask (refused rows): netlint has no pod-subnet/node-mask check and
  // reads no controllerManager.extraArgs.
  { fn: 'TestValidatePodSubnetNodeMask', line: 265, name: 'an IPv4 /29 pod subnet is narrower than the default /24 node range', written: pod('10.0.0.16/29'), refusedAt: [POD], decidedBy: `${NARROW}; also ${SMALL}` },
  {
    fn: 'TestValidatePodSubnetNodeMask',
    line: 266,
    name: 'an IPv4 /24 pod subnet is narrower than a /23 node range set by node-cidr-mask-size-ipv4',
    written: pod('10.0.0.16/24', ['node-cidr-mask-size-ipv4', '23']),
    refusedAt: [POD],
    decidedBy: NARROW,
  },
  { fn: 'TestValidatePodSubnetNodeMask', line: 267, name: 'an IPv6 /112 pod subnet is narrower than the default /64 node range', written: pod('2001:db8::1/112'), refusedAt: [POD], decidedBy: NARROW },
  {
    fn: 'TestValidatePodSubnetNodeMask',
    line: 268,
    name: 'an IPv6 /64 pod subnet is narrower than a /24 node range set by node-cidr-mask-size-ipv6',
    written: pod('2001:db8::1/64', ['node-cidr-mask-size-ipv6', '24']),
    refusedAt: [POD],
    decidedBy: NARROW,
  },
  { fn: 'TestValidatePodSubnetNodeMask', line: 269, name: 'an IPv6 /12 pod subnet is 52 bits wider than the default /64 node range', written: pod('2001:db8::1/12'), refusedAt: [POD], decidedBy: WIDE },
  {
    fn: 'TestValidatePodSubnetNodeMask',
    line: 270,
    name: 'an IPv6 /64 pod subnet is 56 bits wider than a /120 node range',
    written: pod('2001:db8::1/64', ['node-cidr-mask-size-ipv6', '120']),
    refusedAt: [POD],
    decidedBy: WIDE,
  },
  { fn: 'TestValidatePodSubnetNodeMask', line: 273, name: 'dual stack whose IPv4 half (/29) is narrower than the default /24', written: pod('10.0.0.16/29,2001:db8::/48'), refusedAt: [POD], decidedBy: `${NARROW}; also ${SMALL}` },
  {
    fn: 'TestValidatePodSubnetNodeMask',
    line: 274,
    name: 'dual stack whose IPv4 half (/24) is narrower than a /23 node range',
    written: pod('10.0.0.16/24,2001:db8::/48', ['node-cidr-mask-size-ipv4', '23']),
    refusedAt: [POD],
    decidedBy: NARROW,
  },
  { fn: 'TestValidatePodSubnetNodeMask', line: 275, name: 'dual stack whose IPv6 half (/112) is narrower than the default /64', written: pod('2001:db8::1/112,10.0.0.16/16'), refusedAt: [POD], decidedBy: NARROW },
  {
    fn: 'TestValidatePodSubnetNodeMask',
    line: 276,
    name: 'dual stack whose IPv6 half (/64) is narrower than a /24 node range',
    written: pod('10.0.0.16/16,2001:db8::1/64', ['node-cidr-mask-size-ipv6', '24']),
    refusedAt: [POD],
    decidedBy: NARROW,
  },
  { fn: 'TestValidatePodSubnetNodeMask', line: 277, name: 'dual stack whose IPv6 half (/12) is 52 bits wider than the default /64', written: pod('2001:db8::1/12,10.0.0.16/16'), refusedAt: [POD], decidedBy: WIDE },
  {
    fn: 'TestValidatePodSubnetNodeMask',
    line: 278,
    name: 'dual stack whose IPv6 half (/64) is 56 bits wider than a /120 node range',
    written: pod('10.0.0.16/16,2001:db8::1/64', ['node-cidr-mask-size-ipv6', '120']),
    refusedAt: [POD],
    decidedBy: WIDE,
  },

  // TestValidateHostPort (refused rows): netlint reads no controlPlaneEndpoint.
  { fn: 'TestValidateHostPort', line: 374, name: 'an upper-case label is not a DNS name', written: { controlPlaneEndpoint: 'a.B.c.d.e' }, refusedAt: [CPE], decidedBy: HOSTPORT },
  { fn: 'TestValidateHostPort', line: 379, name: 'a malformed IPv6 address (too few groups, no "::")', written: { controlPlaneEndpoint: '2001:db7:1' }, refusedAt: [CPE], decidedBy: HOSTPORT },
  { fn: 'TestValidateHostPort', line: 384, name: 'port 0', written: { controlPlaneEndpoint: '1.2.3.4:0' }, refusedAt: [CPE], decidedBy: HOSTPORT },

  // TestValidateInitConfiguration (its networking)
  {
    fn: 'TestValidateInitConfiguration',
    line: 556,
    name: 'a pod subnet written as a bare address (10.0.1.15), not a CIDR',
    written: { serviceSubnet: '10.96.0.1/12', dnsDomain: 'cluster.local', podSubnet: '10.0.1.15' },
    refusedAt: [POD],
    decidedBy: PARSE,
  },

  // TestGetClusterNodeMask (rows whose mask refuses the pod subnet, or that fail)
  {
    fn: 'TestGetClusterNodeMask',
    line: 1275,
    name: 'node-cidr-mask-size-ipv4 23: mask 23, so a /24 pod subnet (accepted under the default 24) is refused',
    written: pod('10.244.0.0/24', ['node-cidr-mask-size-ipv4', '23']),
    refusedAt: [POD],
    decidedBy: NARROW,
  },
  {
    fn: 'TestGetClusterNodeMask',
    line: 1287,
    name: 'node-cidr-mask-size-ipv4 "aa" is not a number: an IPv4 pod subnet is refused',
    written: pod('10.244.0.0/16', ['node-cidr-mask-size-ipv4', 'aa']),
    refusedAt: [POD],
    decidedBy: MASKARG,
  },
  {
    fn: 'TestGetClusterNodeMask',
    line: 1324,
    name: 'node-cidr-mask-size-ipv6 "a83" is not a number: an IPv6 pod subnet is refused',
    written: pod('fd00:10:244::/64', ['node-cidr-mask-size', '23'], ['node-cidr-mask-size-ipv6', 'a83']),
    refusedAt: [POD],
    decidedBy: MASKARG,
  },
];

// ---- Tests -----------------------------------------------------------------------------------------

const key = (c: Case) => `${UPSTREAM}:${c.line}`;
const outcome = (c: Case) => (c.refusedAt ? `refused at ${c.refusedAt.join(', ')}` : 'accepted');
const shown = (version: Version, c: Case) => errorsAs(version, c).map((f) => `${f.ruleId} ${pathText(f.path)}: ${f.message}`);

describe('kubeadm validation tests, retold as ClusterConfiguration manifests', () => {
  for (const c of [...CASES, ...NOW_AGREED]) {
    for (const version of VERSIONS) {
      it(`${key(c)} ${c.fn}: ${c.name} → ${outcome(c)} (${version})`, () => {
        if (!c.refusedAt) {
          expect(shown(version, c)).toEqual([]);
          return;
        }
        const at = errorsAs(version, c).map((f) => pathText(f.path));
        for (const p of c.refusedAt) expect(at, shown(version, c).join('\n')).toContain(p);
      });
    }
  }
});

describe('rows a manifest cannot express as refused: the manifest is accepted', () => {
  for (const c of DEFAULTED) {
    for (const version of VERSIONS) {
      it(`${key(c)} ${c.fn}: ${c.name} (${version})`, () => {
        expect(shown(version, c)).toEqual([]);
      });
    }
  }
});

describe('bookkeeping', () => {
  const all: Case[] = [...CASES, ...DEFAULTED, ...NOW_AGREED];

  it('names each upstream row once', () => {
    const keys = all.map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('each manifest is read as one kubeadm ClusterConfiguration (so an accepted case is not vacuous)', () => {
    for (const c of all) {
      for (const version of VERSIONS) {
        const out = lintAs(version, c);
        expect(out.resources.map((r) => `${r.apiVersion} ${r.groupKind}`), `${key(c)} ${version}`).toEqual([`kubeadm.k8s.io/${version} kubeadm.k8s.io/ClusterConfiguration`]);
      }
    }
  });

  it('written subnets reach the model as the cluster facts, serviceSubnet defaulting to 10.96.0.0/12', () => {
    for (const c of all) {
      for (const version of VERSIONS) {
        const facts = lintAs(version, c).model.facts;
        const { podSubnet, serviceSubnet } = c.written;
        expect(facts.podCIDRs.map((f) => f.cidr), `${key(c)} ${version} podSubnet`).toEqual(podSubnet ? podSubnet.split(',') : []);
        expect(facts.serviceCIDRs.map((f) => f.cidr), `${key(c)} ${version} serviceSubnet`).toEqual(serviceSubnet ? serviceSubnet.split(',') : ['10.96.0.0/12']);
      }
    }
  });

  it('both versions write the controller-manager flags (v1beta3 a map, v1beta4 a name/value list)', () => {
    const c = all.find((x) => x.line === 1244) as Case;
    const read = (version: Version) => lintAs(version, c).resources[0]?.value.controllerManager as { extraArgs?: unknown };
    expect(read('v1beta3').extraArgs).toEqual({ 'node-cidr-mask-size': '21', 'node-cidr-mask-size-ipv4': '23' });
    expect(read('v1beta4').extraArgs).toEqual([
      { name: 'node-cidr-mask-size', value: '21' },
      { name: 'node-cidr-mask-size-ipv4', value: '23' },
    ]);
  });

  it('every refused case names the field kubeadm reports', () => {
    for (const c of all.filter((x) => x.refusedAt)) for (const p of c.refusedAt ?? []) expect([POD, SVC, CPE], key(c)).toContain(p);
  });
});
