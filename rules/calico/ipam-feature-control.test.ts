import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ipam-feature-control.js';

const conf = (plugin: object) => JSON.stringify({ cniVersion: '0.3.1', name: 'k8s-pod-network', plugins: [{ type: 'calico', ipam: { type: 'calico-ipam' }, ...plugin }] });
const pod = (annotations: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    ${annotations}\nspec:\n  containers: [{ name: c, image: i }]\n`;
const FLOATING = `cni.projectcalico.org/floatingIPs: '["1.1.1.1"]'`;
const NO_IPAM = `cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.1"]'`;

ruleTester(rule, {
  valid: [
    { name: 'the features on (keys in any case, as Go decodes them)', code: { 'net.d/10-calico.conflist': conf({ feature_control: { floating_ips: true, IP_ADDRS_NO_IPAM: true } }), 'pod.yaml': pod(`${FLOATING}\n    ${NO_IPAM}`) } },
    { name: 'no Calico CNI config in the input: not judged', code: { 'pod.yaml': pod(FLOATING) } },
    { name: 'one of two configs enables it', code: { 'a/10-calico.conflist': conf({}), 'b/10-calico.conflist': conf({ feature_control: { floating_ips: true } }), 'pod.yaml': pod(FLOATING) } },
  ],
  invalid: [
    {
      // cni-plugin/pkg/k8s/k8s.go (Calico v3.32.1); calico_cni_k8s_test.go 1762 and 1903.
      name: 'floating IPs and addresses outside IPAM with the features off',
      code: { 'net.d/10-calico.conflist': conf({ feature_control: { floating_ips: false } }), 'pod.yaml': pod(`${FLOATING}\n    ${NO_IPAM}`) },
      errors: [
        { file: 'pod.yaml', messageId: 'disabled', line: 6, column: 40, message: 'cni.projectcalico.org/floatingIPs asks for a feature that no Calico CNI config of the input enables (feature_control.floating_ips): the plugin fails the pod ("requested feature is not enabled: floating_ips")' },
        { file: 'pod.yaml', messageId: 'disabled', line: 7, column: 42, message: /feature_control\.ip_addrs_no_ipam/ },
      ],
    },
  ],
});
