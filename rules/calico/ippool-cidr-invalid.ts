import { isMasked, network, formatCidr } from '../../src/engine/cidr.js';
import { parseCalicoCidr } from '../../src/engine/calico-formats.js';
import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';

export default defineRule({
  meta: {
    id: 'calico/ippool-cidr-invalid',
    description: 'An IPPool needs `spec.cidr`: an IPv4 or IPv6 network with a prefix length and no host bits set, as Calico validates it.',
    severity: 'error',
    remediation: 'Write the pool as a network address with its prefix, e.g. `10.244.0.0/16`; Calico rejects bare IPs and host bits.',
    kinds: ['calico/IPPool'],
    messages: {
      missing: 'the IPPool has no spec.cidr',
      notString: 'spec.cidr must be a string such as "10.244.0.0/16"',
      invalid: 'spec.cidr {{error}}',
      notMasked: 'spec.cidr "{{cidr}}" has host bits set; Calico rejects it ("IPPool CIDR is not strictly masked"): use {{network}}',
      tooLong: 'spec.cidr is longer than 48 characters',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    const cidr = spec.cidr;
    if (cidr === undefined || cidr === null || cidr === '') {
      ctx.report({ path: ['spec', 'cidr'], messageId: 'missing' });
      return;
    }
    if (typeof cidr !== 'string') {
      ctx.report({ path: ['spec', 'cidr'], messageId: 'notString' });
      return;
    }
    if (cidr.length > 48) {
      ctx.report({ path: ['spec', 'cidr'], messageId: 'tooLong' });
      return;
    }
    // clientv3 ippool.go and validator.go validateIPPoolSpec (v3.32.1) parse it with cnet.ParseCIDR.
    const parsed = parseCalicoCidr(cidr);
    if (!parsed.ok) {
      ctx.report({ path: ['spec', 'cidr'], messageId: 'invalid', data: { error: parsed.error } });
      return;
    }
    if (!isMasked(parsed.cidr)) {
      ctx.report({ path: ['spec', 'cidr'], messageId: 'notMasked', data: { cidr, network: formatCidr(network(parsed.cidr)) } });
    }
  },
});
