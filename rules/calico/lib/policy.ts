/** The rules of a Calico policy with their paths: `spec.ingress[i]` / `spec.egress[i]` and both sides. */
import type { Path, Resource } from '../../../src/engine/types.js';
import { asObject, objectItems } from '../../../src/engine/values.js';
import type { Obj } from '../../../src/engine/values.js';
import { perResource } from '../../../src/engine/model.js';

export interface PolicyRule {
  rule: Obj;
  path: Path;
  sides: { side: 'source' | 'destination'; entity: Obj; path: Path }[];
}

/** Worked out once per resource: six rules walk the same policy's rules. */
export const policyRules: (resource: Resource) => readonly PolicyRule[] = perResource(computePolicyRules);

function computePolicyRules(resource: Resource): PolicyRule[] {
  const spec = asObject(resource.value.spec);
  return (['ingress', 'egress'] as const).flatMap((dir) =>
    objectItems(spec[dir]).map(([i, rule]) => {
      const path: Path = ['spec', dir, i];
      return { rule, path, sides: (['source', 'destination'] as const).map((side) => ({ side, entity: asObject(rule[side]), path: [...path, side] })) };
    }),
  );
}
