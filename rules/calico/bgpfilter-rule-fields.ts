/**
 * The three CEL rules Calico v3.32.1 puts on every BGPFilter rule (BGPFilterRuleV4 and
 * BGPFilterRuleV6 in api/pkg/apis/projectcalico/v3/bgpfilter.go, carried into the BGPFilter CRD),
 * which the API server enforces on each entry of exportV4, exportV6, importV4 and importV6:
 * - cidr and matchOperator are both non-empty or both empty/absent;
 * - a prefixLength (present at all, even `{}`) needs a non-empty cidr;
 * - a non-empty operations list needs action Accept.
 * libcalico-go's validator (validateBGPFilterRule in lib/validator/v3/validator.go) rejects the
 * first two the same way. None of these fields has a CRD default.
 */
import { defineRule } from '../../src/engine/rule.js';
import { asObject, objectItems } from '../../src/engine/values.js';
import { celHas, celNonEmpty } from './lib/cel.js';

const LISTS = ['exportV4', 'exportV6', 'importV4', 'importV6'] as const;

export default defineRule({
  meta: {
    id: 'calico/bgpfilter-rule-fields',
    description:
      'Each BGPFilter rule sets `cidr` and `matchOperator` together or neither, sets `cidr` whenever it has a `prefixLength`, and has `operations` only with `action: Accept` (the CRD\'s CEL rules; libcalico-go validator).',
    severity: 'error',
    remediation: 'Give a rule with a `cidr` a `matchOperator` (`Equal`, `NotEqual`, `In`, `NotIn`) and vice versa, add the `cidr` a `prefixLength` narrows, and drop `operations` from `Reject` rules.',
    kinds: ['calico/BGPFilter'],
    messages: {
      cidrWithoutOperator: 'cidr is set but matchOperator is not: cidr and matchOperator must both be set or both be empty',
      operatorWithoutCidr: 'matchOperator is set but cidr is not: cidr and matchOperator must both be set or both be empty',
      prefixWithoutCidr: 'cidr is required when prefixLength is set',
      operationsAction: 'operations may only be used with action Accept (action is {{action}})',
    },
    docs: 'Source: the CEL rules (`+kubebuilder:validation:XValidation`) on `BGPFilterRuleV4` and `BGPFilterRuleV6` in Calico v3.32.1 `api/pkg/apis/projectcalico/v3/bgpfilter.go`. They read presence the CEL way: an empty `cidr` or `matchOperator` (`""`) counts as not set, while `prefixLength` counts as set whenever it is there, even as `{}`; an empty `operations` list needs no Accept. A missing `action`, or values of the wrong type, are `calico/bgpfilter-field-values`\'s findings and are not repeated here.',
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    for (const list of LISTS) {
      for (const [i, r] of objectItems(spec[list])) {
        const at = ['spec', list, i];
        const cidr = celNonEmpty(r.cidr);
        const op = celNonEmpty(r.matchOperator);
        if (cidr === true && op === false) ctx.report({ path: [...at, 'cidr'], messageId: 'cidrWithoutOperator' });
        if (cidr === false && op === true) ctx.report({ path: [...at, 'matchOperator'], messageId: 'operatorWithoutCidr' });
        if (celHas(r.prefixLength) && cidr === false) ctx.report({ path: [...at, 'prefixLength'], messageId: 'prefixWithoutCidr' });
        if (Array.isArray(r.operations) && r.operations.length > 0 && typeof r.action === 'string' && r.action !== 'Accept') {
          ctx.report({ path: [...at, 'action'], messageId: 'operationsAction', data: { action: r.action } });
        }
      }
    }
  },
});
