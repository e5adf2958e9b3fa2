// libcalico-go updateprocessors/rules.go parseServiceAccounts (Calico v3.32.1) gives no selector for
// a serviceAccounts with neither names nor a selector; reach reads it the same way
// (src/engine/netpol/network-set.test.ts).
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './policy-rule-service-accounts-empty.js';
import { calicoPolicy as policy } from './lib/test-manifests.js';

ruleTester(rule, {
  valid: [
    { name: 'accounts by name', code: policy('NetworkPolicy', 'ingress', 'action: Allow\nsource: { serviceAccounts: { names: [api] } }') },
    { name: 'accounts by label', code: policy('GlobalNetworkPolicy', 'egress', "action: Allow\ndestination: { serviceAccounts: { selector: \"role == 'db'\" } }") },
    // A blank selector is all() to Calico's parser: every endpoint and network set in scope, not any address.
    { name: 'a blank selector', code: policy('NetworkPolicy', 'ingress', 'action: Allow\nsource: { serviceAccounts: { selector: "  " } }') },
    { name: 'no serviceAccounts at all', code: policy('NetworkPolicy', 'ingress', 'action: Allow\nsource: { selector: all() }') },
  ],
  invalid: [
    {
      name: 'an empty serviceAccounts alone on its side: any address',
      code: policy('NetworkPolicy', 'ingress', 'action: Allow\nsource: { serviceAccounts: {} }'),
      errors: [{ messageId: 'anything', line: 7, column: 17, message: 'serviceAccounts names no account and selects none, so Calico adds no condition for it and this source matches any address, outside the cluster included' }],
    },
    {
      name: 'empty names, an empty selector, beside other fields or ports only',
      code: policy('GlobalNetworkPolicy', 'egress', 'action: Allow\ndestination:\n  serviceAccounts: { names: [], selector: "" }\n  ports: [5432]\nsource:\n  selector: app == "x"\n  serviceAccounts: {}'),
      errors: [
        { messageId: 'anything', line: 8, column: 9 },
        { messageId: 'nothingAdded', line: 12, column: 9, message: 'serviceAccounts names no account and selects none, so Calico adds no condition for it: the source is matched by its other fields alone' },
      ],
    },
  ],
});
