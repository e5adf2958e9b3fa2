import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './selector-global-misuse.js';

ruleTester(rule, {
  valid: [
    { name: 'global() in a rule notSelector and a BGPPeer peerSelector: Calico\'s validator does not check them', code: `
      apiVersion: projectcalico.org/v3
      kind: GlobalNetworkPolicy
      metadata: { name: p }
      spec:
        selector: all()
        ingress:
        - action: Allow
          source: { notSelector: "!global()" }
      ---
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: { name: b }
      spec: { peerSelector: global() }
    ` },
    { name: 'global() alone in a rule namespaceSelector', code: `
      apiVersion: projectcalico.org/v3
      kind: GlobalNetworkPolicy
      metadata: { name: allow-hosts }
      spec:
        selector: all()
        ingress:
          - action: Allow
            source:
              namespaceSelector: global()
    ` },
    { name: 'global( ) with a space: one global() token in a rule namespaceSelector, and no "global()" text for a policy selector check', code: `
      apiVersion: projectcalico.org/v3
      kind: GlobalNetworkPolicy
      metadata: { name: p }
      spec:
        selector: has(a) || global( )
        ingress:
          - action: Allow
            source: { namespaceSelector: "global( )" }
    ` },
    { name: 'label selectors only', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec:
        cidr: 10.0.0.0/16
        nodeSelector: all()
    ` },
  ],
  invalid: [
    {
      name: 'Calico checks the text: "global()" inside a quoted value of a policy selector, and a parenthesised global() in a rule namespaceSelector',
      code: `
        apiVersion: projectcalico.org/v3
        kind: NetworkPolicy
        metadata: { name: p, namespace: x }
        spec:
          selector: a == "global()"
          ingress:
            - action: Allow
              source: { namespaceSelector: (global()) }
      `,
      errors: [
        { messageId: 'notHere', line: 5, column: 19, endColumn: 27 },
        { messageId: 'notAlone', line: 8, column: 37, endColumn: 45 },
      ],
    },
    {
      name: 'global() in an IPPool nodeSelector',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.0.0.0/16
          nodeSelector: global()
      `,
      errors: [{ messageId: 'notHere', line: 6, column: 17, endColumn: 25 }],
    },
    {
      name: 'global() combined with a term in a rule namespaceSelector',
      code: `
        apiVersion: projectcalico.org/v3
        kind: NetworkPolicy
        metadata: { name: p, namespace: x }
        spec:
          ingress:
            - action: Allow
              source:
                namespaceSelector: has(a) || global()
      `,
      errors: [{ messageId: 'notAlone', line: 8, column: 38, endColumn: 46 }],
    },
  ],
});
