/**
 * Calico's implicit labels belong to one kind of entity each (libcalico-go k8s/conversion): a
 * workload endpoint carries `projectcalico.org/namespace` (its namespace's name), a namespace's
 * profile and a service account's carry `projectcalico.org/name` (their own name). A
 * `namespaceSelector` on `projectcalico.org/namespace` looks for a label no namespace has (unless
 * someone labels one so), so it selects nothing; the name of a namespace is `projectcalico.org/name`.
 */
import { defineRule } from '../../src/engine/rule.js';
import { parseCalicoSelector, selectorLabelKeys } from '../../src/engine/selector/calico.js';
import { POLICY_KINDS, selectorFields } from './lib/selectors.js';

const ENDPOINT_NAMESPACE = 'projectcalico.org/namespace';

export default defineRule({
  meta: {
    id: 'calico/selector-label-scope',
    description:
      'A Calico `namespaceSelector` on `projectcalico.org/namespace`, a label Calico puts on workload endpoints, not on namespaces: it matches no namespace, so the policy or rule selects nothing (a namespace\'s name is `projectcalico.org/name`).',
    severity: 'warning',
    remediation: 'Select namespaces by name with `projectcalico.org/name == "ns"` (or `kubernetes.io/metadata.name`), or move the test into the endpoint `selector`, where `projectcalico.org/namespace` exists.',
    kinds: [...POLICY_KINDS],
    messages: {
      namespaceLabel: '{{field}} tests {{label}}, which Calico puts on workload endpoints, not on namespaces: it matches no namespace; a namespace\'s name is projectcalico.org/name',
    },
  },
  check(resource, ctx) {
    for (const f of selectorFields(ctx.model, resource)) {
      if (!f.field.endsWith('namespaceSelector') || typeof f.value !== 'string') continue;
      const parsed = parseCalicoSelector(f.value);
      if (!parsed.ok || !selectorLabelKeys(parsed.selector).includes(ENDPOINT_NAMESPACE)) continue;
      // At the label where it is written (a quoted, plain or literal selector), else at the selector.
      const at = f.value.indexOf(ENDPOINT_NAMESPACE);
      ctx.report({ path: f.path, messageId: 'namespaceLabel', data: { field: f.field, label: ENDPOINT_NAMESPACE }, ...(at >= 0 ? { span: { start: at, end: at + ENDPOINT_NAMESPACE.length } } : {}) });
    }
  },
});
