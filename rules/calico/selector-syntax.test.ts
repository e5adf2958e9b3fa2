import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './selector-syntax.js';

ruleTester(rule, {
  valid: [
    { name: 'a selector of over 1,024 characters: Calico sets no length limit on policy selectors (v3.32.1 CRDs, parser)', code: `
        apiVersion: projectcalico.org/v3
        kind: NetworkPolicy
        metadata: { name: p, namespace: x }
        spec:
          selector: ${'a == "b" && '.repeat(90)}c == "d"
      ` },
    { name: 'documented route-reflector peer selector', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: { name: peer-with-rr }
      spec:
        nodeSelector: all()
        peerSelector: route-reflector == 'true'
    ` },
    { name: 'policy with rule selectors, sets and negation', code: `
      apiVersion: projectcalico.org/v3
      kind: NetworkPolicy
      metadata: { name: allow-web, namespace: prod }
      spec:
        selector: app == "web" && !has(legacy)
        ingress:
          - action: Allow
            source:
              selector: role in {"frontend", "lb"}
              namespaceSelector: global()
    ` },
    { name: 'calico-node env selector', code: `
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: { name: calico-node, namespace: kube-system }
      spec:
        template:
          spec:
            containers:
              - name: calico-node
                image: quay.io/calico/node:v3.31.0
                env:
                  - name: CALICO_IPV4POOL_NODE_SELECTOR
                    value: "zone == 'a'"
    ` },
  ],
  invalid: [
    {
      name: 'a selector of a no-break space alone is not blank to Calico (only spaces and tabs are)',
      code: `
        apiVersion: projectcalico.org/v3
        kind: NetworkPolicy
        metadata: { name: p, namespace: x }
        spec:
          selector: "\\u00a0"
      `,
      errors: [{ messageId: 'invalid', line: 5, column: 14 }],
    },
    {
      name: 'unterminated string points at the quote',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: rack-0 }
        spec:
          cidr: 10.0.0.0/24
          nodeSelector: rack == "0
      `,
      errors: [{ messageId: 'invalid', line: 6, column: 25, endColumn: 27, message: /unterminated string/ }],
    },
    {
      name: 'dangling && in a policy rule selector, quoted scalar',
      code: `
        apiVersion: projectcalico.org/v3
        kind: GlobalNetworkPolicy
        metadata: { name: g }
        spec:
          selector: "has(app) &&"
      `,
      errors: [{ messageId: 'invalid', line: 5, column: 25, message: 'spec.selector is not a valid Calico selector: expected a term (label comparison, has(…), all(), global(), "!" or "("), found end of selector' }],
    },
    {
      name: 'rule destination notSelector with a stray character',
      code: `
        apiVersion: projectcalico.org/v3
        kind: NetworkPolicy
        metadata: { name: p, namespace: x }
        spec:
          egress:
            - action: Deny
              destination:
                notSelector: app == 'db' % 2
      `,
      errors: [{ messageId: 'invalid', line: 8, column: 34, endColumn: 35, path: ['spec', 'egress', 0, 'destination', 'notSelector'] }],
    },
  ],
});
