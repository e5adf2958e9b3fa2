import { defineRule } from '../../src/engine/rule.js';
import { asArray, asObject, objectItems } from '../../src/engine/values.js';

/** Why a community value is invalid (standard `a:b` of 16-bit numbers, large `a:b:c` of 32-bit), or null. */
function communityProblem(v: string): string | null {
  const parts = /^(\d+):(\d+)$/.exec(v) ?? /^(\d+):(\d+):(\d+)$/.exec(v);
  if (!parts) return 'is neither a standard (aa:nn) nor a large (aa:nn:mm) community';
  const large = parts.length === 4;
  const max = large ? 4294967295 : 65535;
  return parts.slice(1).every((n) => Number(n) <= max) ? null : `has a part above ${max} (${large ? 32 : 16}-bit values)`;
}

export default defineRule({
  meta: {
    id: 'calico/bgpconfig-communities',
    description: 'BGPConfiguration communities: values are `aa:nn` (16-bit parts) or `aa:nn:mm` (32-bit parts); `communities` are only useful when a `prefixAdvertisements` entry uses them; a prefix advertisement uses community values or names defined under `communities` (libcalico-go validator; the CIDR itself is checked by `calico/bgpconfig-field-values`).',
    severity: 'error',
    remediation: 'Write communities as `64512:100` or `64512:100:200`, define names under `communities` and reference them from `prefixAdvertisements`.',
    kinds: ['calico/BGPConfiguration'],
    messages: {
      value: 'community {{value}} {{why}}',
      unused: 'communities are defined but no prefixAdvertisements entry uses them',
      undefinedName: 'community {{value}} is neither a community value nor a name defined under spec.communities',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    const communities = objectItems(spec.communities);
    const names = new Set(communities.map(([, c]) => c.name));
    for (const [i, c] of communities) {
      if (typeof c.value !== 'string') continue;
      // The CRD pattern already rejects other shapes: only the number ranges are this rule's.
      const why = communityProblem(c.value);
      if (why && /^\d+(:\d+){1,2}$/.test(c.value)) ctx.report({ path: ['spec', 'communities', i, 'value'], messageId: 'value', data: { value: c.value, why } });
    }
    const ads = objectItems(spec.prefixAdvertisements);
    if (communities.length > 0 && ads.length === 0) ctx.report({ path: ['spec', 'communities'], messageId: 'unused' });
    for (const [i, ad] of ads) {
      asArray(ad.communities).forEach((v, j) => {
        if (typeof v !== 'string') return;
        const path = ['spec', 'prefixAdvertisements', i, 'communities', j];
        if (/^\d+(:\d+){1,2}$/.test(v)) {
          const why = communityProblem(v);
          if (why) ctx.report({ path, messageId: 'value', data: { value: v, why } });
        } else if (!names.has(v)) ctx.report({ path, messageId: 'undefinedName', data: { value: v } });
      });
    }
  },
});
