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
 *
 * The `projectcalico.org/` labels an endpoint can be selected by are Calico's own: namespace,
 * orchestrator and serviceaccount on workload endpoints (api/pkg/apis/projectcalico/v3/constants.go),
 * name on namespace and service account profiles (k8s/conversion/constants.go NameLabel), created-by
 * on the host endpoints kube-controllers makes (kube-controllers node controller). A key in that
 * domain a letter or two from one of them, which no object of the input carries, is a typo: it is
 * absent everywhere, so `has()` and `==` match nothing and `!=` and `not in` match everything.
 */
import { typoDistance } from '../../src/engine/did-you-mean.js';
import type { ClusterModel } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';
import { parseCalicoSelector, selectorLabelKeys } from '../../src/engine/selector/calico.js';
import { NAMESPACE_PROFILE_PREFIX, SERVICE_ACCOUNT_PROFILE_PREFIX } from '../../src/engine/netpol/endpoints.js';
import { POLICY_KINDS, selectorFields } from './lib/selectors.js';

const ENDPOINT_NAMESPACE = 'projectcalico.org/namespace';

/** The labels in Calico's domain that Calico sets on what selectors select (see above). */
const CALICO_LABELS = ['projectcalico.org/namespace', 'projectcalico.org/orchestrator', 'projectcalico.org/serviceaccount', 'projectcalico.org/name', 'projectcalico.org/created-by'];
const CALICO_DOMAIN = 'projectcalico.org/';

/** The Calico label a key in Calico's domain was meant to be (a typo, at most two edits away), or null. */
function mistypedCalicoLabel(key: string): string | null {
  const bare = key.startsWith(NAMESPACE_PROFILE_PREFIX) ? key.slice(NAMESPACE_PROFILE_PREFIX.length) : key.startsWith(SERVICE_ACCOUNT_PROFILE_PREFIX) ? key.slice(SERVICE_ACCOUNT_PROFILE_PREFIX.length) : key;
  if (!bare.startsWith(CALICO_DOMAIN) || CALICO_LABELS.includes(bare)) return null;
  const meant = CALICO_LABELS.find((known) => typoDistance(bare, known) <= 2);
  return meant === undefined ? null : key.slice(0, key.length - bare.length) + meant;
}

/** Whether some object of the input carries the label `key` (someone may label their own objects in Calico's domain). */
function carriedInInput(model: ClusterModel, key: string): boolean {
  return model.resources.some((r) => Object.hasOwn(asObject(asObject(r.value.metadata)?.labels) ?? {}, key));
}

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
      'A Calico selector reading a label that its kind of entity does not carry: a `namespaceSelector` on `projectcalico.org/namespace`, a label Calico puts on workload endpoints, not on namespaces; a `namespaceSelector` on a `pcns.` key, or a service account selector on a `pcsa.` key, where Calico adds that prefix itself; or a mistyped Calico label (`projectcalico.org/namespce`), which nothing carries. `has()` and `==` on it match nothing, `!=` and `not in` everything (a default deny meant to spare kube-system then selects it too).',
    severity: 'warning',
    remediation: 'Select namespaces by name with `projectcalico.org/name == "ns"` (or `kubernetes.io/metadata.name`), or move the test into the endpoint `selector`, where `projectcalico.org/namespace` and the `pcns.`/`pcsa.` labels exist; in a namespaceSelector or service account selector, write the label as the Namespace or ServiceAccount carries it; spell Calico\'s own labels as it sets them.',
    kinds: [...POLICY_KINDS],
    messages: {
      namespaceLabel: '{{field}} tests {{label}}, which Calico puts on workload endpoints, not on namespaces: it matches no namespace; a namespace\'s name is projectcalico.org/name',
      prefixTwice: '{{field}} tests {{label}}, but Calico puts {{prefix}} before every key of {{field}} itself and looks for {{prefix}}{{label}}, which no endpoint carries: write {{bare}} here, or {{label}} in the endpoint selector',
      mistyped: '{{field}} tests {{label}}, a label Calico never sets and nothing in the input carries: did you mean {{meant}}? As written it is absent everywhere, so has() and == on it match nothing and != and not in match everything',
    },
  },
  check(resource, ctx) {
    for (const f of selectorFields(ctx.model, resource)) {
      const prefix = prefixOf(f.field);
      if (typeof f.value !== 'string') continue;
      const text = f.value;
      const parsed = parseCalicoSelector(text);
      if (!parsed.ok) continue;
      const keys = selectorLabelKeys(parsed.selector);
      // At the label where it is written (a quoted, plain or literal selector), else at the selector.
      const report = (label: string, messageId: 'namespaceLabel' | 'prefixTwice' | 'mistyped', data: Record<string, string>) => {
        const at = text.indexOf(label);
        ctx.report({ path: f.path, messageId, data: { field: f.field, label, ...data }, ...(at >= 0 ? { span: { start: at, end: at + label.length } } : {}) });
      };
      if (prefix === NAMESPACE_PROFILE_PREFIX && keys.includes(ENDPOINT_NAMESPACE)) report(ENDPOINT_NAMESPACE, 'namespaceLabel', {});
      if (prefix !== null) for (const key of keys) if (key.startsWith(prefix) && key.length > prefix.length) report(key, 'prefixTwice', { prefix, bare: key.slice(prefix.length) });
      for (const key of keys) {
        const meant = mistypedCalicoLabel(key);
        if (meant !== null && !carriedInInput(ctx.model, key)) report(key, 'mistyped', { meant });
      }
    }
  },
});
