import { defineRule } from '../../src/engine/rule.js';
import { asArray, isObject } from '../../src/engine/values.js';
import { isSet, isWritten } from './lib/fields.js';
import { policyRules } from './lib/policy.js';

/** Entity fields that cannot sit beside `services` (libcalico-go validateEntityRule). */
const NOT_WITH_SERVICES = ['namespaceSelector', 'selector', 'notSelector', 'serviceAccounts', 'nets', 'notNets'] as const;

export default defineRule({
  meta: {
    id: 'calico/policy-rule-services',
    description: 'A Calico rule that matches Kubernetes `services` names the service, uses it only as the ingress source or the egress destination, and does not combine it with selectors, service accounts, nets or (on the destination) ports; in a GlobalNetworkPolicy it also names the namespace (libcalico-go validator). In a namespaced policy a match without `namespace` is a warning: Calico v3.32 looks the Service up with an empty namespace and the rule matches nothing.',
    severity: 'error',
    remediation: 'Match a service by `services: {name, namespace}` (namespace written even in a namespaced policy) alone on its side of the rule, and put any other condition in a separate rule.',
    kinds: ['calico/NetworkPolicy', 'calico/GlobalNetworkPolicy', 'calico/StagedNetworkPolicy', 'calico/StagedGlobalNetworkPolicy'],
    messages: {
      side: 'services are not allowed in the {{side}} of an {{direction}} rule',
      name: 'services must name a service',
      namespace: 'services must name a namespace in a global policy',
      namespaceUnset:
        'services names Service {{name}} without a namespace, so the rule matches nothing: Calico passes the empty namespace on and Felix looks the Service up as "/{{name}}", though the API reference says the policy\'s namespace is meant',
      combined: '{{field}} cannot be combined with services in the same rule',
      ports: '{{field}} cannot be combined with a services match on the destination',
    },
  },
  check(resource, ctx) {
    const global = resource.kind.includes('Global');
    for (const { path, sides } of policyRules(resource)) {
      const direction = path[1] as string;
      for (const { side, entity, path: at } of sides) {
        if (!isObject(entity.services)) continue;
        if ((direction === 'ingress' && side === 'destination') || (direction === 'egress' && side === 'source')) {
          ctx.report({ path: [...at, 'services'], messageId: 'side', data: { side, direction } });
          continue;
        }
        if (!isSet(entity.services.name)) ctx.report({ path: [...at, 'services'], messageId: 'name' });
        if (global && !isSet(entity.services.namespace)) ctx.report({ path: [...at, 'services'], messageId: 'namespace' });
        // A namespaced policy's services match without a namespace: libcalico-go copies the empty
        // namespace into the rule (updateprocessors/rules.go) and Felix keys the Service's IP set as
        // "<namespace>/<name>" (felix/calc/rule_scanner.go), so it finds none; nothing defaults it
        // (api/pkg/defaults, clientv3), though ServiceMatch's comment in policy_common.go promises
        // the policy's namespace. Calico v3.32.1. reach treats the rule the same way.
        else if (!global && isSet(entity.services.name) && !isSet(entity.services.namespace)) {
          ctx.report({ path: [...at, 'services', 'name'], messageId: 'namespaceUnset', data: { name: String(entity.services.name) }, severity: 'warning' });
        }
        for (const field of NOT_WITH_SERVICES) {
          const v = entity[field];
          if (isWritten(v)) ctx.report({ path: [...at, field], messageId: 'combined', data: { field } });
        }
        if (side === 'destination') for (const field of ['ports', 'notPorts']) if (asArray(entity[field]).length > 0) ctx.report({ path: [...at, field], messageId: 'ports', data: { field } });
      }
    }
  },
});
