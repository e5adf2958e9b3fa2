import { isIpv4MappedValue, isMasked, network, parseLegacyCidr } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { strictCidrSeverity } from './lib/strict-cidr.js';
import { kubernetesPeers } from '../../src/engine/netpol/rule-support.js';
import { isObject } from '../../src/engine/values.js';

export default defineRule({
  meta: {
    id: 'netpol/ipblock-cidr',
    description:
      '`ipBlock.cidr` is required and must be a CIDR (`10.0.0.0/24`, `2001:db8::/64`): an empty value, a bare address (`10.0.0.1`) or anything else is rejected by the API server. Kubernetes 1.36 and later also reject a CIDR with host bits set (`10.0.0.1/24`), leading zeros (`010.0.0.0/8`) or an IPv4-mapped IPv6 range (`::ffff:10.0.0.0/104`); earlier releases accept them with a warning, reading the first as its network (`10.0.0.0/24`) and the second as decimal (`10.0.0.0/8`).',
    severity: 'error',
    remediation: 'Write the network with its prefix length, e.g. `cidr: 10.0.0.1/32` for one address or `cidr: 10.0.0.0/24` for a subnet.',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: {
      missing: 'ipBlock has no cidr: the API server requires one',
      notString: 'ipBlock cidr must be a CIDR string',
      invalid: 'ipBlock cidr {{error}}',
      hostBits: 'ipBlock cidr {{cidr}} has host bits set: Kubernetes 1.36 and later reject it; earlier releases accept it (from 1.33 with a warning) and read it as {{network}}',
      leadingZeros: 'ipBlock cidr {{cidr}} has leading zeros: Kubernetes 1.36 and later reject it; earlier releases accept it (from 1.33 with a warning) and read it as {{decimal}}',
      ipv4Mapped: 'ipBlock cidr {{cidr}} is an IPv4-mapped IPv6 range: Kubernetes 1.36 and later reject it; write the IPv4 range instead',
    },
    docs: 'Source: Kubernetes `ValidateIPBlock` (`field.Required` for an empty cidr; apimachinery `IsValidCIDRForLegacyField`, which reads leading zeros as decimal and accepts host bits and IPv4-mapped ranges unless the StrictIPCIDRValidation gate is on, as it is by default from 1.36 (beta; pkg/features/kube_features.go), and `GetWarningsForCIDR` for them before). `except` entries are `netpol/ipblock-except`\'s. With `cluster.kubernetesVersion` before 1.36 in .netlint.yaml these three are warnings: that API server accepts the value and warns.',
  },
  check(resource, ctx) {
    for (const ref of kubernetesPeers(resource.value.spec)) {
      const block = ref.peer.ipBlock;
      if (!isObject(block)) continue;
      const cidr = block.cidr;
      if (cidr === undefined || cidr === null || cidr === '') {
        ctx.report({ path: [...ref.path, 'ipBlock', ...(cidr === '' ? ['cidr'] : [])], messageId: 'missing' });
        continue;
      }
      const path = [...ref.path, 'ipBlock', 'cidr'];
      if (typeof cidr !== 'string') {
        ctx.report({ path, messageId: 'notString' });
        continue;
      }
      const parsed = parseLegacyCidr(cidr);
      if (!parsed.ok) ctx.report({ path, messageId: 'invalid', data: { error: parsed.error } });
      else if (parsed.zerosDropped) ctx.report({ path, ...strictCidrSeverity(ctx), messageId: 'leadingZeros', data: { cidr, decimal: parsed.cidr.text } });
      else if (parsed.cidr.family === 6 && isIpv4MappedValue(parsed.cidr.addr)) ctx.report({ path, ...strictCidrSeverity(ctx), messageId: 'ipv4Mapped', data: { cidr } });
      else if (!isMasked(parsed.cidr)) ctx.report({ path, ...strictCidrSeverity(ctx), messageId: 'hostBits', data: { cidr, network: network(parsed.cidr).text } });
    }
  },
});
