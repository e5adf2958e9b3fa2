import { defineRule } from '../../src/engine/rule.js';
import { SELECTOR_KINDS, selectorFields, selectorProblem } from './lib/selectors.js';

export default defineRule({
  meta: {
    id: 'calico/selector-syntax',
    description:
      'Every Calico selector (policy `selector`, rule `selector`/`notSelector`/`namespaceSelector`, IPPool and BGPPeer selectors, Installation pool `nodeSelector`, `CALICO_IPVxPOOL_NODE_SELECTOR`) must parse in the Calico selector language. The finding points at the offending character.',
    severity: 'error',
    remediation: 'Fix the selector at the marked character: compare labels with quoted strings (`app == "web"`), combine terms with `&&`/`||`, and test presence with `has(key)`.',
    kinds: [...SELECTOR_KINDS],
    messages: {
      invalid: '{{field}} is not a valid Calico selector: {{error}}',
    },
    docs: 'Kubernetes-style selectors, line breaks and a leading unquoted `!` have their own rules (`calico/selector-k8s-style`, `calico/selector-newline`, `calico/selector-yaml-bang`), so each mistake is reported once.',
  },
  check(resource, ctx) {
    for (const f of selectorFields(ctx.model, resource)) {
      const p = selectorProblem(resource, f);
      if (p?.kind === 'syntax') ctx.report({ path: f.path, messageId: 'invalid', data: { field: f.field, error: p.message }, span: { start: p.start, end: p.end } });
    }
  },
});
