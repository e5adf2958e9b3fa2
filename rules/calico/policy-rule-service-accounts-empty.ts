/**
 * libcalico-go turns a rule's `serviceAccounts` into a selector over the endpoint's `pcsa.` labels
 * (updateprocessors/rules.go parseServiceAccounts, Calico v3.32.1): `names` become
 * `projectcalico.org/serviceaccount in {…}`, `selector` gets `pcsa.` before each key. With neither
 * (`serviceAccounts: {}`, an empty `names` list, `selector: ""`) it returns no selector, so the
 * match adds no condition; and when the side names nothing else, getEndpointSelector does not even
 * scope it to the policy's namespace, so the rule matches any address, outside the cluster
 * included. The validator accepts it (validateEntityRule only refuses it beside `services`).
 */
import { defineRule } from '../../src/engine/rule.js';
import { asArray, isObject } from '../../src/engine/values.js';
import { isSet, isWritten } from './lib/fields.js';
import { policyRules } from './lib/policy.js';

/** The entity fields that still constrain a side whose serviceAccounts adds nothing. */
const OTHER_MATCHES = ['selector', 'namespaceSelector', 'notSelector', 'nets', 'notNets', 'services'] as const;

export default defineRule({
  meta: {
    id: 'calico/policy-rule-service-accounts-empty',
    description:
      'A Calico rule side whose `serviceAccounts` has neither `names` nor a `selector`: Calico adds no condition for it, so it restricts nothing; with no other selector, net or service on that side the rule matches every address, outside the cluster included, not only the namespace\'s pods.',
    severity: 'warning',
    remediation: 'Name the accounts (`serviceAccounts: {names: [api]}`) or select them by label (`serviceAccounts: {selector: "app == \'api\'"}`); to match every pod of the policy\'s namespace write `selector: all()`.',
    kinds: ['calico/NetworkPolicy', 'calico/GlobalNetworkPolicy', 'calico/StagedNetworkPolicy', 'calico/StagedGlobalNetworkPolicy'],
    messages: {
      anything: 'serviceAccounts names no account and selects none, so Calico adds no condition for it and this {{side}} matches any address, outside the cluster included',
      nothingAdded: 'serviceAccounts names no account and selects none, so Calico adds no condition for it: the {{side}} is matched by its other fields alone',
    },
  },
  check(resource, ctx) {
    for (const { sides } of policyRules(resource)) {
      for (const { side, entity, path } of sides) {
        const sa = entity.serviceAccounts;
        if (!isObject(sa) || isSet(sa.selector) || asArray(sa.names).length > 0) continue;
        const constrained = OTHER_MATCHES.some((f) => isWritten(entity[f]));
        ctx.report({ path: [...path, 'serviceAccounts'], at: 'key', messageId: constrained ? 'nothingAdded' : 'anything', data: { side } });
      }
    }
  },
});
