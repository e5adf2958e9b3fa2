import { defineRule } from '../../src/engine/rule.js';
import { parseCalicoSelector, selectorUsesGlobal } from '../../src/engine/selector/calico.js';
import { SELECTOR_KINDS, selectorFields } from './lib/selectors.js';

export default defineRule({
  meta: {
    id: 'calico/selector-global-misuse',
    description:
      '`global()` is only valid as the whole `namespaceSelector` of a policy rule (it selects non-namespaced endpoints); in a policy\'s or rule\'s `selector`, a policy\'s `namespaceSelector` or `serviceAccountSelector`, an IPPool selector, or combined with other terms, Calico rejects the resource. (A rule\'s `notSelector` and `serviceAccounts.selector` and the BGPPeer selectors are not checked by Calico\'s validator.)',
    severity: 'error',
    remediation: 'Use `global()` alone in a rule\'s `namespaceSelector`; elsewhere select with labels or `all()`.',
    kinds: [...SELECTOR_KINDS],
    messages: {
      notHere: '{{field}} uses global(), which Calico only accepts as the whole namespaceSelector of a policy rule',
      notAlone: '{{field}} combines global() with other terms; global() must stand alone',
    },
  },
  check(resource, ctx) {
    for (const f of selectorFields(ctx.model, resource)) {
      if (typeof f.value !== 'string' || f.role === 'globalUnchecked') continue;
      const parsed = parseCalicoSelector(f.value);
      if (!parsed.ok || !selectorUsesGlobal(parsed.selector)) continue;
      const start = f.value.indexOf('global(');
      const span = start >= 0 ? { start, end: start + 'global()'.length } : undefined;
      if (f.role !== 'ruleNamespace') ctx.report({ path: f.path, messageId: 'notHere', data: { field: f.field }, span });
      else if (parsed.selector.kind !== 'global') ctx.report({ path: f.path, messageId: 'notAlone', data: { field: f.field }, span });
    }
  },
});
