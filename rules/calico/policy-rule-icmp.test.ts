import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './policy-rule-icmp.js';
import { calicoPolicy, calicoResource } from './lib/test-manifests.js';

const policy = (rule: string) => calicoPolicy('NetworkPolicy', 'ingress', `action: Allow
${rule}`);
/** A rule with notICMP and no protocol, beside what else the input says (`extra`, whole documents). */
const notIcmpWithout = (extra: string) => `${policy('notICMP: { type: 8 }')}---\n${extra}`;
const KUBE_PROXY_NFTABLES = 'apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\nnetworking:\n  kubeProxyMode: nftables\n';

ruleTester(rule, {
  valid: [
    { name: 'ICMP type and code on IPv4', code: policy('protocol: ICMP\nipVersion: 4\nicmp: { type: 3, code: 1 }') },
    { name: 'ICMPv6 type only', code: policy('protocol: ICMPv6\nipVersion: 6\nicmp: { type: 128 }') },
    { name: 'notICMP with a type', code: policy('protocol: ICMP\nnotICMP: { type: 8 }') },
    { name: 'notICMP with protocol 1, the number', code: policy('protocol: 1\nnotICMP: { type: 8 }') },
    { name: 'notICMP with ICMPv6', code: policy('protocol: ICMPv6\nnotICMP: { type: 128 }') },
    { name: 'notICMP without protocol in a staged policy, which Felix does not program', code: calicoPolicy('StagedGlobalNetworkPolicy', 'ingress', 'action: Deny\nnotICMP: { type: 8 }') },
    { name: "notICMP on a misspelt ICMP protocol (calico/policy-field-values' to report)", code: policy('protocol: icmp\nnotICMP: { type: 8 }') },
  ],
  invalid: [
    {
      name: 'code without type',
      code: policy('protocol: ICMP\nicmp: { code: 1 }'),
      errors: [{ messageId: 'codeWithoutType', line: 8, column: 21, message: 'icmp.code is set without icmp.type; the kernel needs the type to match a code' }],
    },
    {
      name: 'ICMP fields on TCP, and without a protocol',
      code: policy('protocol: TCP\nicmp: { type: 8 }') + `    - action: Allow\n      icmp: { type: 8 }\n`,
      errors: [
        { messageId: 'needsProtocol', line: 7, column: 17, message: /protocol is TCP/ },
        { messageId: 'needsProtocol', line: 10, column: 7, message: /protocol is not set/ },
      ],
    },
    {
      name: 'notICMP without protocol, and beside protocol TCP, on the iptables dataplane',
      code: policy('notICMP: { type: 8 }') + `    - action: Deny\n      protocol: TCP\n      notICMP: { type: 0 }\n`,
      errors: [
        { messageId: 'notIcmpNeedsProtocol', line: 7, column: 7, severity: 'error', message: /^notICMP is set but protocol is not set: .*lacks `-p icmp`, the kernel refuses it/ },
        { messageId: 'notIcmpNeedsProtocol', line: 9, column: 17, severity: 'error', message: /protocol is TCP/ },
      ],
    },
    {
      name: 'notICMP without protocol on the nftables dataplane',
      code: notIcmpWithout(calicoResource('FelixConfiguration', 'nftablesMode: Enabled')),
      errors: [{ messageId: 'notIcmpOtherDataplane', line: 7, column: 7, severity: 'warning', message: /on the nftables dataplane nftables matches an ICMP type on ICMP packets only/ }],
    },
    {
      name: "notICMP without protocol where Felix's Auto mode follows kube-proxy's nftables mode",
      code: notIcmpWithout(KUBE_PROXY_NFTABLES),
      errors: [{ messageId: 'notIcmpOtherDataplane', line: 7, column: 7, severity: 'warning', message: /on the nftables dataplane/ }],
    },
    {
      name: 'notICMP without protocol, nftables disabled beside kube-proxy in nftables mode: iptables',
      code: notIcmpWithout(`${calicoResource('FelixConfiguration', 'nftablesMode: Disabled')}---\n${KUBE_PROXY_NFTABLES}`),
      errors: [{ messageId: 'notIcmpNeedsProtocol', line: 7, column: 7, severity: 'error' }],
    },
    {
      name: 'notICMP without protocol on the eBPF dataplane',
      code: notIcmpWithout(calicoResource('FelixConfiguration', 'bpfEnabled: true')),
      errors: [{ messageId: 'notIcmpOtherDataplane', line: 7, column: 7, severity: 'warning', message: /on the eBPF dataplane the eBPF program compares the type with a byte of a TCP or UDP packet's destination port/ }],
    },
    {
      name: 'ICMP with ipVersion 6 and notProtocol ICMPv6 with ipVersion 4',
      code: policy('protocol: ICMP\nipVersion: 6') + `    - action: Deny\n      notProtocol: ICMPv6\n      ipVersion: 4\n`,
      errors: [
        { messageId: 'version', line: 8, column: 18, message: 'protocol ICMP needs ipVersion 4 (got 6)' },
        { messageId: 'version', line: 11, column: 18, message: 'notProtocol ICMPv6 needs ipVersion 6 (got 4)' },
      ],
    },
  ],
});
