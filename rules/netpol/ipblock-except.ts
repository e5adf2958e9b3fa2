import { contains, formatCidr, isIpv4MappedValue, isMasked, network, parseLegacyCidr } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { strictCidrSeverity } from './lib/strict-cidr.js';
import { kubernetesPeers } from '../../src/engine/netpol/rule-support.js';
import { asArray, isObject } from '../../src/engine/values.js';

export default defineRule({
  meta: {
    id: 'netpol/ipblock-except',
    description: 'Each `ipBlock.except` entry must be a valid CIDR strictly inside `ipBlock.cidr` (same family, longer prefix); the API server rejects the policy otherwise. Like the cidr, Kubernetes 1.36 and later also reject an entry with leading zeros, host bits set or an IPv4-mapped IPv6 range (earlier releases warn; with `cluster.kubernetesVersion` before 1.36 in .netlint.yaml these are warnings).',
    severity: 'error',
    remediation: 'List only sub-ranges of the ipBlock\'s cidr in `except`, each with a longer prefix than the cidr.',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: {
      invalid: 'except entry {{error}}',
      outside: 'except entry {{except}} is not inside the ipBlock cidr {{cidr}}',
      notStrict: 'except entry {{except}} is not a strict subset of {{cidr}} (it needs a longer prefix)',
      leadingZeros: 'except entry {{except}} has leading zeros: Kubernetes 1.36 and later reject it; earlier releases accept it (from 1.33 with a warning) and read it as {{decimal}}',
      hostBits: 'except entry {{except}} has host bits set: Kubernetes 1.36 and later reject it; earlier releases accept it (from 1.33 with a warning) and read it as {{network}}',
      ipv4Mapped: 'except entry {{except}} is an IPv4-mapped IPv6 range: Kubernetes 1.36 and later reject it; write the IPv4 range instead',
    },
  },
  check(resource, ctx) {
    for (const ref of kubernetesPeers(resource.value.spec)) {
      const block = ref.peer.ipBlock;
      if (!isObject(block)) continue;
      const outer = typeof block.cidr === 'string' ? parseLegacyCidr(block.cidr) : null;
      asArray(block.except).forEach((value, k) => {
        const path = [...ref.path, 'ipBlock', 'except', k];
        const parsed = typeof value === 'string' ? parseLegacyCidr(value) : { ok: false as const, error: 'must be a CIDR string' };
        if (!parsed.ok) {
          ctx.report({ path, messageId: 'invalid', data: { error: parsed.error } });
          return;
        }
        // The StrictIPCIDRValidation checks of `netpol/ipblock-cidr`, on by default from Kubernetes 1.36.
        if (parsed.zerosDropped) ctx.report({ path, ...strictCidrSeverity(ctx), messageId: 'leadingZeros', data: { except: value as string, decimal: parsed.cidr.text } });
        else if (parsed.cidr.family === 6 && isIpv4MappedValue(parsed.cidr.addr)) ctx.report({ path, ...strictCidrSeverity(ctx), messageId: 'ipv4Mapped', data: { except: value as string } });
        else if (!isMasked(parsed.cidr)) ctx.report({ path, ...strictCidrSeverity(ctx), messageId: 'hostBits', data: { except: value as string, network: network(parsed.cidr).text } });
        if (!outer?.ok) return;
        const data = { except: value as string, cidr: formatCidr(outer.cidr) };
        if (!contains(outer.cidr, parsed.cidr)) ctx.report({ path, messageId: 'outside', data });
        else if (parsed.cidr.prefix <= outer.cidr.prefix) ctx.report({ path, messageId: 'notStrict', data });
      });
    }
  },
});
