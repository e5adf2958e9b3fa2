/**
 * A staged policy with `stagedAction: Delete` stages the removal of the policy of its name, and
 * Calico refuses one whose spec holds anything else (Calico v3.32.1):
 *
 * - StagedNetworkPolicy and StagedGlobalNetworkPolicy: libcalico-go/lib/validator/v3/validator.go
 *   validateStagedNetworkPolicy / validateStagedGlobalNetworkPolicy copy the spec into an enforced
 *   one (api/pkg/apis/projectcalico/v3 ConvertStagedPolicyToEnforced, a shallow jinzhu/copier
 *   copy that keeps slices as they are) and compare it with reflect.DeepEqual against an empty
 *   spec that keeps only `tier` ("Spec fields, except Tier, should all be zero-value if
 *   stagedAction is Delete"); clientv3 clears `types` first (clientv3/stagednetworkpolicy.go
 *   Create).
 * - StagedKubernetesNetworkPolicy: validateStagedKubernetesNetworkPolicy compares the whole spec
 *   with one holding only `stagedAction: Delete`; nothing is cleared before (clientv3
 *   stagedkubernetesnetworkpolicy.go Create), so `policyTypes` counts too.
 *
 * reflect.DeepEqual tells a nil slice or map from an empty one, and decoding JSON's `[]` or `{}`
 * makes an empty one (encoding/json, which the API server's decoder follows): `ingress: []` is set.
 */
import { defineRule } from '../../src/engine/rule.js';
import { asObject, isObject } from '../../src/engine/values.js';

/** Per kind, the spec fields a Delete may set: the rest must hold Go zero values. */
const KEPT: Readonly<Record<string, ReadonlySet<string>>> = {
  StagedNetworkPolicy: new Set(['tier', 'stagedAction', 'types']),
  StagedGlobalNetworkPolicy: new Set(['tier', 'stagedAction', 'types']),
  StagedKubernetesNetworkPolicy: new Set(['stagedAction']),
};

/**
 * Whether a written field decodes to its Go zero value: null, an empty string, false. A list (even
 * empty) is a non-nil slice and `order` a pointer (*float64) that any number sets. The only struct
 * among these fields is a StagedKubernetesNetworkPolicy's `podSelector` (metav1.LabelSelector): zero
 * when each of its fields is null (`{}` included). A 0 or an empty mapping in another field is a
 * type the CRD schema check reports, not reported twice.
 */
function isZero(field: string, v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (field === 'order' || Array.isArray(v)) return false;
  if (v === '' || v === false || v === 0) return true;
  if (field === 'podSelector') return isObject(v) && Object.values(v).every((x) => x === null);
  return isObject(v) && Object.keys(v).length === 0;
}

export default defineRule({
  meta: {
    id: 'calico/staged-delete-fields',
    description:
      'A staged policy with `stagedAction: Delete` sets nothing else in its spec but `tier` (a StagedKubernetesNetworkPolicy nothing at all): it stages the removal of the policy of its name, and Calico rejects one that also sets a selector, an order or rules — an empty list (`ingress: []`) included, which Calico tells from an absent one.',
    severity: 'error',
    remediation: 'Keep only `stagedAction: Delete` (and `tier`) in the spec, or use `stagedAction: Set` to stage a changed policy.',
    kinds: ['calico/StagedNetworkPolicy', 'calico/StagedGlobalNetworkPolicy', 'calico/StagedKubernetesNetworkPolicy'],
    messages: {
      field: 'spec.{{field}} is set on a staged Delete: Calico accepts only tier with stagedAction Delete',
      kubernetesField: 'spec.{{field}} is set on a staged Delete: Calico accepts nothing but stagedAction in a StagedKubernetesNetworkPolicy that stages a Delete',
      emptyList: 'spec.{{field}} is an empty list on a staged Delete: Calico compares the spec with an empty one, where the list is absent, and refuses it; remove the field',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    const kept = KEPT[resource.kind];
    if (spec.stagedAction !== 'Delete' || kept === undefined) return;
    for (const [field, value] of Object.entries(spec)) {
      if (kept.has(field) || isZero(field, value)) continue;
      if (Array.isArray(value) && value.length === 0) ctx.report({ path: ['spec', field], messageId: 'emptyList', data: { field } });
      else ctx.report({ path: ['spec', field], messageId: resource.kind === 'StagedKubernetesNetworkPolicy' ? 'kubernetesField' : 'field', data: { field } });
    }
  },
});
