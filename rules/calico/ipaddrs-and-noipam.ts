import { defineRule } from '../../src/engine/rule.js';
import { FIXED_IP_ANNOTATIONS, IPAM_KINDS, IP_ADDRS_NO_IPAM, ipamAnnotations } from './lib/ipam-annotations.js';

export default defineRule({
  meta: {
    id: 'calico/ipaddrs-and-noipam',
    description: 'A pod sets both `cni.projectcalico.org/ipAddrs` and `ipAddrsNoIpam`: the Calico CNI plugin refuses the pair and the pod stays in ContainerCreating.',
    severity: 'error',
    remediation: 'Keep one: `ipAddrs` to take the address from Calico IPAM (it must lie in a pool), or `ipAddrsNoIpam` to bypass IPAM (needs the CNI `feature_control.ip_addrs_no_ipam`).',
    kinds: [...IPAM_KINDS],
    messages: { both: 'ipAddrs and ipAddrsNoIpam are both set; the Calico CNI plugin accepts only one of them' },
    docs: 'Source: Calico CNI plugin `CmdAddK8s`, which switches on the two annotations and fails when both are present.',
  },
  check(resource, ctx) {
    // Namespaces carry neither (only the pools annotations): the pair matters on pods and templates.
    if (resource.kind === 'Namespace') return;
    const found = ipamAnnotations(resource, FIXED_IP_ANNOTATIONS);
    if (found.length < 2) return;
    const noIpam = found.find((a) => a.key === IP_ADDRS_NO_IPAM)!;
    ctx.report({ path: noIpam.path, messageId: 'both' });
  },
});
