import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './cni-network-config.js';

/** calico-config as manifests/calico.yaml writes it (Calico v3.32): the template with its placeholders. */
const config = (vethMtu: string, template = TEMPLATE) => `apiVersion: v1
kind: ConfigMap
metadata: { name: calico-config, namespace: kube-system }
data:
  veth_mtu: "${vethMtu}"
  cni_network_config: |-
${template
  .split('\n')
  .map((l) => `    ${l}`)
  .join('\n')}
`;
const TEMPLATE = `{
  "name": "k8s-pod-network",
  "cniVersion": "0.3.1",
  "plugins": [
    {
      "type": "calico",
      "nodename": "__KUBERNETES_NODE_NAME__",
      "mtu": __CNI_MTU__,
      "ipam": { "type": "calico-ipam" },
      "kubernetes": { "kubeconfig": "__KUBECONFIG_FILEPATH__" }
    },
    { "type": "portmap", "snat": true, "capabilities": { "portMappings": true } }
  ]
}`;

ruleTester(rule, {
  valid: [
    { name: 'the official template with veth_mtu 0 (auto)', code: config('0') },
    { name: 'an explicit MTU', code: config('1440') },
  ],
  invalid: [
    { name: 'an empty veth_mtu', code: config(''), errors: [{ messageId: 'mtu', line: 5, column: 13, message: /an empty value leaves "mtu": with no value/ }] },
    { name: 'veth_mtu with a unit', code: config('1450bytes'), errors: [{ messageId: 'mtu', line: 5, column: 13, message: /the config is not JSON$/ }] },
    { name: 'a fraction: JSON, but not the whole number the plugin reads', code: config('1450.5'), errors: [{ messageId: 'mtu', line: 5, column: 13, message: /reads "mtu" as a whole number/ }] },
    {
      name: 'a trailing comma in the template',
      code: config('1440', TEMPLATE.replace('"snat": true,', '"snat": true, "x": 1,}, {"y": 2')),
      errors: [{ messageId: 'json', line: 7, column: 5, message: /^cni_network_config is not JSON once install-cni fills its placeholders/ }],
    },
  ],
});
