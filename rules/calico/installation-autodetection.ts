/**
 * The tigera-operator's check of node address autodetection (validateNodeAddressDetection in
 * tigera/operator pkg/controller/installation/validation.go at v1.42.3, the operator Calico v3.32.1
 * installs; v1.43.0 has the same): per family, at most one method among `interface`,
 * `skipInterface`, `canReach`, `firstFound: true`, `cidrs` and `kubernetes`, and every `cidrs`
 * entry a CIDR Go's net.ParseCIDR reads. The operator refuses the Installation otherwise.
 */
import { parseCidr } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { asArray, getIn, isObject } from '../../src/engine/values.js';

const FAMILIES = ['nodeAddressAutodetectionV4', 'nodeAddressAutodetectionV6'] as const;

/** The methods an autodetection object turns on, as the operator counts them (a `false` firstFound is none). */
function methodsOf(ad: Record<string, unknown>): string[] {
  const set = (v: unknown) => (typeof v === 'string' ? v.length > 0 : Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null);
  return [
    set(ad.interface) && 'interface',
    set(ad.skipInterface) && 'skipInterface',
    set(ad.canReach) && 'canReach',
    ad.firstFound === true && 'firstFound',
    set(ad.cidrs) && 'cidrs',
    set(ad.kubernetes) && 'kubernetes',
  ].filter((m): m is string => typeof m === 'string');
}

export default defineRule({
  meta: {
    id: 'calico/installation-autodetection',
    description: "An Installation's `nodeAddressAutodetectionV4`/`V6` turns on at most one method (`interface`, `skipInterface`, `canReach`, `firstFound`, `cidrs`, `kubernetes`), and its `cidrs` are CIDRs; the operator refuses the Installation otherwise.",
    severity: 'error',
    remediation: 'Keep one method per family, e.g. `nodeAddressAutodetectionV4: { kubernetes: NodeInternalIP }` or `{ cidrs: [10.0.0.0/8] }`.',
    kinds: ['operator.tigera.io/Installation'],
    messages: {
      several: '{{family}} turns on {{methods}}: the operator allows no more than one autodetection method per family',
      cidr: 'autodetection cidrs entry {{error}}: the operator refuses it',
    },
  },
  check(resource, ctx) {
    for (const family of FAMILIES) {
      const ad = getIn(resource.value, ['spec', 'calicoNetwork', family]);
      if (!isObject(ad)) continue;
      const path = ['spec', 'calicoNetwork', family];
      const methods = methodsOf(ad);
      if (methods.length > 1) ctx.report({ path, messageId: 'several', data: { family, methods: methods.join(' and ') } });
      asArray(ad.cidrs).forEach((c, i) => {
        const parsed = typeof c === 'string' ? parseCidr(c) : { ok: false as const, error: 'must be a CIDR string' };
        if (!parsed.ok) ctx.report({ path: [...path, 'cidrs', i], messageId: 'cidr', data: { error: parsed.error } });
      });
    }
  },
});
