/**
 * What the NAD admission webhook and the NAD client library accept and refuse, from their own
 * tests, retold in our words as manifests (NetworkAttachmentDefinitions, pods with their
 * annotations, and the files of Multus' conf dir). The whole built-in rule set runs, as `netlint
 * lint` does.
 *
 * Sources (no Go or JSON copied; every case cites its upstream line):
 * - k8snetworkplumbingwg/net-attach-def-admission-controller, tag v1.1 (its only release tag,
 *   ab74a26): pkg/webhook/webhook_test.go, the DescribeTable "Network Attachment Definition
 *   validation" (L130) over validateNetworkAttachmentDefinition (pkg/webhook/webhook.go L55: the
 *   NAD name must match its own pattern, L56–L62; an empty spec.config is let through, L72/L89;
 *   otherwise libcni must read it as a list or as one plugin, L78–L87). The five rows are the
 *   same at the newest commit (5a6417b), which only renames the Go types.
 * - k8snetworkplumbingwg/network-attachment-definition-client, tag v1.7.7 (46fcc41; pkg/utils is
 *   the same at v1.7.6, the version Multus v4.3.0 builds with): pkg/utils/cniconfig_test.go
 *   (GetCNIConfig: a NAD's spec.config, or without one a file of Multus' conf dir whose "name" is
 *   the NAD's) and pkg/utils/net-attach-def_test.go (the network-status annotation written and
 *   read back, and ParsePodNetworkAnnotation).
 *
 * Who refuses, and what the user sees: the webhook is optional; where it runs it refuses the NAD
 * at `kubectl apply`. Multus v4.3.0 (/work/.mirror/k8snetworkplumbingwg+multus-cni, tag v4.3.0)
 * reads every NAD through the client's GetCNIConfig (pkg/k8sclient/k8sclient.go L333) and then
 * LoadDelegateNetConf (pkg/types/conf.go L173; a config with neither `type` nor `plugins` fails at
 * L54–L55), so without the webhook the same configs fail at the pod's CNI ADD (the pod stays in
 * ContainerCreating). Pod annotations Multus parses with its own copy of the client's parser
 * (k8sclient.go L222, the same split plus MAC/GUID/IP checks). A NAD name the webhook refuses here
 * the API server refuses too (custom resource names are DNS-1123 subdomains), before Multus sees it.
 *
 * ACCEPTED upstream: no error from `multus/*`, `cni/*`, `input/*` or `cluster/object-name`
 * (warnings allowed: a NAD without cniVersion, or without spec.config). REFUSED upstream: an error
 * from the given rule at the given path (and file).
 *
 * Restated as written except: upstream's fake pod and namespace names carry capitals
 * (fakePod1, fakeNamespace1, fakeContainer), which the API server refuses (cluster/object-name);
 * they are lower-cased, since the cases are about the annotations. The client's conf-dir tests use
 * a temporary folder; here it is Multus' default, etc/cni/multus/net.d (pkg/types/conf.go L39). A
 * pod's annotation names a NAD, which the client test has no need of; it is added, with a minimal
 * config.
 *
 * Left out, with the reason:
 * - webhook_test.go L37, L44 (the AdmissionReview response), L58 (a body that is no
 *   AdmissionReview), L69 (an empty admission request), L79 (writing the response), L98, L108,
 *   L119 (HTTP body, content type, undecodable body): the webhook's envelope, not a manifest;
 * - the webhook's pod check (IsolateHandler / analyzeIsolationAnnotation, webhook.go L162–L205:
 *   no namespace-qualified networks): webhook_test.go has no test of it at v1.1 (nor at 5a6417b);
 * - net-attach-def_test.go L44 (convertDNS, a type conversion), and L104, L189, L197, L219, L245,
 *   L249, L277, L285, L312, L402, L420, L434, L452, L482 (CreateNetworkStatus(es) from a CNI
 *   plugin's result): what a plugin returns at run time, not a manifest.
 */
import { describe, expect, it } from 'vitest';
import { describeUpstreamCases, type UpstreamCase } from '../../src/engine/testing/upstream-cases.js';
import { dedent } from '../../src/engine/testing/rule-tester.js';
import { lint } from '../../src/engine/run.js';
import { BUILTIN_RULES } from '../index.js';
import { docs, nadWithMetadata } from './lib/fixtures.js';

type Case = UpstreamCase;

const CONF_DIR = 'etc/cni/multus/net.d';

/** A NAD; `metadata` is a YAML flow mapping, `config` its spec.config (null: no spec.config). */
const nad = nadWithMetadata;

/** A pod in `namespace` whose annotations are block scalars (the values as the Go strings hold them, new lines and all). */
function pod(namespace: string, annotations: Record<string, string>): string {
  const block = (text: string) => text.split('\n').map((l) => `          ${l}`).join('\n');
  const lines = Object.entries(annotations).map(([k, v]) => `        ${k}: |-\n${block(v)}`);
  return `
    apiVersion: v1
    kind: Pod
    metadata:
      name: fake-pod-1
      namespace: ${namespace}
      annotations:
${lines.join('\n')}
    spec:
      containers: [{ name: fake-container, image: fake-image }]
  `;
}

const manifest = (...parts: string[]) => ({ 'case.yaml': docs(...parts) });
const accepted = (name: string, files: Record<string, string>): Case => ({ name, files });
const refused = (name: string, files: Record<string, string>, rule: string, path: (string | number)[], file?: string): Case => ({ name, files, refused: { rule, path, file } });

const CONFIG = ['spec', 'config'];

// ---------------------------------------------------------------------------------------------
// net-attach-def-admission-controller v1.1, pkg/webhook/webhook_test.go: the DescribeTable at L130.

/** The list config of the last row: a bridge with host-local addresses, then two made-up plugins, one with a sysctl. */
const BRIDGE_LIST = JSON.stringify({
  cniVersion: '0.3.0',
  name: 'some-bridge-network',
  plugins: [
    { type: 'bridge', bridge: 'br0', ipam: { type: 'host-local', subnet: '192.168.1.0/24' } },
    { type: 'some-plugin' },
    { type: 'another-plugin', sysctl: { 'net.ipv4.conf.all.log_martians': '1' } },
  ],
});

const WEBHOOK: Case[] = [
  // The row is named for its config, but what refuses it is the empty name (webhook.go L56–L62); an empty spec.config alone is let through (L89).
  refused('L138 a NAD with nothing in it, no name nor config: refused for its name', manifest(nad('{}', null)), 'cluster/object-name', ['metadata']),
  refused('L143 a NAD named with question marks', manifest(nad('{ name: "some?invalid?name" }', null)), 'cluster/object-name', ['metadata', 'name']),
  refused('L152 a config object holding neither a plugin type nor a plugin list', manifest(nad('{ name: some-valid-name }', '{"some-invalid": "config"}')), 'multus/nad-config', CONFIG),
  accepted('L164 one made-up plugin at 0.3.0, no name in the config', manifest(nad('{ name: some-valid-name }', '{"cniVersion": "0.3.0", "type": "some-plugin"}'))),
  accepted('L176 a named 0.3.0 list: bridge with host-local, then two made-up plugins, one with a sysctl', manifest(nad('{ name: some-valid-name }', BRIDGE_LIST))),
];

// ---------------------------------------------------------------------------------------------
// network-attachment-definition-client v1.7.7, pkg/utils/cniconfig_test.go: GetCNIConfig.

/** A NAD named `test-net-attach-def` in `testnamespace`, with no spec.config: Multus reads its conf dir. */
const specless = nad('{ name: test-net-attach-def, namespace: testnamespace }', null);
/** Pretty-printed JSON, as a file on the node. */
const file = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const CNI_CONFIG: Case[] = [
  accepted(
    'L43 a config with a type and a name of its own, and a "version" key where cniVersion was meant',
    manifest(nad('{ name: test, namespace: testnamespace }', '{"type": "test", "name": "testname", "version": "0.3.1"}')),
  ),
  accepted('L65 no spec.config, and a .conf in the conf dir named after the NAD', {
    'case.yaml': docs(specless),
    [`${CONF_DIR}/testCNI.conf`]: file({ type: 'test', name: 'test-net-attach-def', version: '0.3.1' }),
  }),
  accepted('L85 no spec.config, and a one-plugin .conflist in the conf dir named after the NAD', {
    'case.yaml': docs(specless),
    [`${CONF_DIR}/testCNI.conflist`]: file({ name: 'test-net-attach-def', version: '0.3.1', plugins: [{ type: 'test' }] }),
  }),
  refused('L110 a spec.config that is not JSON at all', manifest(nad('{ name: test-net-attach-def, namespace: testnamespace }', '***invalid json file***')), 'multus/nad-config', CONFIG),
  // L125 (the same text in a .conf file of the conf dir) disagrees: see DISAGREEMENTS below.
  refused(
    'L140 no spec.config, and a .conflist in the conf dir that is not JSON',
    { 'case.yaml': docs(specless), [`${CONF_DIR}/testCNI.conflist`]: '***invalid json file***\n' },
    'input/yaml-syntax',
    [],
    `${CONF_DIR}/testCNI.conflist`,
  ),
];

// ---------------------------------------------------------------------------------------------
// network-attachment-definition-client v1.7.7, pkg/utils/net-attach-def_test.go: pod annotations.

/** What SetNetworkStatus writes for the test's two statuses: each status indented by 4, an empty dns kept (Go omits no struct). */
const NETWORK_STATUS = `[${[
  { name: 'cbr0', interface: 'eth0', ips: ['10.244.1.2'], mac: '92:79:27:01:7c:ce', mtu: 1500, dns: {} },
  { name: 'test-net-attach-def-1', interface: 'net1', ips: ['1.1.1.1'], mac: 'ea:0e:fa:63:95:f9', dns: {} },
]
  .map((s) => JSON.stringify(s, null, 4))
  .join(',')}]`;

/** The selection element of L502, on several lines and indented, as the Go string holds it. */
const SELECTION = '\n[{\n\t"name": "test-net-attach-def",\n\t"interface": "test1"\n}]';

const ANNOTATIONS: Case[] = [
  accepted('L59 a pod carrying the network-status annotation as SetNetworkStatus writes it (the cluster network and one secondary)', manifest(pod('fake-namespace-1', { 'k8s.v1.cni.cncf.io/network-status': NETWORK_STATUS }))),
  accepted(
    'L502 a multi-line JSON selection naming a network and an interface, the namespace left to the pod\'s',
    manifest(
      pod('fake-namespace-1', { 'k8s.v1.cni.cncf.io/networks': SELECTION }),
      nad('{ name: test-net-attach-def, namespace: fake-namespace-1 }', '{"cniVersion": "0.3.1", "name": "test-net-attach-def", "type": "test"}'),
    ),
  ),
];

const concerned = (id: string) => id.startsWith('multus/') || id.startsWith('cni/') || id.startsWith('input/') || id === 'cluster/object-name';
const content = (path: string, text: string) => (path.endsWith('.yaml') ? dedent(text) : text);

describeUpstreamCases(
  [
    ['NAD validation (admission webhook v1.1, webhook_test.go)', WEBHOOK],
    ['GetCNIConfig (NAD client v1.7.7, cniconfig_test.go)', CNI_CONFIG],
    ['pod annotations (NAD client v1.7.7, net-attach-def_test.go)', ANNOTATIONS],
  ],
  { rules: BUILTIN_RULES, concerned, content },
);

// ---------------------------------------------------------------------------------------------
// Where netlint disagrees with upstream: each asserts netlint's answer today, and fails once it changes.

interface Disagreement {
  /** The upstream case and what upstream expects. */
  name: string;
  files: Record<string, string>;
  /** netlint's findings today, as `severity ruleId file path` (errors and warnings of every rule). */
  now: string[];
}

const DISAGREEMENTS: Disagreement[] = [
  {
    // Upstream refuses: GetCNIConfig → GetCNIConfigFromFile (cniconfig.go L42, L66, L87–L89: libcni.ConfFromFile fails on the
    // first .conf that does not parse). Multus v4.3.0 agrees: it reads NADs through it (k8sclient.go L333), so the pod fails.
    // netlint: a named .conf that does not start with "{" is "not a Kubernetes object", a warning (src/engine/load.ts
    // L218, L245–L246; a .conf found by a folder walk is skipped outright, L219–L220), while the same text in a .conflist is
    // an input/yaml-syntax error (L140 above).
    name: 'cniconfig_test.go L125 (refused): no spec.config, and a .conf in the conf dir that is not JSON',
    files: { 'case.yaml': docs(specless), [`${CONF_DIR}/testCNI.conf`]: '***invalid json file***\n' },
    now: ['info multus/nad-config case.yaml ["spec"]', 'warning input/not-kubernetes etc/cni/multus/net.d/testCNI.conf []'],
  },
];

describe('disagreements with upstream (netlint\'s answer today)', () => {
  it.each(DISAGREEMENTS)('$name', (d) => {
    const files = Object.entries(d.files).map(([path, text]) => ({ path, content: content(path, text) }));
    const found = lint({ files, rules: BUILTIN_RULES }).findings.map((f) => `${f.severity} ${f.ruleId} ${f.file} ${JSON.stringify(f.path)}`);
    expect(found.sort()).toEqual([...d.now].sort());
  });
});

describe('the restated admission and client cases', () => {
  it('names each upstream case once', () => {
    const names = [...WEBHOOK, ...CNI_CONFIG, ...ANNOTATIONS, ...DISAGREEMENTS].map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
