import { parseGoIpResult } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { FIXED_IP_ANNOTATIONS, IPAM_KINDS, ipamAnnotations } from './lib/ipam-annotations.js';

export default defineRule({
  meta: {
    id: 'calico/ipaddrs-json',
    description:
      '`cni.projectcalico.org/ipAddrs` and `ipAddrsNoIpam` must be a JSON list of IP addresses (no prefix length), at most one IPv4 and one IPv6; otherwise the CNI plugin fails and the pod stays in ContainerCreating.',
    severity: 'error',
    remediation: 'Write the value as a quoted JSON list: `cni.projectcalico.org/ipAddrs: \'["192.168.0.1"]\'`.',
    kinds: [...IPAM_KINDS],
    messages: {
      notList: '{{key}} {{error}}',
      empty: '{{key}} is an empty list',
      notIp: '{{key}} entry {{value}}: {{error}}',
      twoPerFamily: '{{key}} has more than one IPv{{family}} address; a pod gets at most one per family',
    },
  },
  check(resource, ctx) {
    for (const a of ipamAnnotations(resource, FIXED_IP_ANNOTATIONS)) {
      if ('error' in a.items) {
        ctx.report({ path: a.path, messageId: 'notList', data: { key: a.key, error: a.items.error } });
        continue;
      }
      if (a.items.length === 0) ctx.report({ path: a.path, messageId: 'empty', data: { key: a.key } });
      const seen = new Set<number>();
      for (const item of a.items) {
        // cni-plugin/pkg/k8s/k8s.go validateAndExtractIPs: net.ParseIP, one per To4() family.
        const r = parseGoIpResult(item.value);
        const span = { start: item.start, end: item.end };
        if (!r.ok) ctx.report({ path: a.path, span, messageId: 'notIp', data: { key: a.key, value: JSON.stringify(item.value), error: item.value.includes('/') ? 'a fixed IP is an address, not a CIDR' : r.error } });
        else if (seen.has(r.ip.family)) ctx.report({ path: a.path, span, messageId: 'twoPerFamily', data: { key: a.key, family: String(r.ip.family) } });
        else seen.add(r.ip.family);
      }
    }
  },
});
