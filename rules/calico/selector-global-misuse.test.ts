import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './selector-global-misuse.js';

// Calico v3.32.1 libcalico-go/lib/validator/v3/validator.go: an IPPool's nodeSelector or namespaceSelector may not
// contain "global(" (:1290-1305); a rule's namespaceSelector that contains "global(" and is not "global()" must
// tokenize to the global() token alone (validateEntityRule :1464-1474); a rule's selector (:1459) and a policy's
// selector and serviceAccountSelector (:1845, :1854; GlobalNetworkPolicy :2057, :2066) may not contain "global()".

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
    { name: 'a selector that is not text (null in a policy, a number in an IPPool) is passed over', code: `
      apiVersion: projectcalico.org/v3
      kind: NetworkPolicy
      metadata: { name: p, namespace: x }
      spec: { selector: null }
      ---
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 10.0.0.0/16, nodeSelector: 5 }
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
    {
      name: 'an IPPool nodeSelector holding "global(" without ")" right after it is refused; the span is "global("',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.0.0.0/16
          nodeSelector: global( )
      `,
      errors: [{ messageId: 'notHere', line: 6, column: 17, endColumn: 24, message: 'spec.nodeSelector uses global(), which Calico only accepts as the whole namespaceSelector of a policy rule' }],
    },
    {
      name: 'global( ) with a space, combined with a term in a rule namespaceSelector: the span is "global("',
      code: `
        apiVersion: projectcalico.org/v3
        kind: NetworkPolicy
        metadata: { name: p, namespace: x }
        spec:
          ingress:
            - action: Allow
              source:
                namespaceSelector: has(a) || global( )
      `,
      errors: [{ messageId: 'notAlone', line: 8, column: 38, endColumn: 45, message: 'spec.ingress[0].source.namespaceSelector combines global() with other terms; global() must stand alone' }],
    },
    {
      name: 'global() in parentheses in a policy selector: the span is "global()", not the ")" after it',
      code: `
        apiVersion: projectcalico.org/v3
        kind: GlobalNetworkPolicy
        metadata: { name: p }
        spec:
          selector: (global())
      `,
      errors: [{ messageId: 'notHere', line: 5, column: 14, endColumn: 22, message: 'spec.selector uses global(), which Calico only accepts as the whole namespaceSelector of a policy rule' }],
    },
  ],
});
