import { defineRule } from '../../src/engine/rule.js';
import { trimCalicoWhitespace } from '../../src/engine/selector/calico.js';
import { SELECTOR_KINDS, selectorFields } from './lib/selectors.js';

/** The global() token (Calico's tokenizer takes spaces and tabs between its parentheses). */
const GLOBAL_TOKEN = /^global\([ \t]*\)$/;

export default defineRule({
  meta: {
    id: 'calico/selector-global-misuse',
    description:
      '`global()` is only valid as the whole `namespaceSelector` of a policy rule (it selects non-namespaced endpoints); in a policy\'s or rule\'s `selector`, a policy\'s `namespaceSelector` or `serviceAccountSelector`, an IPPool selector, or combined with other terms, Calico rejects the resource. Calico\'s validator looks at the text: `global()` inside a quoted value counts, and an IPPool selector may not contain `global(` at all. (A rule\'s `notSelector` and `serviceAccounts.selector` and the BGPPeer selectors are not checked.)',
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
      // libcalico-go lib/validator/v3/validator.go checks the text, not the parsed selector: an
      // IPPool selector may not contain "global(" at all, a policy's or rule's selector (and a
      // policy's namespaceSelector and serviceAccountSelector) not "global()", and a rule's
      // namespaceSelector that contains "global(" must tokenize to the global() token alone
      // (validateEntityRule), quoted text included.
      const needle = f.role === 'poolSelector' || f.role === 'ruleNamespace' ? 'global(' : 'global()';
      const start = f.value.indexOf(needle);
      if (start < 0) continue;
      const span = { start, end: start + needle.length + (needle === 'global(' && f.value[start + needle.length] === ')' ? 1 : 0) };
      if (f.role !== 'ruleNamespace') ctx.report({ path: f.path, messageId: 'notHere', data: { field: f.field }, span });
      else if (!GLOBAL_TOKEN.test(trimCalicoWhitespace(f.value))) ctx.report({ path: f.path, messageId: 'notAlone', data: { field: f.field }, span });
    }
  },
});
