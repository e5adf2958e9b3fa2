/**
 * Calico's implicit labels belong to one kind of entity each (libcalico-go k8s/conversion): a
 * workload endpoint carries `projectcalico.org/namespace` (its namespace's name), a namespace's
 * profile and a service account's carry `projectcalico.org/name` (their own name). A
 * `namespaceSelector` on `projectcalico.org/namespace` looks for a label no namespace has (unless
 * someone labels one so), so it selects nothing; the name of a namespace is `projectcalico.org/name`.
 *
 * An endpoint inherits its namespace's labels under `pcns.` and its service account's under
 * `pcsa.` (conversion.go NamespaceToProfile, ServiceAccountToProfile), and libcalico-go writes a
 * policy's or rule's `namespaceSelector` over the endpoint by putting `pcns.` before each of its
 * keys, a `serviceAccountSelector` or `serviceAccounts.selector` by putting `pcsa.` before each
 * (updateprocessors/rules.go getEndpointSelector and parseServiceAccounts, networkpolicyprocessor.go,
 * globalnetworkpolicyprocessor.go; v3.32.1). A key written with the prefix already
 * (`namespaceSelector: pcns.team == 'red'`) is looked for as `pcns.pcns.team`, which no endpoint
 * carries: the prefixed form belongs in the endpoint `selector`.
 */
import { defineRule } from '../../src/engine/rule.js';
import { parseCalicoSelector, selectorLabelKeys } from '../../src/engine/selector/calico.js';
import { NAMESPACE_PROFILE_PREFIX, SERVICE_ACCOUNT_PROFILE_PREFIX } from '../../src/engine/netpol/endpoints.js';
import { POLICY_KINDS, selectorFields } from './lib/selectors.js';

const ENDPOINT_NAMESPACE = 'projectcalico.org/namespace';

/** The prefix libcalico-go puts before each key of a selector field, by the field's last name. */
function prefixOf(field: string): typeof NAMESPACE_PROFILE_PREFIX | typeof SERVICE_ACCOUNT_PROFILE_PREFIX | null {
  if (field.endsWith('namespaceSelector')) return NAMESPACE_PROFILE_PREFIX;
  if (field.endsWith('serviceAccountSelector') || field.endsWith('serviceAccounts.selector')) return SERVICE_ACCOUNT_PROFILE_PREFIX;
  return null;
}

export default defineRule({
  meta: {
    id: 'calico/selector-label-scope',
    description:
      'A Calico selector reading a label that its kind of entity does not carry: a `namespaceSelector` on `projectcalico.org/namespace`, a label Calico puts on workload endpoints, not on namespaces; or a `namespaceSelector` on a `pcns.` key, or a service account selector on a `pcsa.` key, where Calico adds that prefix itself. It matches nothing, so the policy or rule selects nothing.',
    severity: 'warning',
    remediation: 'Select namespaces by name with `projectcalico.org/name == "ns"` (or `kubernetes.io/metadata.name`), or move the test into the endpoint `selector`, where `projectcalico.org/namespace` and the `pcns.`/`pcsa.` labels exist; in a namespaceSelector or service account selector, write the label as the Namespace or ServiceAccount carries it.',
    kinds: [...POLICY_KINDS],
    messages: {
      namespaceLabel: '{{field}} tests {{label}}, which Calico puts on workload endpoints, not on namespaces: it matches no namespace; a namespace\'s name is projectcalico.org/name',
      prefixTwice: '{{field}} tests {{label}}, but Calico puts {{prefix}} before every key of {{field}} itself and looks for {{prefix}}{{label}}, which no endpoint carries: write {{bare}} here, or {{label}} in the endpoint selector',
    },
  },
  check(resource, ctx) {
    for (const f of selectorFields(ctx.model, resource)) {
      const prefix = prefixOf(f.field);
      if (prefix === null || typeof f.value !== 'string') continue;
      const text = f.value;
      const parsed = parseCalicoSelector(text);
      if (!parsed.ok) continue;
      const keys = selectorLabelKeys(parsed.selector);
      // At the label where it is written (a quoted, plain or literal selector), else at the selector.
      const report = (label: string, messageId: 'namespaceLabel' | 'prefixTwice', data: Record<string, string>) => {
        const at = text.indexOf(label);
        ctx.report({ path: f.path, messageId, data: { field: f.field, label, ...data }, ...(at >= 0 ? { span: { start: at, end: at + label.length } } : {}) });
      };
      if (prefix === NAMESPACE_PROFILE_PREFIX && keys.includes(ENDPOINT_NAMESPACE)) report(ENDPOINT_NAMESPACE, 'namespaceLabel', {});
      for (const key of keys) if (key.startsWith(prefix) && key.length > prefix.length) report(key, 'prefixTwice', { prefix, bare: key.slice(prefix.length) });
    }
  },
});
