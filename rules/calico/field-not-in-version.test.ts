// Each release fact below was read from the CRDs of the tags named (projectcalico/calico,
// libcalico-go/config/crd and the tigera-operator Installation CRD the tag ships), not from
// netlint's generated history: `git show v3.29.7:…ippools.yaml` has no assignmentMode and
// v3.30.7's has; v3.25.2 has no BGPFilter CRD and no BGPPeer `filters`, v3.26.5 both;
// KubeControllersConfiguration's hostEndpoint `templates` first appear in v3.30.7 and their
// `interfacePattern` in v3.31.7; Installation's `ipPools[].allowedUses` first in v3.28.5; its
// `linuxDataplane` enum is Iptables, BPF, VPP in v3.28.5 and adds Nftables in v3.29.7.
// Values the CRDs leave open and Calico's validator decides (libcalico-go/lib/validator/v3/
// validator.go): its logLevelRegex is ^(Debug|Info|Warning|Error|Fatal)$ in v3.29.7 and adds Trace
// in v3.30.7; its switch over an IPPool's allowedUses names Workload and Tunnel in v3.29.7 (any
// other value: "unknown use") and LoadBalancer too in v3.30.7.
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './field-not-in-version.js';
import { calicoNode } from './lib/test-manifests.js';

/** calicoNode's DaemonSet with the calico/node image at `tag` (its own YAML document). */
const nodeAt = (tag: string) => calicoNode({ CALICO_NETWORKING_BACKEND: 'bird' }).replace('quay.io/calico/node:v3.32.1', `quay.io/calico/node:${tag}`);
/** A document stream: the IPPool with assignmentMode, then `more`. */
const poolWith = (...more: string[]) => [assignmentModePool.replace(/^\n/, '').replace(/^  /gm, ''), ...more].join('---\n');

const assignmentModePool = `
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: { name: p }
  spec:
    cidr: 10.0.0.0/16
    assignmentMode: Manual
`;

const templates = `
  apiVersion: crd.projectcalico.org/v1
  kind: KubeControllersConfiguration
  metadata: { name: default }
  spec:
    controllers:
      node:
        hostEndpoint:
          autoCreate: Enabled
          templates:
            - generateName: eth
              interfacePattern: eth0
              nodeSelector: all()
`;

const bgpFilter = `
  apiVersion: projectcalico.org/v3
  kind: BGPFilter
  metadata: { name: f }
  spec:
    exportV4:
      - { action: Reject, matchOperator: In, cidr: 10.0.0.0/8 }
`;

const loadBalancerPool = `
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: { name: lb }
  spec:
    cidr: 192.0.2.0/24
    allowedUses: [LoadBalancer]
`;

const traceLogging = `
  apiVersion: projectcalico.org/v3
  kind: FelixConfiguration
  metadata: { name: default }
  spec:
    logSeverityScreen: Trace
    logSeverityFile: Debug
`;

const installation = (dataplane: string) => `
  apiVersion: operator.tigera.io/v1
  kind: Installation
  metadata: { name: default }
  spec:
    calicoNetwork:
      linuxDataplane: ${dataplane}
`;

ruleTester(rule, {
  valid: [
    { name: 'no cluster.calicoVersion and no Calico install in the input: the rule stays silent', code: assignmentModePool },
    { name: 'an image tag that names no release (latest, a digest alone)', code: poolWith(nodeAt('latest'), nodeAt('v3.29.7').replace(':v3.29.7', '@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef')) },
    { name: 'cluster.calicoVersion wins over the image', code: poolWith(nodeAt('v3.29.7')), config: { cluster: { calicoVersion: '3.30' } } },
    // Two clusters' manifests in one repository, or an upgrade half done: no one release.
    { name: 'installs of two releases in the input: nothing is claimed', code: poolWith('apiVersion: operator.tigera.io/v1\nkind: ImageSet\nmetadata: { name: calico-v3.29.3 }\nspec: { images: [] }\n', nodeAt('v3.30.1')) },
    { name: 'the release that added the field', code: assignmentModePool, config: { cluster: { calicoVersion: '3.30' } } },
    { name: 'a later patch release, written with v', code: assignmentModePool, config: { cluster: { calicoVersion: 'v3.31.2' } } },
    { name: 'a release older than the history: nothing is claimed', code: bgpFilter, config: { cluster: { calicoVersion: '3.18' } } },
    {
      name: 'fields every release since 3.21 has',
      config: { cluster: { calicoVersion: '3.21' } },
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec: { cidr: 10.0.0.0/16, ipipMode: CrossSubnet, natOutgoing: true, blockSize: 26, nodeSelector: all() }
      `,
    },
    { name: 'templates on 3.31, with interfacePattern', code: templates, config: { cluster: { calicoVersion: '3.31' } } },
    { name: 'an enum value the release already had', code: installation('BPF'), config: { cluster: { calicoVersion: '3.28' } } },
    { name: 'the release that added the enum value', code: installation('Nftables'), config: { cluster: { calicoVersion: '3.29' } } },
    { name: "a LoadBalancer pool on 3.30, whose validator added the use", code: loadBalancerPool, config: { cluster: { calicoVersion: '3.30' } } },
    { name: 'Trace logging on 3.30, whose validator added the level', code: traceLogging, config: { cluster: { calicoVersion: '3.30.0' } } },
    { name: 'older validator values on 3.21', code: loadBalancerPool.replace('[LoadBalancer]', '[Workload, Tunnel]').replace('cidr: 192.0.2.0/24', 'cidr: 192.0.2.0/24\n    ipipMode: Always'), config: { cluster: { calicoVersion: '3.21' } } },
    {
      name: 'a field a label map happens to share a name with is not a field',
      config: { cluster: { calicoVersion: '3.21' } },
      code: `
        apiVersion: projectcalico.org/v3
        kind: GlobalNetworkSet
        metadata: { name: s, labels: { assignmentMode: manual } }
        spec: { nets: [10.0.0.0/8] }
      `,
    },
  ],
  invalid: [
    {
      name: 'the release the input installs: the calico/node image of its calico-node DaemonSet',
      code: poolWith(nodeAt('v3.29.7')),
      errors: [{ messageId: 'field', line: 6, column: 3, message: 'spec.assignmentMode was added in Calico 3.30: Calico 3.29 (image quay.io/calico/node:v3.29.7 of DaemonSet kube-system/calico-node) does not have it and drops or refuses it, so it has no effect' }],
    },
    {
      name: 'the operator ImageSet the input pins, agreeing with the calico/node image',
      code: poolWith('apiVersion: operator.tigera.io/v1\nkind: ImageSet\nmetadata: { name: calico-v3.29.3 }\nspec: { images: [] }\n', nodeAt('v3.29.7')),
      errors: [{ messageId: 'field', line: 6, column: 3, message: /^spec\.assignmentMode was added in Calico 3\.30: Calico 3\.29 \(image quay\.io\/calico\/node:v3\.29\.7 of DaemonSet kube-system\/calico-node\)/ }],
    },
    {
      // tigera/operator v1.32.3's config/calico_versions.yml: `title: v3.27.0`.
      name: 'the tigera/operator image of the operator Deployment, through the Calico release it installs',
      code: poolWith('apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: tigera-operator, namespace: tigera-operator }\nspec:\n  template:\n    spec:\n      containers:\n        - name: tigera-operator\n          image: quay.io/tigera/operator:v1.32.3\n'),
      errors: [{ messageId: 'field', line: 6, column: 3, message: 'spec.assignmentMode was added in Calico 3.30: Calico 3.27 (image quay.io/tigera/operator:v1.32.3 of Deployment tigera-operator/tigera-operator, which installs Calico v3.27.0) does not have it and drops or refuses it, so it has no effect' }],
    },
    {
      name: 'an enum value a later release added: the nftables dataplane on 3.28',
      code: installation('Nftables'),
      config: { cluster: { calicoVersion: '3.28' } },
      errors: [{ messageId: 'value', line: 6, column: 21, message: 'spec.calicoNetwork.linuxDataplane "Nftables" was added in Calico 3.29: Calico 3.28 (cluster.calicoVersion) refuses the value' }],
    },
    {
      name: "a value Calico's validator added: a LoadBalancer pool on 3.29",
      code: loadBalancerPool,
      config: { cluster: { calicoVersion: '3.29' } },
      errors: [{ messageId: 'value', line: 6, column: 17, message: 'spec.allowedUses[0] "LoadBalancer" was added in Calico 3.30: Calico 3.29 (cluster.calicoVersion) refuses the value' }],
    },
    {
      name: "a log level Calico's validator added: Trace on 3.29, Debug beside it kept",
      code: traceLogging,
      config: { cluster: { calicoVersion: 'v3.29.7' } },
      errors: [{ messageId: 'value', line: 5, column: 22, message: 'spec.logSeverityScreen "Trace" was added in Calico 3.30: Calico 3.29 (cluster.calicoVersion) refuses the value' }],
    },
    {
      name: 'IPPool assignmentMode on 3.29',
      code: assignmentModePool,
      config: { cluster: { calicoVersion: '3.29' } },
      errors: [{ messageId: 'field', severity: 'warning', line: 6, column: 3, message: 'spec.assignmentMode was added in Calico 3.30: Calico 3.29 (cluster.calicoVersion) does not have it and drops or refuses it, so it has no effect' }],
    },
    {
      name: 'a BGPFilter on 3.25, and a BGPPeer that names it',
      config: { cluster: { calicoVersion: '3.25.2' } },
      code: `${bgpFilter}
  ---
  apiVersion: projectcalico.org/v3
  kind: BGPPeer
  metadata: { name: tor }
  spec: { peerIP: 192.0.2.1, asNumber: 64512, filters: [f] }
`,
      errors: [
        { messageId: 'kind', line: 2, column: 7, message: 'BGPFilter was added in Calico 3.26: Calico 3.25 (cluster.calicoVersion) has no such resource, so applying it fails' },
        { messageId: 'field', line: 12, column: 45, message: /^spec\.filters was added in Calico 3\.26:/ },
      ],
    },
    {
      name: 'the newest field inside a list: only interfacePattern on 3.30',
      code: templates,
      config: { cluster: { calicoVersion: '3.30' } },
      errors: [{ messageId: 'field', line: 11, column: 13, message: /^spec\.controllers\.node\.hostEndpoint\.templates\[0\]\.interfacePattern was added in Calico 3\.31: Calico 3\.30/ }],
    },
    {
      name: 'the outermost newer field only: templates on 3.29',
      code: templates,
      config: { cluster: { calicoVersion: '3.29' } },
      errors: [{ messageId: 'field', line: 9, column: 9, message: /^spec\.controllers\.node\.hostEndpoint\.templates was added in Calico 3\.30: Calico 3\.29/ }],
    },
    {
      name: 'an operator Installation pool field on 3.27',
      config: { cluster: { calicoVersion: '3.27' } },
      code: `
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: { name: default }
        spec:
          calicoNetwork:
            ipPools:
              - cidr: 10.244.0.0/16
                encapsulation: VXLAN
                allowedUses: [Workload, Tunnel]
      `,
      errors: [{ messageId: 'field', line: 9, column: 9, message: /^spec\.calicoNetwork\.ipPools\[0\]\.allowedUses was added in Calico 3\.28: Calico 3\.27/ }],
    },
  ],
});
