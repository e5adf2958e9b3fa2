/**
 * libcalico-go/lib/validator/v3/validator.go validateNetworkSet and validateGlobalNetworkSet
 * (Calico v3.32.1): the label `projectcalico.org/namespace` is refused on a network set; Calico sets
 * it itself when it maps a namespaced set to its internal model, and selectors read it there.
 */
import { defineRule } from '../../src/engine/rule.js';
import { getIn, isObject } from '../../src/engine/values.js';

const RESERVED = 'projectcalico.org/namespace';

export default defineRule({
  meta: {
    id: 'calico/networkset-namespace-label',
    description: 'A NetworkSet or GlobalNetworkSet does not carry the label `projectcalico.org/namespace`: Calico reserves it (it gives it to namespaced sets itself) and rejects the set.',
    severity: 'error',
    remediation: 'Remove the label; select a namespaced set by its namespace with `namespaceSelector` in the rule instead.',
    kinds: ['calico/NetworkSet', 'calico/GlobalNetworkSet'],
    messages: { reserved: 'label projectcalico.org/namespace is reserved: Calico rejects a {{kind}} that carries it' },
  },
  check(resource, ctx) {
    const labels = getIn(resource.value, ['metadata', 'labels']);
    if (isObject(labels) && RESERVED in labels) ctx.report({ path: ['metadata', 'labels', RESERVED], messageId: 'reserved', data: { kind: resource.kind } });
  },
});
