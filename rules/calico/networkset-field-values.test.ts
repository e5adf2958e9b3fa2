import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './networkset-field-values.js';

ruleTester(rule, {
  valid: [
    { name: 'namespaced and global sets', code: `
      apiVersion: projectcalico.org/v3
      kind: NetworkSet
      metadata: { name: partners, namespace: shop }
      spec: { nets: [198.51.100.0/24, 203.0.113.7] }
      ---
      apiVersion: projectcalico.org/v3
      kind: GlobalNetworkSet
      metadata: { name: blocked }
      spec: { nets: ["2001:db8::/32"] }
    ` },
    {
      name: 'allowedEgressDomains where the input installs Calico Enterprise (an Installation of its variant)',
      code: {
        'installation.yaml': 'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: { name: default }\nspec: { variant: TigeraSecureEnterprise }\n',
        'set.yaml': 'apiVersion: projectcalico.org/v3\nkind: NetworkSet\nmetadata: { name: external-database, namespace: staging }\nspec:\n  allowedEgressDomains: [db.com]\n',
      },
    },
  ],
  invalid: [
    {
      name: 'not a network, and nets misspelt',
      code: `
        apiVersion: projectcalico.org/v3
        kind: GlobalNetworkSet
        metadata: { name: blocked }
        spec:
          nets: [198.51.100.0/33]
          net: [10.0.0.0/8]
      `,
      errors: [
        { messageId: 'violation', line: 5, column: 10 },
        { messageId: 'unknownField', line: 6, column: 3, message: /did you mean "nets"/ },
      ],
    },
    {
      name: 'allowedEgressDomains, a Calico Enterprise and Calico Cloud field, is named as such',
      code: `
        apiVersion: projectcalico.org/v3
        kind: NetworkSet
        metadata: { name: external-database, namespace: staging }
        spec:
          nets: [198.51.100.0/28]
          allowedEgressDomains: [db.com, '*.db.com']
      `,
      errors: [
        {
          messageId: 'unknownFieldOpenSource',
          line: 6,
          column: 3,
          severity: 'warning',
          message: /^spec\.allowedEgressDomains is not a field of NetworkSet in Calico Open Source \(it is Calico Enterprise's and Calico Cloud's, for DNS policy\): there calicoctl refuses/,
        },
      ],
    },
  ],
});
