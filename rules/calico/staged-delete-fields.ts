/**
 * A StagedNetworkPolicy or StagedGlobalNetworkPolicy with `stagedAction: Delete` stages the removal
 * of the policy of its name: libcalico-go/lib/validator/v3/validator.go validateStagedNetworkPolicy
 * and validateStagedGlobalNetworkPolicy (Calico v3.32.1) refuse one whose spec sets anything but
 * `tier` ("Spec fields, except Tier, should all be zero-value if stagedAction is Delete"); clientv3
 * clears `types` before validating (stagednetworkpolicy.go Create).
 */
import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';

const KEPT = new Set(['tier', 'stagedAction', 'types']);

/**
 * Whether a field holds its Go zero value: absent or null, an empty string, list or object, false,
 * 0 — except `order`, a pointer (*float64) that any written number sets.
 */
function isZero(field: string, v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (field === 'order') return false;
  if (v === '' || v === 0 || v === false) return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && Object.keys(v).length === 0;
}

export default defineRule({
  meta: {
    id: 'calico/staged-delete-fields',
    description: 'A staged policy with `stagedAction: Delete` sets nothing but `tier` in its spec: it stages the removal of the policy of its name, and Calico rejects one that also sets a selector, an order or rules.',
    severity: 'error',
    remediation: 'Keep only `stagedAction: Delete` (and `tier`) in the spec, or use `stagedAction: Set` to stage a changed policy.',
    kinds: ['calico/StagedNetworkPolicy', 'calico/StagedGlobalNetworkPolicy'],
    messages: { field: 'spec.{{field}} is set on a staged Delete: Calico accepts only tier with stagedAction Delete' },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    if (spec.stagedAction !== 'Delete') return;
    for (const [field, value] of Object.entries(spec)) {
      if (!KEPT.has(field) && !isZero(field, value)) ctx.report({ path: ['spec', field], messageId: 'field', data: { field } });
    }
  },
});
