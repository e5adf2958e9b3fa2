import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './policy-rule-services.js';
import { calicoPolicy } from './lib/test-manifests.js';

const policy = calicoPolicy;

ruleTester(rule, {
  valid: [
    { name: 'egress to a service', code: policy('NetworkPolicy', 'egress', 'action: Allow\ndestination: { services: { name: api, namespace: shop } }') },
    { name: 'ingress from a service in a global policy', code: policy('GlobalNetworkPolicy', 'ingress', 'action: Allow\nsource: { services: { name: api, namespace: x } }') },
  ],
  invalid: [
    {
      // Calico v3.32 copies the empty namespace and Felix finds no Service "/api": the rule matches nothing.
      name: 'a namespaced policy matching a service without its namespace',
      code: policy('NetworkPolicy', 'egress', 'action: Allow\ndestination: { services: { name: api } }'),
      errors: [{ messageId: 'namespaceUnset', severity: 'warning', line: 7, column: 40, message: 'services names Service api without a namespace, so the rule matches nothing: Calico passes the empty namespace on and Felix looks the Service up as "/api", though the API reference says the policy\'s namespace is meant' }],
    },
    {
      name: 'services on the wrong side',
      code: policy('NetworkPolicy', 'ingress', 'action: Allow\ndestination: { services: { name: api } }'),
      errors: [{ messageId: 'side', line: 7, column: 22, message: 'services are not allowed in the destination of an ingress rule' }],
    },
    {
      name: 'no name or namespace, with a selector and ports',
      code: policy('GlobalNetworkPolicy', 'egress', 'action: Allow\ndestination:\n  services: { namespace: "" }\n  selector: app == "x"\n  ports: [80]'),
      errors: [
        { messageId: 'namespace', line: 8, column: 9 },
        { messageId: 'name', line: 8, column: 9 },
        { messageId: 'combined', line: 9, column: 19, message: 'selector cannot be combined with services in the same rule' },
        { messageId: 'ports', line: 10, column: 9 },
      ],
    },
  ],
});
