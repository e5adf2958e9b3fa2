import { isMasked, network, parseLegacyCidr } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { kubernetesPeers } from '../../src/engine/netpol/rule-support.js';
import { isObject } from '../../src/engine/values.js';

export default defineRule({
  meta: {
    id: 'netpol/ipblock-cidr',
    description:
      '`ipBlock.cidr` is required and must be a CIDR (`10.0.0.0/24`, `2001:db8::/64`): an empty value, a bare address (`10.0.0.1`) or anything else is rejected by the API server. A CIDR with host bits set (`10.0.0.1/24`) is accepted with a warning and means the whole network (`10.0.0.0/24`); so are leading zeros (`010.0.0.0/8`), read as decimal (`10.0.0.0/8`).',
    severity: 'error',
    remediation: 'Write the network with its prefix length, e.g. `cidr: 10.0.0.1/32` for one address or `cidr: 10.0.0.0/24` for a subnet.',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: {
      missing: 'ipBlock has no cidr: the API server requires one',
      notString: 'ipBlock cidr must be a CIDR string',
      invalid: 'ipBlock cidr {{error}}',
      hostBits: 'ipBlock cidr {{cidr}} has host bits set: it means {{network}} (the API server warns)',
      leadingZeros: 'ipBlock cidr {{cidr}} has leading zeros: the API server reads it as {{decimal}} and warns that a future release will reject it',
    },
    docs: 'Source: Kubernetes `ValidateIPBlock` (`field.Required` for an empty cidr, `IsValidCIDRForLegacyField`, which reads leading zeros as decimal unless the alpha StrictIPCIDRValidation gate is on, and `GetWarningsForCIDR` for a non-canonical value). `except` entries are `netpol/ipblock-except`\'s.',
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
      else if (parsed.zerosDropped) ctx.report({ path, messageId: 'leadingZeros', severity: 'warning', data: { cidr, decimal: parsed.cidr.text } });
      else if (!isMasked(parsed.cidr)) ctx.report({ path, messageId: 'hostBits', severity: 'warning', data: { cidr, network: network(parsed.cidr).text } });
    }
  },
});
