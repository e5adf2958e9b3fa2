/**
 * A BGPPeer's `filters` name BGPFilters, which must exist when the peer is created or updated:
 * clientv3 lists the BGPFilters and refuses the peer otherwise ("BGPFilter(s) not found",
 * libcalico-go/lib/clientv3/bgppeer.go validate, Calico v3.32.1; calicoctl and the Calico API
 * server both go through it). A filter may live in the cluster and not in the input, so a missing
 * one is an error only where the input holds BGPFilters (their inventory is then taken as known),
 * else info, as multus/nad-missing treats NADs.
 */
import { derived } from '../../src/engine/model.js';
import type { ClusterModel } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { asArray, asObject } from '../../src/engine/values.js';

/** The names of the input's BGPFilters (cluster-scoped). */
const filterNames: (model: ClusterModel) => ReadonlySet<string> = derived('calico/bgpfilter-names', (m) => new Set(m.byKind('calico/BGPFilter').map((r) => r.name)));

export default defineRule({
  meta: {
    id: 'calico/bgppeer-filter-missing',
    description: 'A BGPPeer names in `filters` a BGPFilter that does not exist: Calico refuses to create or update the peer ("BGPFilter(s) not found").',
    severity: 'error',
    remediation: 'Create the BGPFilter first (before the BGPPeer, in the same apply), or fix the name in `filters`.',
    kinds: ['calico/BGPPeer'],
    messages: {
      missing: 'filters names BGPFilter "{{name}}", which the input does not define: Calico refuses the BGPPeer ("BGPFilter(s) not found")',
      unverified: 'cannot verify BGPFilter "{{name}}": the input holds no BGPFilter, and Calico refuses the BGPPeer unless the cluster has it',
    },
    docs: 'Source: libcalico-go/lib/clientv3/bgppeer.go `validate` (Calico v3.32.1), run on Create and Update. An error when the input holds at least one BGPFilter; with none, info (the filters may be managed elsewhere).',
  },
  check(resource, ctx) {
    const filters = asArray(asObject(resource.value.spec).filters);
    if (filters.length === 0) return;
    const known = filterNames(ctx.model);
    filters.forEach((name, i) => {
      if (typeof name !== 'string' || name === '' || known.has(name)) return;
      if (known.size > 0) ctx.report({ path: ['spec', 'filters', i], messageId: 'missing', data: { name } });
      else ctx.report({ path: ['spec', 'filters', i], messageId: 'unverified', data: { name }, severity: 'info' });
    });
  },
});
