/**
 * The CEL rule on the FelixConfiguration object in Calico v3.32.1 (api/pkg/apis/projectcalico/v3/
 * felixconfig.go, carried into the CRD): the cluster-wide `default` resource and the per-node
 * `node.<name>` resources apply by their name, so they may not carry `spec.nodeSelector`, which
 * only selector-scoped resources (any other name) use. The field has no CRD default.
 */
import { defineRule } from '../../src/engine/rule.js';
import { getIn, isObject } from '../../src/engine/values.js';
import { celHas } from './lib/cel.js';

export default defineRule({
  meta: {
    id: 'calico/felix-node-selector',
    description: 'The `default` FelixConfiguration and the per-node `node.<name>` ones must not set `nodeSelector`: they apply by name, and the CRD\'s CEL rule rejects the field on them.',
    severity: 'error',
    remediation: 'Drop `nodeSelector` from this resource, or give the selector-scoped configuration a name of its own (neither `default` nor starting with `node.`).',
    kinds: ['calico/FelixConfiguration'],
    messages: {
      nodeSelector: "nodeSelector must not be set on the {{which}} FelixConfiguration '{{name}}'",
    },
    docs: 'Source: the CEL rule (`+kubebuilder:validation:XValidation`) on the `FelixConfiguration` type in Calico v3.32.1 `api/pkg/apis/projectcalico/v3/felixconfig.go`. The rule tests `has(self.spec.nodeSelector)`, so any value there counts, even `""`; a `null` is pruned by the API server and does not.',
  },
  check(resource, ctx) {
    const name = getIn(resource.value, ['metadata', 'name']);
    if (typeof name !== 'string' || (name !== 'default' && !name.startsWith('node.'))) return;
    const spec = resource.value.spec;
    if (!isObject(spec) || !celHas(spec.nodeSelector)) return;
    ctx.report({ path: ['spec', 'nodeSelector'], messageId: 'nodeSelector', data: { which: name === 'default' ? 'default' : 'per-node', name } });
  },
});
