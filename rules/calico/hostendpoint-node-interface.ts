/**
 * The two CEL rules on HostEndpointSpec in Calico v3.32.1 (api/pkg/apis/projectcalico/v3/
 * hostendpoint.go, carried into the HostEndpoint CRD's `spec`): `node` is a non-empty string, and
 * `interfaceName` or `expectedIPs` is non-empty. libcalico-go's validator (validateHostEndpointSpec)
 * rejects the same. The CRD gives none of the three fields a default.
 */
import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/values.js';
import { celHas, celNonEmpty } from './lib/cel.js';

export default defineRule({
  meta: {
    id: 'calico/hostendpoint-node-interface',
    description: 'A HostEndpoint names its `node`, and an `interfaceName` or at least one of `expectedIPs` to find the interface by (the CRD\'s CEL rules; libcalico-go validator).',
    severity: 'error',
    remediation: 'Set `node` to the Calico node name of the host, and `interfaceName` (e.g. `eth0`, or `*` for all interfaces) or `expectedIPs`.',
    kinds: ['calico/HostEndpoint'],
    messages: {
      noNode: 'node must be specified',
      noInterface: 'at least one of interfaceName or expectedIPs must be specified',
    },
    docs: 'Source: the CEL rules (`+kubebuilder:validation:XValidation`) on `HostEndpointSpec` in Calico v3.32.1 `api/pkg/apis/projectcalico/v3/hostendpoint.go`. They test `has(...) && size(...) > 0`, so `node: ""`, `interfaceName: ""` and `expectedIPs: []` count as not set; the finding points at such an empty field, or at `spec` when the field is missing. The rules apply to `spec` only when it is there; values of the wrong type are `calico/hostendpoint-field-values`\'s findings.',
  },
  check(resource, ctx) {
    const spec = resource.value.spec;
    if (!isObject(spec)) return;
    if (celNonEmpty(spec.node) === false) ctx.report({ path: celHas(spec.node) ? ['spec', 'node'] : ['spec'], messageId: 'noNode' });
    const iface = celNonEmpty(spec.interfaceName);
    const ips = celNonEmpty(spec.expectedIPs);
    if (iface === false && ips === false) {
      const path = celHas(spec.interfaceName) ? ['spec', 'interfaceName'] : celHas(spec.expectedIPs) ? ['spec', 'expectedIPs'] : ['spec'];
      ctx.report({ path, messageId: 'noInterface' });
    }
  },
});
