/**
 * CEL presence tests as the API server evaluates a CRD's `x-kubernetes-validations` on a decoded
 * manifest. `null` counts as absent: the API server prunes a null field before validating (no
 * Calico field is nullable), so `has()` is false for it.
 */

/** CEL `has(self.f)`: the field is there and not null, whatever its value (`""`, `{}` and `[]` count). */
export function celHas(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/**
 * CEL `has(self.f) && size(self.f) > 0`: true for a non-empty string, list or map, false for an
 * absent field or an empty one. A value of another type has no size (CEL fails to evaluate the
 * rule); that is the schema rule's type error, so the answer is null and callers stay silent.
 */
export function celNonEmpty(v: unknown): boolean | null {
  if (!celHas(v)) return false;
  if (typeof v === 'string' || Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v as object).length > 0;
  return null;
}
