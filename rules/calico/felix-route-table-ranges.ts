import { defineRule } from '../../src/engine/rule.js';
import { asObject, isObject, objectItems } from '../../src/engine/values.js';
import { typedRoundTrip } from './lib/crd-schema.js';
import { ROUTE_TABLE_MAX_INDEX as MAX_INDEX, ROUTE_TABLE_MAX_TABLES as MAX_TABLES } from './lib/felix-param-types.js';

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
}

/**
 * A range's `min` or `max`. Through calicoctl or Calico's API server (projectcalico.org/v3) one left
 * out is 0: RouteTableRange and RouteTableIDRange write both without omitempty
 * (api/pkg/apis/projectcalico/v3/felixconfig.go, v3.32.1), and the validator sees 0. Written for
 * the CRD as is, a missing one is calico/felixconfig-field-values' (the CRD requires both).
 */
function bound(range: Record<string, unknown>, key: 'min' | 'max', typed: boolean): number | null {
  return typed && !Object.hasOwn(range, key) ? 0 : num(range[key]);
}

export default defineRule({
  meta: {
    id: 'calico/felix-route-table-ranges',
    description: 'FelixConfiguration route tables: `routeTableRange` is within 1–250 with min ≤ max; each `routeTableRanges` entry has 1 ≤ min ≤ max ≤ 4294967295 and together they name at most 65535 tables; the two fields exclude each other (libcalico-go validator).',
    severity: 'error',
    remediation: 'Use `routeTableRanges: [{min: 1, max: 250}]`-style ranges inside those bounds, and drop the deprecated `routeTableRange` when `routeTableRanges` is set.',
    kinds: ['calico/FelixConfiguration'],
    messages: {
      legacy: 'routeTableRange {{min}}–{{max}} must be a range of route table indices within 1..250',
      range: 'routeTableRanges[{{i}}] {{problem}}',
      tooMany: 'routeTableRanges name {{count}} tables; Calico allows at most 65535',
      both: 'routeTableRange cannot be set when routeTableRanges is also set',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    const typed = typedRoundTrip(resource, ctx.model);
    if (isObject(spec.routeTableRange)) {
      const min = bound(spec.routeTableRange, 'min', typed);
      const max = bound(spec.routeTableRange, 'max', typed);
      if (min !== null && max !== null && !(min >= 1 && max >= min && max <= 250)) {
        ctx.report({ path: ['spec', 'routeTableRange'], messageId: 'legacy', data: { min: String(min), max: String(max) } });
      }
      if (spec.routeTableRanges !== undefined && spec.routeTableRanges !== null) ctx.report({ path: ['spec', 'routeTableRange'], messageId: 'both' });
    }
    let count = 0;
    for (const [i, r] of objectItems(spec.routeTableRanges)) {
      const min = bound(r, 'min', typed);
      const max = bound(r, 'max', typed);
      if (min === null || max === null) continue;
      const problem = min > max ? 'has min greater than max' : min <= 0 ? 'cannot target indices < 1' : max > MAX_INDEX ? 'max index too high' : null;
      if (problem) ctx.report({ path: ['spec', 'routeTableRanges', i], messageId: 'range', data: { i: String(i), problem } });
      else count += max - min + 1;
    }
    if (count > MAX_TABLES) ctx.report({ path: ['spec', 'routeTableRanges'], messageId: 'tooMany', data: { count: String(count) } });
  },
});
