/**
 * What Multus' CNI ADD/DEL/CHECK/STATUS tests, its default-route helpers and its thin-plugin
 * entrypoint tests (k8snetworkplumbingwg/multus-cni, tag v4.3.0) feed to Multus, retold in our
 * words as the files netlint reads: pods with network annotations, NetworkAttachmentDefinitions
 * with their CNI configs, and the Multus config in a CNI folder. The whole built-in rule set runs,
 * as `netlint lint` does; only the Multus and CNI packs and the loader's input checks are judged.
 *
 * Files: pkg/multus/multus_cni020_test.go, multus_cni040_test.go, multus_cni100_test.go (CmdAdd
 * with delegates from the Multus config, from NADs and from pod annotations), pkg/netutils/
 * netutils_test.go (removing and setting a delegate's default route, in the pod and in libcni's
 * result cache), cmd/thin_entrypoint/main_test.go (the `00-multus.conf(list)` the thin plugin's
 * entrypoint writes from its flags and the master CNI config). The upstream-cases.test.ts beside
 * this file already restates pkg/types/conf_test.go and pkg/k8sclient/k8sclient_test.go.
 *
 * ACCEPTED upstream (the pod's CNI ADD succeeds, or the entrypoint writes its config): no error
 * from `multus/*`, `cni/*` or `input/*`. REFUSED upstream (CmdAdd fails, the pod never starts): an
 * error from the given rule at the given path (and file). Two kinds of case disagreed when
 * restated, and netlint now agrees: an inline delegate with an empty name (libcni refuses it;
 * cni/multus-delegate reports it), and a one-plugin master config named `.conflist` behind Multus'
 * config (the entrypoint wraps it; cni/plugins now warns instead of an error).
 *
 * At v4.3.0 these files hold no case on requested interface names, duplicate networks, missing NADs
 * or malformed MAC/IP requests (k8sclient_test.go, restated beside, holds the annotation ones).
 *
 * The Go tests hand Multus its config on stdin; here it is the file a node holds,
 * `net.d/00-multus.conf`. Their fake pod is `testpod` in namespace `test` (pkg/testing
 * NewFakePod), their NADs are made by NewFakeNetAttachDef. The thin entrypoint's tests write the
 * master config and the Multus config into two folders; on a node both are /etc/cni/net.d (the
 * default of --multus-autoconfig-dir and --cni-conf-dir, cmd/thin_entrypoint/main.go L75, L86), so
 * here both sit in `etc/cni/net.d/`. netlint reads none of the entrypoint's flags (nothing in
 * rules/multus, rules/cni or src/engine/load.ts does): only the files it writes and reads.
 *
 * The netutils cache tests rewrite a plugin's result in libcni's cache; what a manifest decides is
 * that result's CNI version (the NAD's cniVersion), its routes (the NAD's IPAM) and which networks
 * Multus strips of their default route or gives one (the pod's `default-route`,
 * pkg/types/conf.go CheckGatewayConfig and pkg/multus/multus.go L869–L927). Each is retold as
 * that manifest: a network of the version and family the test names.
 *
 * Left out, with the reason:
 * - multus_cni020_test.go L39 (saving the scratch delegate cache to a bad path), the "Verify the
 *   cache is created in dataDir" and "Delete pod without cache" cases (020 L609, L681; 040 L1354,
 *   L1427; 100 L1035, L1108): Multus' own delegate cache and DEL-only cleanup;
 * - "executes delegates given faulty namespace" (020 L204; 040 L714; 100 L205): a netns path the
 *   runtime passes, node state;
 * - "executes delegates and cleans up on failure" (020 L315; 040 L905; 100 L461): the fake plugin is
 *   told to fail; the config is the valid one of 020 L80, and the cleanup is DEL;
 * - "plugin without interface" (020 L143; 040 L250; 100 L261): the same config as the case before
 *   it, differing only in what the plugin returns;
 * - 020 L80 "executes delegates": its config is exactly conf_test.go L596, already restated in
 *   upstream-cases.test.ts;
 * - the pod UID cases (040 L311, L349, L417, L469) and the shared-informer cases (100 L907, L967,
 *   same manifests as 100 L860): CNI_ARGS from the kubelet and informer plumbing; 100 L1266 (the
 *   pod is not in the API): cluster state, not a manifest;
 * - 040 L564 "executes confListDel without error": the ADD half is 040 L521, the rest is DEL;
 * - the STATUS error and GC cases (100 L1296, L1333: the fake plugin's STATUS fails; L1369, L1448:
 *   garbage collection from cached results): plugin behaviour and result caching;
 * - netutils_test.go L1494 (a cached result listing the default route twice): what a plugin
 *   returned; whether a NAD's routes lead to it depends on the plugin, not on the manifest;
 * - main_test.go L43 (asserts a constant), L48 and L81 (which files exist on the node), L549 (the
 *   kubeconfig built from the service account's files): node state.
 */
import { describe, expect, it } from 'vitest';
import { describeUpstreamCases, type UpstreamCase } from '../../src/engine/testing/upstream-cases.js';
import { dedent } from '../../src/engine/testing/rule-tester.js';
import { lint } from '../../src/engine/run.js';
import { BUILTIN_RULES } from '../index.js';
import { docs, multusTestPod } from './lib/fixtures.js';

type Case = UpstreamCase;
type Json = Record<string, unknown>;

const MULTUS_FILE = 'net.d/00-multus.conf';

/** The fake pod: `testpod` in `test`, with the networks and default-network annotations given. */
function pod(networks: string | null, defaultNetwork: string | null = null): string {
  return multusTestPod({
    ...(networks === null ? {} : { 'k8s.v1.cni.cncf.io/networks': networks }),
    ...(defaultNetwork === null ? {} : { 'v1.multus-cni.io/default-network': defaultNetwork }),
  });
}

/** A NAD whose spec.config is `config` written as one-line JSON. */
function nad(namespace: string, name: string, config: Json): string {
  return `
    apiVersion: k8s.cni.cncf.io/v1
    kind: NetworkAttachmentDefinition
    metadata: { name: ${name}, namespace: ${namespace} }
    spec:
      config: '${JSON.stringify(config)}'
  `;
}

/** The fake plugins' configs the CmdAdd tests use: a name, a made-up type, a version. */
const fakeNet = (name: string, type: string, cniVersion: string, extra: Json = {}): Json => ({ name, type, cniVersion, ...extra });

/** The Multus config as the node holds it. */
const multus = (conf: Json): Record<string, string> => ({ [MULTUS_FILE]: `${JSON.stringify(conf, null, 2)}\n` });

/** The thin plugin's config with a kubeconfig and one inline delegate, as the pod-network tests pass it. */
const withKubeconfig = (cniVersion: string): Json => ({ name: 'node-cni-network', type: 'multus', kubeconfig: '/etc/kubernetes/node-kubeconfig.yaml', delegates: [fakeNet('weave1', 'weave-net', cniVersion)] });

/** Two inline delegates behind a readiness file, as the delegate-only tests pass them. */
const twoDelegates = (delegates: Json[]): Json => ({ name: 'node-cni-network', type: 'multus', readinessindicatorfile: '/tmp/foo.multus.conf', defaultnetworkwaitseconds: 3, delegates });

const files = (yamlDocs: string[], ...more: Record<string, string>[]): Record<string, string> => Object.assign({ 'case.yaml': docs(...yamlDocs) }, ...more);
const accepted = (name: string, f: Record<string, string>): Case => ({ name, files: f });
const refused = (name: string, f: Record<string, string>, rule: string, path: (string | number)[], file?: string): Case => ({ name, files: f, refused: { rule, path, file } });

// ---------------------------------------------------------------------------------------------
// pkg/multus/multus_cni0x0_test.go and multus_cni100_test.go: the Multus config on its own.

/** The Multus config text with its last closing brace left off (the "bad json" tests). */
const unclosed = (cniVersion: string) => {
  const text = JSON.stringify(twoDelegates([fakeNet('weave1', 'weave-net', cniVersion), fakeNet('other1', 'other-plugin', cniVersion)]), null, 2);
  return { [MULTUS_FILE]: `${text.slice(0, text.lastIndexOf('}'))}\n` };
};

/** A one-plugin list delegate whose plugin also carries a name and version (the CmdCheck tests). */
const listDelegate = (name: string, pluginName: string, type: string, cniVersion: string): Json => ({ name, cniVersion, plugins: [{ type, cniVersion, name: pluginName }] });

/** A list delegate that declares portMappings, and port mappings in Multus' runtimeConfig. */
const portmapConfig = (cniVersion: string): Json => ({
  name: 'node-cni-network',
  type: 'multus',
  delegates: [{ cniVersion, name: 'mynet-confList', plugins: [{ type: 'firstPlugin', capabilities: { portMappings: true } }] }],
  runtimeConfig: { portMappings: [{ hostPort: 8080, containerPort: 80, protocol: 'tcp' }] },
});

/** A Multus config whose second inline delegate is named "" (multus_cni*_test.go "missing name field"). */
const unnamedSecond = (cniVersion: string) => multus(twoDelegates([fakeNet('weave1', 'weave-net', cniVersion), fakeNet('', 'other-plugin', cniVersion)]));

const MULTUS_CONFIG: Case[] = [
  accepted('040 L73 "executes delegates": two 0.3.1 delegates behind a readiness file', multus(twoDelegates([fakeNet('weave1', 'weave-net', '0.3.1'), fakeNet('other1', 'other-plugin', '0.3.1')]))),
  accepted('040 L646 "executes delegates with CNI Check": two 0.4.0 delegates', multus(twoDelegates([fakeNet('weave1', 'weave-net', '0.4.0'), fakeNet('other1', 'other-plugin', '0.4.0')]))),
  accepted('100 L137 "executes delegates with CNI Check": two 1.0.0 delegates', multus(twoDelegates([fakeNet('weave1', 'weave-net', '1.0.0'), fakeNet('other1', 'other-plugin', '1.0.0')]))),
  accepted(
    '040 L770 "returns the previous result using CmdCheck": 0.4.0 delegates that are one-plugin lists, each plugin named',
    multus(twoDelegates([listDelegate('weave1', 'weave-net-name', 'weave-net', '0.4.0'), listDelegate('other1', 'other-name', 'other-plugin', '0.4.0')])),
  ),
  accepted(
    '100 L326 "returns the previous result using CmdCheck": the same with 1.0.0',
    multus(twoDelegates([listDelegate('weave1', 'weave-net-name', 'weave-net', '1.0.0'), listDelegate('other1', 'other-name', 'other-plugin', '1.0.0')])),
  ),
  refused('020 L258 "fails to load NetConf with bad json": the config\'s closing brace missing (0.2.0 delegates)', unclosed('0.2.0'), 'input/yaml-syntax', [], MULTUS_FILE),
  refused('040 L846 "fails to load NetConf with bad json": the same with 0.4.0 delegates', unclosed('0.4.0'), 'input/yaml-syntax', [], MULTUS_FILE),
  refused('100 L402 "fails to load NetConf with bad json": the same with 1.0.0 delegates', unclosed('1.0.0'), 'input/yaml-syntax', [], MULTUS_FILE),
  // CmdAdd runs the second inline delegate (pkg/multus/multus.go L848 DelegateAdd → L445 confAdd → L215 AddNetwork); libcni
  // checks the network name before it runs the plugin (vendored containernetworking/cni v1.3.0 libcni/api.go L630 → L499
  // ValidateNetworkName, pkg/utils/utils.go L50–L51 "missing network name"), and Multus fills in no name for an inline
  // delegate (pkg/types/conf.go L181): every pod on the node fails to start. cni/multus-delegate reports it.
  refused('020 L359 "executes delegates and cleans up on failure with missing name field": a 0.2.0 inline delegate named ""', unnamedSecond('0.2.0'), 'cni/multus-delegate', ['delegates', 1, 'name'], MULTUS_FILE),
  refused('040 L949 the same with 0.4.0 delegates', unnamedSecond('0.4.0'), 'cni/multus-delegate', ['delegates', 1, 'name'], MULTUS_FILE),
  refused('100 L505 the same with 1.0.0 delegates', unnamedSecond('1.0.0'), 'cni/multus-delegate', ['delegates', 1, 'name'], MULTUS_FILE),
  accepted('040 L521 "ensure delegates get portmap runtime config": a 0.3.1 list delegate with the portMappings capability', multus(portmapConfig('0.3.1'))),
  accepted('040 L1264 "ensure delegates get portmap runtime config": the same at 0.4.0', multus(portmapConfig('0.4.0'))),
  accepted('100 L817 "ensure delegates get portmap runtime config": the same at 1.0.0', multus(portmapConfig('1.0.0'))),
  accepted(
    '100 L1224 "executes delegates with CNI Check" (1.1.0, STATUS): 1.1.0 list delegates and a key Multus does not know (defaultnetworkfile)',
    multus({
      name: 'node-cni-network',
      type: 'multus',
      defaultnetworkfile: '/tmp/foo.multus.conf',
      defaultnetworkwaitseconds: 3,
      delegates: [
        { name: 'weave1', cniVersion: '1.1.0', plugins: [{ type: 'weave-net' }] },
        { name: 'other1', cniVersion: '1.1.0', plugins: [{ type: 'other-plugin' }] },
      ],
    }),
  ),
];

// ---------------------------------------------------------------------------------------------
// The same files: pods whose annotations add NAD delegates (GetNetworkDelegates via TryLoadPodDelegates).

/** NADs net1, net2 and net3 in `test` at one version (net3 unused), and a pod asking for net1 and net2. */
const twoOfThree = (v: string) =>
  files([pod('net1,net2'), nad('test', 'net1', fakeNet('net1', 'mynet', v)), nad('test', 'net2', fakeNet('net2', 'mynet2', v)), nad('test', 'net3', fakeNet('net3', 'mynet3', v))], multus(withKubeconfig(v)));

/** One NAD, net1, and a pod asking for it. */
const justNet1 = (v: string) => files([pod('net1'), nad('test', 'net1', fakeNet('net1', 'mynet', v))], multus(withKubeconfig(v)));

/** The pod's JSON element asking for a MAC, an address, bandwidth and two port mappings; the NAD declares all four capabilities. */
const RUNTIME_REQUESTS = JSON.stringify([
  {
    name: 'net1',
    mac: 'c2:11:22:33:44:66',
    ips: ['10.0.0.1'],
    bandwidth: { ingressRate: 2048, ingressBurst: 1600, egressRate: 4096, egressBurst: 1600 },
    portMappings: [
      { hostPort: 8080, containerPort: 80, protocol: 'tcp' },
      { hostPort: 8000, containerPort: 8001, protocol: 'udp' },
    ],
  },
]);
const runtimeRequests = (v: string) =>
  files([pod(RUNTIME_REQUESTS), nad('test', 'net1', fakeNet('net1', 'mynet', v, { capabilities: { mac: true, ips: true, bandwidth: true, portMappings: true } }))], multus(withKubeconfig(v)));

/** clusterNetwork names a NAD, no inline delegate; the pod's default-network names the same NAD in kube-system. */
const clusterNetwork = (v: string) =>
  files([pod(null, 'kube-system/net1'), nad('kube-system', 'net1', fakeNet('net1', 'mynet', v))], multus({ name: 'node-cni-network', type: 'multus', kubeconfig: '/etc/kubernetes/node-kubeconfig.yaml', defaultNetworks: [], clusterNetwork: 'net1', delegates: [] }));

const POD_NETWORKS: Case[] = [
  accepted('020 L404 "executes delegates and kubernetes networks with events check": net1,net2 of three 0.2.0 NADs', twoOfThree('0.2.0')),
  accepted('040 L1110 "executes delegates and kubernetes networks": the same at 0.4.0', twoOfThree('0.4.0')),
  accepted('100 L665 "executes delegates and kubernetes networks": the same at 1.0.0', twoOfThree('1.0.0')),
  accepted('020 L495 "executes kubernetes networks and delete it after pod removal" (the ADD): one 0.2.0 NAD', justNet1('0.2.0')),
  accepted('040 L1196 the same (the ADD) at 0.4.0', justNet1('0.4.0')),
  accepted('100 L750 the same (the ADD) at 1.0.0', justNet1('1.0.0')),
  accepted('040 L136 "executes delegates with runtimeConfigs": mac, ips, bandwidth and portMappings on a 0.3.1 NAD declaring them', runtimeRequests('0.3.1')),
  accepted('040 L995 "executes delegates with runtimeConfigs": the same at 0.4.0', runtimeRequests('0.4.0')),
  accepted('100 L551 "executes delegates with runtimeConfigs": the same at 1.0.0', runtimeRequests('1.0.0')),
  accepted('020 L562 "executes clusterNetwork delegate": clusterNetwork a 0.2.0 NAD, default-network kube-system/net1', clusterNetwork('0.2.0')),
  accepted('040 L1307 "executes clusterNetwork delegate": the same at 0.4.0', clusterNetwork('0.4.0')),
  accepted('100 L860 "executes clusterNetwork delegate": the same at 1.0.0', clusterNetwork('1.0.0')),
];

// ---------------------------------------------------------------------------------------------
// pkg/netutils/netutils_test.go: default routes Multus removes from, or adds to, a delegate.

type Family = 4 | 6;
const GATEWAY: Record<Family, string> = { 4: '10.1.1.1', 6: 'fd00:10::1' };
const SUBNET: Record<Family, string> = { 4: '10.1.1.0/24', 6: 'fd00:10::/64' };
const DEFAULT_DST: Record<Family, string> = { 4: '0.0.0.0/0', 6: '::/0' };
const OTHER_DST: Record<Family, string[]> = { 4: ['20.0.0.0/24', '30.0.0.0/24'], 6: ['fd00:20::/56', 'fd00:30::/64'] };

/**
 * A macvlan NAD with host-local addresses of the families given, and routes: `extra` adds two
 * routes per family besides the default, `defaults` a default route per family.
 */
function routedNad(name: string, cniVersion: string, families: Family[], opts: { defaults: boolean; extra: boolean; offset?: number }): string {
  const shift = (s: string) => (opts.offset ? s.replace('10.1.1', `10.1.${1 + opts.offset}`).replace('fd00:10', `fd00:1${opts.offset}`) : s);
  const routes = families.flatMap((f) => [
    ...(opts.extra ? [{ dst: OTHER_DST[f][0], gw: shift(GATEWAY[f]) }] : []),
    ...(opts.defaults ? [{ dst: DEFAULT_DST[f], gw: shift(GATEWAY[f]) }] : []),
    ...(opts.extra ? [{ dst: OTHER_DST[f][1], gw: shift(GATEWAY[f]) }] : []),
  ]);
  return nad('test', name, {
    cniVersion,
    name,
    type: 'macvlan',
    master: 'eth1',
    ipam: { type: 'host-local', ranges: families.map((f) => [{ subnet: shift(SUBNET[f]), gateway: shift(GATEWAY[f]) }]), ...(routes.length ? { routes } : {}) },
  });
}

/** The pod asks for a default route of `family` on `gwNet`, and also attaches `others`. */
const gwPod = (gwNet: string, family: Family, others: string[] = []) => pod(JSON.stringify([{ name: gwNet, 'default-route': [GATEWAY[family]] }, ...others.map((name) => ({ name }))]));

/**
 * Removal: the pod asks for a `family` default route on gw-net; `stripped`, a dual-stack NAD at
 * `cniVersion` with default and other routes, loses its default route (CheckGatewayConfig marks it).
 */
const removed = (cniVersion: string, family: Family) =>
  files([gwPod('gw-net', family, ['stripped']), routedNad('gw-net', '0.3.1', [4, 6], { defaults: false, extra: false, offset: 5 }), routedNad('stripped', cniVersion, [4, 6], { defaults: true, extra: true })]);

/** Removed then added: the pod asks for a `family` default route on the one network that already installs it. */
const replaced = (family: Family) => files([gwPod('net1', family), routedNad('net1', '1.0.0', [family], { defaults: true, extra: false })]);

/** Addition: the pod asks for a `family` default route on a dual-stack NAD at `cniVersion`, with or without other routes. */
const added = (cniVersion: string, family: Family, withRoutes: boolean) =>
  files([gwPod('net1', family), routedNad('net1', cniVersion, [4, 6], { defaults: false, extra: withRoutes })]);

const DEFAULT_ROUTES: Case[] = [
  accepted(
    'L202 "verify default gateway is removed" (DeleteDefaultGW): a network routing 10.0.0.0/16 with a default route, stripped because the pod asks for one elsewhere',
    files([
      pod(JSON.stringify([{ name: 'gw-net', 'default-route': ['10.1.6.1'] }, { name: 'routed' }])),
      routedNad('gw-net', '0.3.1', [4], { defaults: false, extra: false, offset: 5 }),
      nad('test', 'routed', { cniVersion: '0.3.1', name: 'routed', type: 'macvlan', master: 'eth1', ipam: { type: 'host-local', subnet: '10.0.0.0/24', gateway: '10.0.0.1', routes: [{ dst: '0.0.0.0/0', gw: '10.0.0.1' }, { dst: '10.0.0.0/16', gw: '10.0.0.1' }] } }),
    ]),
  ),
  accepted(
    'L241 "verify default gateway is removed" (SetDefaultGW): a default route via 10.0.0.1 asked for on the 10.0.0.0/24 network',
    files([
      pod(JSON.stringify([{ name: 'net1', 'default-route': ['10.0.0.1'] }])),
      nad('test', 'net1', { cniVersion: '0.3.1', name: 'net1', type: 'macvlan', master: 'eth1', ipam: { type: 'host-local', subnet: '10.0.0.0/24', gateway: '10.0.0.1', routes: [{ dst: '10.0.0.0/16', gw: '10.0.0.1' }] } }),
    ]),
  ),
  accepted('L278 "ipv4 default gateway is removed from CNI 0.1.0/0.2.0 results": a 0.2.0 network stripped for an IPv4 default-route', removed('0.2.0', 4)),
  accepted('L351 "ipv6 default gateway is removed from CNI 0.1.0/0.2.0 results": a 0.1.0 network stripped for an IPv6 default-route', removed('0.1.0', 6)),
  accepted('L424 "ipv4 default gateway is removed from CNI 0.3.0/0.3.1/0.4.0 results": a 0.3.0 network, IPv4', removed('0.3.0', 4)),
  accepted('L498 "ipv6 default gateway is removed from CNI 0.3.0/0.3.1/0.4.0 results": a 0.4.0 network, IPv6', removed('0.4.0', 6)),
  accepted('L572 "ipv4 default gateway is removed from CNI 1.0.0 results": a 1.0.0 network, IPv4', removed('1.0.0', 4)),
  accepted('L644 "ipv4 default gateway from single routes is removed/added" (1.0.0): the pod asks for the IPv4 default route its only network installs', replaced(4)),
  accepted('L677 "ipv6 default gateway is removed from CNI 1.0.0 results": a 1.0.0 network, IPv6', removed('1.0.0', 6)),
  accepted('L749 "ipv6 default gateway from single routes is removed/added" (1.0.0): the same for IPv6', replaced(6)),
  accepted('L782 "ipv4 default gateway is added to CNI 0.1.0/0.2.0 results without routes": IPv4 default-route on a 0.2.0 NAD without routes', added('0.2.0', 4, false)),
  accepted('L840 "ipv4 default gateway is added to CNI 0.1.0/0.2.0 results": the same with other routes', added('0.2.0', 4, true)),
  accepted('L908 "ipv6 default gateway is added to CNI 0.1.0/0.2.0 results without routes": IPv6 on a 0.1.0 NAD without routes', added('0.1.0', 6, false)),
  accepted('L966 "ipv6 default gateway is added to CNI 0.1.0/0.2.0 results": IPv6 on a 0.2.0 NAD with routes', added('0.2.0', 6, true)),
  accepted('L1034 "ipv4 default gateway is added to CNI 0.3.0/0.3.1/0.4.0 results without routes": IPv4 on a 0.3.1 NAD', added('0.3.1', 4, false)),
  accepted('L1082 "ipv4 default gateway is added to CNI 0.3.0/0.3.1/0.4.0 results": IPv4 on a 0.4.0 NAD with routes', added('0.4.0', 4, true)),
  accepted('L1148 "ipv6 default gateway is added to CNI 0.3.0/0.3.1/0.4.0 results without routes": IPv6 on a 0.3.0 NAD', added('0.3.0', 6, false)),
  accepted('L1196 "ipv6 default gateway is added to CNI 0.3.0/0.3.1/0.4.0 results": IPv6 on a 0.3.1 NAD with routes', added('0.3.1', 6, true)),
  accepted('L1266 "ipv4 default gateway is added to CNI 1.0.0 results without routes": IPv4 on a 1.0.0 NAD', added('1.0.0', 4, false)),
  accepted('L1312 "ipv4 default gateway is added to CNI 1.0.0 results": IPv4 on a 1.0.0 NAD with routes', added('1.0.0', 4, true)),
  accepted('L1376 "ipv6 default gateway is added to CNI 1.0.0 results without routes": IPv6 on a 1.0.0 NAD', added('1.0.0', 6, false)),
  accepted('L1422 "ipv6 default gateway is added to CNI 1.0.0 results": IPv6 on a 1.0.0 NAD with routes', added('1.0.0', 6, true)),
  accepted('L1512 "supports gateway result updates for cniVersion 1.1.0": a 1.1.0 network stripped and another given the default route', files([gwPod('gw-net', 4, ['stripped']), routedNad('gw-net', '1.1.0', [4], { defaults: false, extra: false, offset: 5 }), routedNad('stripped', '1.1.0', [4], { defaults: true, extra: false })])),
  refused(
    'L1534 "rejects unsupported pre-1.0.0 cniVersion": a default-route asked for on a NAD whose cniVersion is 0.9.0',
    files([gwPod('net1', 4), routedNad('net1', '0.9.0', [4], { defaults: false, extra: false })]),
    'multus/nad-config',
    ['spec', 'config'],
  ),
];

// ---------------------------------------------------------------------------------------------
// cmd/thin_entrypoint/main_test.go: createMultusConfig, the master config and what it writes.

const NET_D = 'etc/cni/net.d';
const KUBECONFIG = '/etc/foobar_kubeconfig';
const master = (cniVersion: string, extra: Json = {}): Json => ({ cniVersion, name: 'test1', ...extra, type: 'cnitesttype' });
/** The options test: namespace isolation, logging, an extra bin dir, Multus' conf dir, a readiness file. */
const OPTIONS: Json = {
  namespaceIsolation: true,
  globalNamespaces: 'foobar,barfoo',
  logLevel: 'debug',
  logFile: '/tmp/foobar.log',
  binDir: '/tmp/add_bin_dir',
  cniConf: '/tmp/multus/net.d',
  readinessindicatorfile: '/var/lib/foobar_indicator',
};
/** Below 1.0.0 the entrypoint writes a `.conf` of type multus; from 1.0.0 on a `.conflist` wrapping it. */
function written(delegate: Json, opts: Json = { logToStderr: false }, capabilities?: Json): Record<string, string> {
  const cniVersion = delegate.cniVersion as string;
  const plugin = { type: 'multus', ...(capabilities ? { capabilities } : {}), ...opts, kubeconfig: KUBECONFIG, delegates: [delegate] };
  const asList = cniVersion.startsWith('1.');
  const conf = asList ? { cniVersion, name: 'multus-cni-network', plugins: [plugin] } : { cniVersion, name: 'multus-cni-network', ...plugin };
  return { [`${NET_D}/00-multus.${asList ? 'conflist' : 'conf'}`]: `${JSON.stringify(conf, null, 2)}\n` };
}
const onNode = (file: string, conf: Json) => ({ [`${NET_D}/${file}`]: `${JSON.stringify(conf, null, 2)}\n` });

const THIN_ENTRYPOINT: Case[] = [
  accepted('L111 "createMultusConfig(), default, conf": a 0.3.1 master .conf, wrapped in 00-multus.conf', { ...onNode('10-testcni.conf', master('0.3.1')), ...written(master('0.3.1')) }),
  accepted('L158 "createMultusConfig(), capabilities, conf": the master\'s capabilities copied to the Multus config', {
    ...onNode('10-testcni.conf', master('0.3.1', { capabilities: { bandwidth: true } })),
    ...written(master('0.3.1', { capabilities: { bandwidth: true } }), { logToStderr: false }, { bandwidth: true }),
  }),
  accepted('L208 "createMultusConfig(), with options, conf": isolation, logging, bin and conf dirs, readiness file', { ...onNode('10-testcni.conf', master('0.3.1')), ...written(master('0.3.1'), OPTIONS) }),
  accepted('L271 "createMultusConfig(), default, conflist": a 1.0.0 master .conf, wrapped in 00-multus.conflist', { ...onNode('10-testcni.conf', master('1.0.0')), ...written(master('1.0.0')) }),
  accepted('L321 "default, conflist for cniVersion 1.1.0": the same at 1.1.0', { ...onNode('10-testcni.conf', master('1.1.0')), ...written(master('1.1.0')) }),
  accepted('L487 "with options, conflist" (the master named by --multus-master-cni-file-name): test1 wrapped though 09-test2cni.conf sorts before it', {
    ...onNode('09-test2cni.conf', { cniVersion: '1.0.0', name: 'test2', type: 'cnitest2type' }),
    ...onNode('10-testcni.conf', master('1.0.0')),
    ...written(master('1.0.0')),
  }),
  // A one-plugin master config named .conflist: the runtime reads 00-multus.conflist, which sorts first, and the entrypoint
  // reads this file as plain JSON (main.go L361, L397, L416-L424) and wraps it as the delegate (L489, L283). cni/plugins
  // warns that libcni would refuse the file read alone; no error.
  accepted('L371 "createMultusConfig(), capabilities, conflist": a one-plugin master named 10-testcni.conflist, with capabilities', {
    ...onNode('10-testcni.conflist', master('1.0.0', { capabilities: { bandwidth: true } })),
    ...written(master('1.0.0', { capabilities: { bandwidth: true } }), { logToStderr: false }, { bandwidth: true }),
  }),
  accepted('L423 "createMultusConfig(), with options, conflist": the options, the master a one-plugin 10-testcni.conflist', { ...onNode('10-testcni.conflist', master('1.0.0')), ...written(master('1.0.0'), OPTIONS) }),
];

describeUpstreamCases(
  [
    ['the Multus config (multus_cni0x0/100_test.go)', MULTUS_CONFIG],
    ['pods, NADs and the Multus config (multus_cni0x0/100_test.go)', POD_NETWORKS],
    ['default routes (netutils_test.go)', DEFAULT_ROUTES],
    ['the thin entrypoint\'s Multus config (thin_entrypoint/main_test.go)', THIN_ENTRYPOINT],
  ],
  { rules: BUILTIN_RULES, concerned: (id) => id.startsWith('multus/') || id.startsWith('cni/') || id.startsWith('input/'), content: (path, text) => (path.endsWith('.yaml') ? dedent(text) : text) },
);

// ---------------------------------------------------------------------------------------------
describe('the restated Multus cases', () => {
  it('names each upstream case once', () => {
    const names = [...MULTUS_CONFIG, ...POD_NETWORKS, ...DEFAULT_ROUTES, ...THIN_ENTRYPOINT].map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
