import { defineRule } from '../../src/engine/rule.js';
import { asArray, isObject } from '../../src/engine/values.js';
import { isSet } from './lib/fields.js';
import { policyRules } from './lib/policy.js';

/** Entity fields that cannot sit beside `services` (libcalico-go validateEntityRule). */
const NOT_WITH_SERVICES = ['namespaceSelector', 'selector', 'notSelector', 'serviceAccounts', 'nets', 'notNets'] as const;

export default defineRule({
  meta: {
    id: 'calico/policy-rule-services',
    description: 'A Calico rule that matches Kubernetes `services` names the service, uses it only as the ingress source or the egress destination, and does not combine it with selectors, service accounts, nets or (on the destination) ports; in a GlobalNetworkPolicy it also names the namespace (libcalico-go validator).',
    severity: 'error',
    remediation: 'Match a service by `services: {name, namespace}` alone on its side of the rule, and put any other condition in a separate rule.',
    kinds: ['calico/NetworkPolicy', 'calico/GlobalNetworkPolicy', 'calico/StagedNetworkPolicy', 'calico/StagedGlobalNetworkPolicy'],
    messages: {
      side: 'services are not allowed in the {{side}} of an {{direction}} rule',
      name: 'services must name a service',
      namespace: 'services must name a namespace in a global policy',
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
        for (const field of NOT_WITH_SERVICES) {
          const v = entity[field];
          if (Array.isArray(v) ? v.length > 0 : isSet(v) || isObject(v)) ctx.report({ path: [...at, field], messageId: 'combined', data: { field } });
        }
        if (side === 'destination') for (const field of ['ports', 'notPorts']) if (asArray(entity[field]).length > 0) ctx.report({ path: [...at, field], messageId: 'ports', data: { field } });
      }
    }
  },
});
