import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { docs, nad } from './lib/fixtures.js';
import rule from './multi-policy-for.js';

/**
 * A MultiNetworkPolicy `deny-ingress`; `annotation` is the YAML of the policy-for value (null: no
 * annotations at all). With a namespace, the name is on line 4 (column 9) and a one-line
 * policy-for value starts on line 7, column 36.
 */
function mnp(annotation: string | null, namespace: string | null = 'apps', apiVersion = 'k8s.cni.cncf.io/v1beta1'): string {
  return [
    `apiVersion: ${apiVersion}`,
    'kind: MultiNetworkPolicy',
    'metadata:',
    '  name: deny-ingress',
    ...(namespace ? [`  namespace: ${namespace}`] : []),
    ...(annotation === null ? [] : ['  annotations:', `    k8s.v1.cni.cncf.io/policy-for: ${annotation}`]),
    'spec:',
    '  podSelector: { matchLabels: { app: db } }',
    '  policyTypes: [Ingress]',
    '  ingress: [{ from: [{ podSelector: { matchLabels: { app: api } } }] }]',
    '',
  ].join('\n');
}

const macvlan = (name: string, ns: string | null) => nad(name, ns, '{"cniVersion": "0.4.0", "type": "macvlan", "master": "eth1", "mode": "bridge"}');
const ofType = (type: string, name: string, ns: string | null) => nad(name, ns, `{"cniVersion": "0.4.0", "type": "${type}"}`);
/** A DaemonSet running multi-networkpolicy-iptables with the given command and args (YAML flow lists; null: none). */
const daemon = (command: string | null, args: string | null, image = 'ghcr.io/k8snetworkplumbingwg/multi-networkpolicy-iptables:v1.1.0') => `
    apiVersion: apps/v1
    kind: DaemonSet
    metadata: { name: multi-networkpolicy, namespace: kube-system }
    spec:
      selector: { matchLabels: { name: mnp } }
      template:
        metadata: { labels: { name: mnp } }
        spec:
          hostNetwork: true
          containers:
            - name: mnp
              image: ${image}
              ${command === null ? '' : `command: ${command}`}
              ${args === null ? '' : `args: ${args}`}
  `;
const sriovNetwork = (name: string, ns: string, target: string) =>
  `apiVersion: sriovnetwork.openshift.io/v1\nkind: SriovNetwork\nmetadata: { name: ${name}, namespace: ${ns} }\nspec: { resourceName: intel_vf, networkNamespace: ${target} }\n`;

ruleTester(rule, {
  valid: [
    { name: 'an unqualified name resolved in the policy namespace', code: { 'nad.yaml': macvlan('storage-net', 'apps'), 'mnp.yaml': mnp('storage-net') } },
    {
      name: 'a qualified name in another namespace, with spaces around the items and the slash',
      code: { 'nads.yaml': docs(macvlan('storage-net', 'apps'), macvlan('backup-net', 'infra')), 'mnp.yaml': mnp('" storage-net ,infra / backup-net "') },
    },
    {
      name: 'a NAD the sriov-network-operator makes from a SriovNetwork counts, of type sriov, which the daemon handles here',
      code: { 'nets.yaml': docs(sriovNetwork('fast-net', 'sriov-network-operator', 'apps'), daemon('["/usr/bin/multi-networkpolicy-iptables"]', '["--network-plugins=macvlan,sriov"]')), 'mnp.yaml': mnp('fast-net') },
    },
    {
      name: 'a stray comma is harmless',
      code: { 'nad.yaml': macvlan('storage-net', 'apps'), 'mnp.yaml': mnp('"storage-net,,"') },
    },
    {
      name: 'types the deployed multi-networkpolicy-iptables handles: its --network-plugins, a list by its first plugin',
      code: {
        'nets.yaml': docs(
          ofType('ipvlan', 'ipvlan-net', 'apps'),
          nad('tuned-net', 'apps', '{"cniVersion": "0.4.0", "name": "tuned", "plugins": [{"type": "macvlan", "master": "eth1"}, {"type": "tuning"}]}'),
          daemon('["/usr/bin/multi-networkpolicy-iptables"]', '["--host-prefix=/host", "--network-plugins=macvlan,ipvlan"]'),
        ),
        'mnp.yaml': mnp('ipvlan-net, tuned-net'),
      },
    },
    {
      name: 'an sriov NAD and no multi-networkpolicy-iptables in the input: the handled types are not known',
      code: { 'nad.yaml': ofType('sriov', 'vf-net', 'apps'), 'mnp.yaml': mnp('vf-net') },
    },
    {
      name: 'a daemon behind a shell is not read',
      code: { 'nets.yaml': docs(ofType('sriov', 'vf-net', 'apps'), daemon('["/bin/sh", "-c"]', '["exec multi-networkpolicy-iptables --network-plugins=macvlan"]')), 'mnp.yaml': mnp('vf-net') },
    },
    {
      name: 'an OVN-Kubernetes secondary network is enforced by OVN-Kubernetes itself',
      code: { 'nets.yaml': docs(ofType('ovn-k8s-cni-overlay', 'l2-net', 'apps'), daemon('["multi-networkpolicy-iptables"]', null)), 'mnp.yaml': mnp('l2-net') },
    },
    {
      name: 'a policy and a NAD without namespace',
      code: { 'nad.yaml': macvlan('storage-net', null), 'mnp.yaml': mnp('storage-net', null) },
    },
    {
      name: 'only MultiNetworkPolicy is looked at: a NetworkPolicy needs no policy-for',
      code: 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: deny-ingress, namespace: apps }\nspec: { podSelector: {}, policyTypes: [Ingress] }\n',
    },
  ],
  invalid: [
    {
      name: 'no policy-for annotation: warning on the name',
      code: mnp(null),
      errors: [{ messageId: 'noAnnotation', line: 4, column: 9, endColumn: 21, severity: 'warning' }],
    },
    {
      name: 'another version of the kind is checked too',
      code: mnp(null, 'apps', 'k8s.cni.cncf.io/v1beta2'),
      errors: [{ messageId: 'noAnnotation', line: 4, column: 9, severity: 'warning' }],
    },
    {
      name: 'an empty policy-for: warning on the name',
      code: { 'nad.yaml': macvlan('storage-net', 'apps'), 'mnp.yaml': mnp('""') },
      errors: [{ messageId: 'emptyAnnotation', line: 4, column: 9, severity: 'warning', file: 'mnp.yaml' }],
    },
    {
      name: 'a policy-for with no value at all (null, which Go decodes as "")',
      code: mnp(''),
      errors: [{ messageId: 'emptyAnnotation', line: 4, column: 9, severity: 'warning' }],
    },
    {
      name: 'a policy-for of blanks and commas names no network',
      code: mnp('" , "'),
      errors: [{ messageId: 'emptyAnnotation', line: 4, column: 9, severity: 'warning' }],
    },
    {
      name: 'a missing NAD while the namespace has others: error at the item',
      code: { 'nad.yaml': macvlan('storage-net', 'apps'), 'mnp.yaml': mnp('storage-net, storage-nte') },
      errors: [
        {
          messageId: 'missing',
          line: 7,
          column: 49,
          endColumn: 60,
          severity: 'error',
          file: 'mnp.yaml',
          message: 'policy-for names "storage-nte", but there is no NetworkAttachmentDefinition "storage-nte" in namespace apps: no pod has an interface on that network, so the policy protects nothing there',
        },
      ],
    },
    {
      name: 'no NAD of the namespace in the input: info, cannot verify',
      code: { 'nad.yaml': macvlan('storage-net', 'apps'), 'mnp.yaml': mnp('storage-net, edge/uplink') },
      errors: [{ messageId: 'unverified', line: 7, column: 49, endColumn: 60, severity: 'info', file: 'mnp.yaml', message: /network "uplink" \(namespace edge\)/ }],
    },
    {
      name: 'inventoryComplete makes it an error',
      code: mnp('edge/uplink'),
      config: { rules: { 'multus/multi-policy-for': { options: { inventoryComplete: true } } } },
      errors: [{ messageId: 'missing', line: 7, column: 36, endColumn: 47, severity: 'error' }],
    },
    {
      name: 'an unqualified name is looked up in the policy namespace only: the NAD in infra is a hint, a warning while apps is unknown',
      code: { 'nad.yaml': macvlan('backup-net', 'infra'), 'mnp.yaml': mnp('backup-net') },
      errors: [{ messageId: 'missing', line: 7, column: 36, endColumn: 46, severity: 'warning', file: 'mnp.yaml', message: /in namespace apps: .* \(it exists in infra: write infra\/backup-net\)$/ }],
    },
    {
      name: 'the same slip while apps holds NADs: error',
      code: { 'nads.yaml': docs(macvlan('backup-net', 'infra'), macvlan('storage-net', 'apps')), 'mnp.yaml': mnp('storage-net,backup-net') },
      errors: [{ messageId: 'missing', line: 7, column: 48, endColumn: 58, severity: 'error', file: 'mnp.yaml', message: /write infra\/backup-net\)$/ }],
    },
    {
      name: 'a qualified name whose namespace holds other NADs: error, no hint',
      code: { 'nads.yaml': docs(macvlan('backup-net', 'infra'), macvlan('storage-net', 'apps')), 'mnp.yaml': mnp("'infra/storage-net'") },
      errors: [{ messageId: 'missing', line: 7, column: 37, endColumn: 54, severity: 'error', file: 'mnp.yaml', message: /in namespace infra: [^(]*$/ }],
    },
    {
      name: 'a SriovNetwork makes its NAD in spec.networkNamespace, not in its own namespace',
      code: { 'nets.yaml': docs(sriovNetwork('fast-net', 'apps', 'edge'), macvlan('storage-net', 'apps')), 'mnp.yaml': mnp('fast-net') },
      errors: [{ messageId: 'missing', line: 7, column: 36, severity: 'error', file: 'mnp.yaml', message: /write edge\/fast-net\)$/ }],
    },
    {
      name: 'a policy without namespace: only NADs without one count for the inventory',
      code: mnp('uplink', null),
      errors: [{ messageId: 'unverified', line: 6, column: 36, severity: 'info', message: /namespace \(the policy's\)/ }],
    },
    {
      name: 'items that match no network: two slashes, an empty namespace, an empty name',
      code: { 'nad.yaml': macvlan('storage-net', 'apps'), 'mnp.yaml': mnp('"apps/storage-net/x, /storage-net, apps/"') },
      errors: [
        { messageId: 'slashes', line: 7, column: 37, endColumn: 55, severity: 'warning', file: 'mnp.yaml', message: /^"apps\/storage-net\/x" has more than one "\/"/ },
        { messageId: 'emptyPart', line: 7, column: 57, endColumn: 69, severity: 'warning', file: 'mnp.yaml' },
        { messageId: 'emptyPart', line: 7, column: 71, endColumn: 76, severity: 'warning', file: 'mnp.yaml', message: /^"apps\/" has nothing/ },
      ],
    },
    {
      name: 'a literal block keeps a final line break in the last item, which is not removed',
      code: { 'nad.yaml': macvlan('storage-net', 'apps'), 'mnp.yaml': mnp('|\n      storage-net') },
      errors: [{ messageId: 'whitespace', line: 8, column: 7, endColumn: 19, severity: 'warning', file: 'mnp.yaml', message: /^"storage-net\\n" holds a tab or line break/ }],
    },
    {
      name: 'so does a folded block: the first item is fine, the last keeps the line break',
      code: { 'nads.yaml': docs(macvlan('storage-net', 'apps'), macvlan('backup-net', 'apps')), 'mnp.yaml': mnp('>\n      storage-net,\n      backup-net') },
      errors: [{ messageId: 'whitespace', line: 8, column: 7, severity: 'warning', file: 'mnp.yaml', message: /^"backup-net\\n"/ }],
    },
    {
      name: 'a tab inside an item',
      code: { 'nads.yaml': docs(macvlan('storage-net', 'apps'), macvlan('backup-net', 'apps')), 'mnp.yaml': mnp('"storage-net,\\tbackup-net"') },
      errors: [{ messageId: 'whitespace', line: 7, column: 49, severity: 'warning', file: 'mnp.yaml', message: /^"\\tbackup-net"/ }],
    },
    {
      name: 'a NAD type the deployed daemon skips: --network-plugins not given means macvlan',
      code: { 'nets.yaml': docs(ofType('sriov', 'vf-net', 'apps'), macvlan('storage-net', 'apps'), daemon('["/usr/bin/multi-networkpolicy-iptables"]', '["--host-prefix=/host"]')), 'mnp.yaml': mnp('storage-net, vf-net') },
      errors: [
        {
          messageId: 'ignoredType',
          line: 7,
          column: 49,
          endColumn: 55,
          severity: 'warning',
          file: 'mnp.yaml',
          message: 'NetworkAttachmentDefinition apps/vf-net is of CNI type "sriov", which multi-networkpolicy-iptables skips (it handles only macvlan, as run by DaemonSet kube-system/multi-networkpolicy): the policy does not protect that network',
        },
      ],
    },
    {
      name: 'the NAD sriov-network-operator renders from a SriovNetwork is of type sriov (metaPlugins come after it): the default daemon skips it',
      code: {
        'nets.yaml': docs(
          'apiVersion: sriovnetwork.openshift.io/v1\nkind: SriovNetwork\nmetadata: { name: fast-net, namespace: sriov-network-operator }\nspec:\n  resourceName: intel_vf\n  networkNamespace: apps\n  metaPlugins: \'{"type": "macvlan"}\'\n',
          daemon('["/usr/bin/multi-networkpolicy-iptables"]', null),
        ),
        'mnp.yaml': mnp('fast-net'),
      },
      errors: [
        {
          messageId: 'ignoredType',
          line: 7,
          column: 36,
          severity: 'warning',
          file: 'mnp.yaml',
          message: 'SriovNetwork sriov-network-operator/fast-net is of CNI type "sriov", which multi-networkpolicy-iptables skips (it handles only macvlan, as run by DaemonSet kube-system/multi-networkpolicy): the policy does not protect that network',
        },
      ],
    },
    {
      name: 'the upstream image without a command, its flag value in the next argument; a list typed by its first plugin',
      code: {
        'nets.yaml': docs(
          nad('br-net', 'apps', '{"cniVersion": "0.4.0", "name": "br", "plugins": [{"type": "bridge"}, {"type": "macvlan"}]}'),
          daemon(null, '["--network-plugins", "macvlan,bond"]'),
        ),
        'mnp.yaml': mnp('br-net'),
      },
      errors: [{ messageId: 'ignoredType', line: 7, column: 36, severity: 'warning', file: 'mnp.yaml', message: /type "bridge", .*handles only macvlan, bond,/ }],
    },
    {
      name: 'the networkPlugins option stands for a daemon the input does not hold',
      code: { 'nad.yaml': ofType('ipvlan', 'ipvlan-net', 'apps'), 'mnp.yaml': mnp('ipvlan-net') },
      config: { rules: { 'multus/multi-policy-for': { options: { networkPlugins: ['macvlan'] } } } },
      errors: [{ messageId: 'ignoredType', line: 7, column: 36, severity: 'warning', message: /handles only macvlan, per the rule option networkPlugins/ }],
    },
  ],
});
