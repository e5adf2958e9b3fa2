/**
 * Calico's built-in tiers keep their order and default action. The Tier CRD at v3.32.1 carries
 * three CEL rules (api/pkg/apis/projectcalico/v3/tier.go): the `default` tier's defaultAction is
 * Deny, and `kube-admin`'s and `kube-baseline`'s (where ClusterNetworkPolicy lives) is Pass;
 * defaultAction defaults to Deny, so leaving it out of `kube-admin` fails too. libcalico-go's
 * validator (validator.go, validateTier) also pins their orders: 1,000,000 for `default`, 1,000 for
 * `kube-admin`, 10,000,000 for `kube-baseline`, and an absent order is refused for them.
 */
import { KUBE_ADMIN_TIER, KUBE_BASELINE_TIER } from '../../src/engine/netpol/admin.js';
import { DEFAULT_TIER_ORDER } from '../../src/engine/netpol/calico.js';
import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';

const BUILTIN: Readonly<Record<string, { order: number; defaultAction: 'Deny' | 'Pass' }>> = {
  default: { order: DEFAULT_TIER_ORDER, defaultAction: 'Deny' },
  [KUBE_ADMIN_TIER.name]: { order: KUBE_ADMIN_TIER.order, defaultAction: 'Pass' },
  [KUBE_BASELINE_TIER.name]: { order: KUBE_BASELINE_TIER.order, defaultAction: 'Pass' },
};
/** The CRD's default for `spec.defaultAction`. */
const CRD_DEFAULT_ACTION = 'Deny';

export default defineRule({
  meta: {
    id: 'calico/builtin-tier',
    description: 'The built-in tiers keep what Calico gives them: `default` has defaultAction Deny and order 1000000, `kube-admin` Pass and 1000, `kube-baseline` Pass and 10000000 (Tier CRD CEL rules; libcalico-go validator). defaultAction defaults to Deny, so `kube-admin` and `kube-baseline` must say Pass.',
    severity: 'error',
    remediation: 'Leave the built-in tiers to Calico (it creates them), or write them with exactly their order and defaultAction; use a tier of your own name for a different order.',
    kinds: ['calico/Tier'],
    messages: {
      action: 'the {{tier}} tier must have defaultAction {{want}} (got {{got}})',
      order: 'the {{tier}} tier must have order {{want}} (got {{got}})',
    },
    docs: 'Sources: Calico v3.32.1 `api/pkg/apis/projectcalico/v3/tier.go` (CEL rules and the order constants) and `libcalico-go/lib/validator/v3/validator.go` (validateTier). Values of the wrong type or outside the enum are `calico/tier-field-values`\'s.',
  },
  check(resource, ctx) {
    const want = BUILTIN[resource.name];
    if (want === undefined) return;
    const spec = asObject(resource.value.spec);
    const action = spec.defaultAction ?? CRD_DEFAULT_ACTION;
    if ((action === 'Deny' || action === 'Pass') && action !== want.defaultAction) {
      const got = spec.defaultAction === undefined || spec.defaultAction === null ? `${CRD_DEFAULT_ACTION}, the default` : action;
      ctx.report({ path: spec.defaultAction === undefined || spec.defaultAction === null ? ['metadata', 'name'] : ['spec', 'defaultAction'], messageId: 'action', data: { tier: resource.name, want: want.defaultAction, got } });
    }
    const order = spec.order;
    if (order === undefined || order === null) ctx.report({ path: ['metadata', 'name'], messageId: 'order', data: { tier: resource.name, want: String(want.order), got: 'none' } });
    else if (typeof order === 'number' && order !== want.order) ctx.report({ path: ['spec', 'order'], messageId: 'order', data: { tier: resource.name, want: String(want.order), got: String(order) } });
  },
});
