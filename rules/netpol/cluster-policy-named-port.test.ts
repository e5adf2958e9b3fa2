import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './cluster-policy-named-port.js';

/** A ClusterNetworkPolicy whose one egress rule has these peers and protocols: the protocols start on line 12. */
const cnp = (to: string, ...protocols: string[]) => `
  apiVersion: policy.networking.k8s.io/v1alpha2
  kind: ClusterNetworkPolicy
  metadata: { name: egress-ports }
  spec:
    tier: Admin
    priority: 20
    subject: { namespaces: { matchLabels: { team: web } } }
    egress:
      - action: Accept
        to: ${to}
        protocols:
${protocols.map((p) => `          - ${p}`).join('\n')}
`;

/** An AdminNetworkPolicy (or, with kind and no priority, the baseline) with one egress rule: ports start on line 11. */
const v1alpha1 = (kind: 'AdminNetworkPolicy' | 'BaselineAdminNetworkPolicy', to: string, ...ports: string[]) => `
  apiVersion: policy.networking.k8s.io/v1alpha1
  kind: ${kind}
  metadata: { name: default }
  spec:
    ${kind === 'AdminNetworkPolicy' ? 'priority: 4' : 'subject: { pods: { namespaceSelector: {}, podSelector: {} } }'}
    ${kind === 'AdminNetworkPolicy' ? 'subject: { namespaces: {} }' : ''}
    egress:
      - action: Allow
        to: ${to}
        ports:
${ports.map((p) => `          - ${p}`).join('\n')}
`;

ruleTester(rule, {
  valid: [
    {
      name: 'named ports towards pods and namespaces, numbers towards nodes, domains and networks',
      code: cnp('[{ pods: { podSelector: { matchLabels: { app: api } } } }, { namespaces: {} }]', 'destinationNamedPort: http', 'tcp: { destinationPort: { number: 8443 } }'),
    },
    {
      name: 'a node peer with a port number, and a named port in another rule',
      code: `
        apiVersion: policy.networking.k8s.io/v1alpha2
        kind: ClusterNetworkPolicy
        metadata: { name: split }
        spec:
          tier: Baseline
          priority: 1
          subject: { namespaces: {} }
          egress:
            - { action: Accept, to: [{ nodes: {} }], protocols: [{ tcp: { destinationPort: { number: 10250 } } }] }
            - { action: Accept, to: [{ pods: { podSelector: {} } }], protocols: [{ destinationNamedPort: metrics }] }
          ingress:
            - { action: Accept, from: [{ namespaces: {} }], protocols: [{ destinationNamedPort: metrics }] }
      `,
    },
    {
      name: 'v1alpha1 named ports towards pods, and port numbers towards networks',
      code: v1alpha1('AdminNetworkPolicy', '[{ pods: { namespaceSelector: {}, podSelector: {} } }, { networks: [198.51.100.0/24] }]', 'portNumber: { port: 443 }'),
    },
    {
      name: 'a baseline with domainNames beside a named port: the field-values rule refuses domainNames there',
      code: v1alpha1('BaselineAdminNetworkPolicy', '[{ domainNames: [example.org] }]', 'namedPort: https'),
    },
  ],
  invalid: [
    {
      name: 'a named port beside a nodes peer and a domainNames peer',
      code: cnp('[{ pods: { podSelector: {} } }, { nodes: { matchLabels: { role: infra } } }, { domainNames: ["*.example.com"] }]', 'tcp: { destinationPort: { number: 443 } }', 'destinationNamedPort: https'),
      errors: [
        {
          messageId: 'refused',
          line: 13,
          column: 33,
          path: ['spec', 'egress', 0, 'protocols', 1, 'destinationNamedPort'],
          message:
            'named port "https" in an egress rule with a nodes peer (to[1]): named ports exist only on pods, and the API server refuses the rule (the experimental CRD by its CEL rule; the standard CRD has no nodes peer)',
        },
      ],
    },
    {
      name: 'a named port beside a networks peer only: the standard CRD stores it',
      code: cnp('[{ networks: [10.0.0.0/8] }]', 'destinationNamedPort: dns'),
      errors: [{ messageId: 'networks', severity: 'warning', line: 12, column: 33, path: ['spec', 'egress', 0, 'protocols', 0, 'destinationNamedPort'] }],
    },
    {
      name: 'an AdminNetworkPolicy namedPort beside networks (namedPort is the experimental channel\'s)',
      code: v1alpha1('AdminNetworkPolicy', '[{ networks: [10.0.0.0/8] }]', 'portNumber: { port: 53, protocol: UDP }', 'namedPort: dns'),
      errors: [
        {
          messageId: 'refused',
          line: 12,
          column: 22,
          path: ['spec', 'egress', 0, 'ports', 1, 'namedPort'],
          message:
            'named port "dns" in an egress rule with a networks peer (to[0]): named ports exist only on pods, and the API server refuses the rule (the experimental CRD by its CEL rule; the standard CRD has no namedPort)',
        },
      ],
    },
    {
      name: 'a baseline namedPort beside a nodes peer',
      code: v1alpha1('BaselineAdminNetworkPolicy', '[{ nodes: {} }]', 'namedPort: kubelet'),
      errors: [{ messageId: 'refused', line: 11, column: 22, message: /with a nodes peer \(to\[0\]\).*the standard CRD has no nodes peer\)$/ }],
    },
  ],
});
