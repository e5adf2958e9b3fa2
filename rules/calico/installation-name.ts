/**
 * The CEL rule on the operator's Installation CRD (operator.tigera.io/v1) as Calico v3.32.1 ships
 * it (charts/crd.projectcalico.org.v1/templates/operator.tigera.io_installations.yaml, also in
 * manifests/operator-crds.yaml): the object's name is one of three.
 */
import { defineRule } from '../../src/engine/rule.js';
import { getIn } from '../../src/engine/values.js';

const NAMES: ReadonlySet<string> = new Set(['default', 'tigera-secure', 'overlay']);

export default defineRule({
  meta: {
    id: 'calico/installation-name',
    description: "The operator `Installation` must be named `default`, `tigera-secure` or `overlay`: its CRD's CEL rule rejects any other name.",
    severity: 'error',
    remediation: 'Name the Installation `default`, as the Calico install guides do.',
    kinds: ['operator.tigera.io/Installation'],
    messages: {
      name: "resource name must be 'default', 'tigera-secure', or 'overlay' (got '{{name}}')",
    },
    docs: 'Source: the CEL rule (`x-kubernetes-validations`) at the top of the tigera-operator Installation CRD that Calico v3.32.1 vendors (`charts/crd.projectcalico.org.v1/templates/operator.tigera.io_installations.yaml`, also in `manifests/operator-crds.yaml`). The comparison is exact, so case matters. An object without a name is left to the general object checks.',
  },
  check(resource, ctx) {
    const name = getIn(resource.value, ['metadata', 'name']);
    if (typeof name !== 'string' || NAMES.has(name)) return;
    ctx.report({ path: ['metadata', 'name'], messageId: 'name', data: { name } });
  },
});
