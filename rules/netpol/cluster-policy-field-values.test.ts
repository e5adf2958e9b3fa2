import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { builtinDataRule } from '../builtin-data-rule.js';
import text from './cluster-policy-field-values.yaml';

const rule = builtinDataRule(text, 'rules/netpol/cluster-policy-field-values.yaml');

/** A ClusterNetworkPolicy `p` whose spec holds the given lines (already indented): the first is line 5. */
function cnp(...spec: string[]): string {
  return ['apiVersion: policy.networking.k8s.io/v1alpha2', 'kind: ClusterNetworkPolicy', 'metadata: { name: p }', 'spec:', ...spec, ''].join('\n');
}

/** A valid Admin policy on lines 5–7 followed by the given lines (line 8 onwards). */
function admin(...rest: string[]): string {
  return cnp('  tier: Admin', '  priority: 10', '  subject: { namespaces: {} }', ...rest);
}

const list = (n: number, item: string) => `[${Array.from({ length: n }, (_, i) => item.replace('#', String(i))).join(', ')}]`;

ruleTester(rule, {
  valid: [
    {
      name: 'an Admin policy: namespaces subject, ingress and egress with every protocol kind and networks',
      code: `
        apiVersion: policy.networking.k8s.io/v1alpha2
        kind: ClusterNetworkPolicy
        metadata: { name: cluster-control }
        spec:
          tier: Admin
          priority: 0
          subject:
            namespaces:
              matchExpressions: [{ key: kubernetes.io/metadata.name, operator: NotIn, values: [kube-system] }]
          ingress:
            - name: accept-from-monitoring
              action: Accept
              from: [{ namespaces: { matchLabels: { kubernetes.io/metadata.name: monitoring } } }]
              protocols:
                - tcp: { destinationPort: { number: 9090 } }
                - udp: { destinationPort: { range: { start: 5000, end: 5100 } } }
                - sctp: { destinationPort: { number: 65535 } }
                - destinationNamedPort: metrics
            - action: Pass
              from: [{ pods: { namespaceSelector: {}, podSelector: { matchLabels: { app: debug } } } }]
          egress:
            - name: deny-metadata-service
              action: Deny
              to: [{ networks: [169.254.169.254/32, fd00:ec2::254/128] }]
            - action: Accept
              to: [{ networks: [10.0.0.0/8] }, { namespaces: {} }]
              protocols: [{ tcp: { destinationPort: { range: { start: 1, end: 65535 } } } }, { udp: { destinationPort: { number: 53 } } }]
      `,
    },
    {
      name: 'a Baseline policy: pods subject, ingress and egress',
      code: `
        apiVersion: policy.networking.k8s.io/v1alpha2
        kind: ClusterNetworkPolicy
        metadata: { name: default-deny }
        spec:
          tier: Baseline
          priority: 1000
          subject:
            pods:
              namespaceSelector: { matchLabels: { tenant: blue } }
              podSelector: {}
          ingress:
            - action: Accept
              from: [{ pods: { podSelector: { matchLabels: { app: ingress } } } }]
              protocols: [{ tcp: { destinationPort: { number: 8080 } } }]
            - action: Deny
              from: [{ namespaces: {} }]
          egress:
            - action: Accept
              to: [{ pods: { namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: kube-system } }, podSelector: { matchLabels: { k8s-app: kube-dns } } } }]
              protocols: [{ udp: { destinationPort: { number: 53 } } }, { tcp: { destinationPort: { number: 53 } } }]
            - action: Deny
              to: [{ networks: [0.0.0.0/0, ::/0] }]
      `,
    },
    {
      name: 'experimental-channel peers (nodes, domainNames) and a named port beside networks (netpol/cluster-policy-named-port judges that)',
      code: admin(
        '  egress:',
        '    - action: Accept',
        '      to: [{ nodes: { matchLabels: { node-role.kubernetes.io/control-plane: "" } } }, { domainNames: ["*.example.com"] }]',
        '    - action: Deny',
        '      to: [{ networks: [192.0.2.0/24] }]',
        '      protocols: [{ destinationNamedPort: http }]',
      ),
    },
    {
      name: 'optional fields written as null (the API server prunes them)',
      code: cnp(
        '  tier: Baseline',
        '  priority: 5',
        '  subject: { pods: { namespaceSelector: null, podSelector: { matchLabels: null } } }',
        '  ingress: null',
        '  egress:',
        '    - { name: null, action: Deny, to: [{ namespaces: { matchExpressions: null } }], protocols: null }',
      ),
    },
    {
      name: 'the limits themselves: 25 rules, 25 peers, 25 protocols, 25 networks of 43 characters, a 100-character name',
      code: admin(
        `  ingress: ${list(25, '{ action: Deny, from: [{ namespaces: {} }] }')}`,
        '  egress:',
        `    - name: ${'n'.repeat(100)}`,
        '      action: Deny',
        `      to: ${list(25, '{ namespaces: { matchLabels: { n: "#" } } }')}`,
        `      protocols: ${list(25, '{ tcp: { destinationPort: { number: 1# } } }')}`,
        '    - action: Deny',
        `      to: [{ networks: ${list(25, '0000:0000:0000:0000:0000:0000:0000:10#/128')} }]`,
      ),
    },
    {
      name: 'a status as exported from a cluster, and one of another type (the API server drops the status of a new object)',
      code: cnp(
        '  tier: Admin',
        '  priority: 3',
        '  subject: { namespaces: {} }',
        'status:',
        '  conditions:',
        '    - { type: Ready, status: "True", reason: Applied, message: "", lastTransitionTime: "2025-01-01T00:00:00Z", observedGeneration: 2 }',
      ),
    },
    {
      name: 'status written as a string',
      code: admin().replace(/\n$/, '\nstatus: ready\n'),
    },
  ],
  invalid: [
    {
      name: 'nodes written as null: pruned, the peer is left empty',
      code: admin('  egress:', '    - action: Deny', '      to: [{ nodes: null }]'),
      errors: [{ messageId: 'violation', line: 10, column: 21, message: 'spec.egress[0].to[0].nodes must be object (got null)' }],
    },
    {
      name: 'a field a nodes selector does not have',
      code: admin('  egress:', '    - action: Deny', '      to: [{ nodes: { nodeSelector: { role: infra } } }]'),
      errors: [{ messageId: 'violation', line: 10, column: 23, message: 'spec.egress[0].to[0].nodes.nodeSelector is not a known field (got {"role":"infra"})' }],
    },
    {
      name: 'a domain name listed twice (a list of type set)',
      code: admin('  egress:', '    - action: Deny', '      to: [{ domainNames: [api.example.com, db.example.com, api.example.com] }]'),
      errors: [{ messageId: 'violation', line: 10, column: 61, message: 'spec.egress[0].to[0].domainNames[2] is the same as spec.egress[0].to[0].domainNames[0] (uniqueItems) (got api.example.com)' }],
    },
    {
      name: 'a field beside spec and one inside a status condition',
      code: admin().replace(/\n$/, '\nspecs: {}\nstatus:\n  conditions: [{ type: Ready, severity: Info }]\n'),
      errors: [
        { messageId: 'violation', line: 8, column: 1, message: 'specs is not a known field (got {})' },
        { messageId: 'violation', line: 10, column: 31, message: 'status.conditions[0].severity is not a known field (got Info)' },
      ],
    },
    {
      // The experimental CRD's domainNames pattern: labels of letters, digits, - and _, a leading *. only.
      name: 'a domain name the CRD pattern refuses',
      code: cnp('  tier: Admin', '  priority: 10', '  subject: { namespaces: {} }', '  egress:', '    - action: Accept', '      to: [{ domainNames: ["*.example.com", bad_domain, "a.*.com"] }]'),
      errors: [
        { messageId: 'violation', line: 10, column: 45, message: /domainNames\[1\] must match pattern/ },
        { messageId: 'violation', line: 10, column: 57, message: /domainNames\[2\] must match pattern/ },
      ],
    },
    {
      // Without strict validation the server drops each: every namespace, a rule for every port.
      name: 'unknown fields in spec, a pods peer, a selector and a rule',
      code: cnp('  tier: Admin', '  priority: 10', '  subject: { namespaces: { matchlabels: { team: a } } }', '  foo: bar', '  egress:', '    - action: Deny', '      to: [{ pods: { namespaceselector: {}, podSelector: {} } }]', '      protocol: TCP'),
      errors: [
        { messageId: 'violation', line: 7, column: 28, message: /spec.subject.namespaces.matchlabels is not a known field/ },
        { messageId: 'violation', line: 8, column: 3, message: 'spec.foo is not a known field (got bar)' },
        { messageId: 'violation', line: 11, column: 22, message: /spec.egress\[0\].to\[0\].pods.namespaceselector is not a known field/ },
        { messageId: 'violation', line: 12, column: 7, message: /spec.egress\[0\].protocol is not a known field/ },
      ],
    },
    {
      name: 'tier, priority and subject missing',
      code: cnp('  ingress: [{ action: Deny, from: [{ namespaces: {} }] }]'),
      errors: [
        { messageId: 'violation', line: 4, column: 1, message: 'spec.priority is required (got (missing))' },
        { messageId: 'violation', line: 4, column: 1, message: 'spec.subject is required (got (missing))' },
        { messageId: 'violation', line: 4, column: 1, message: 'spec.tier is required (got (missing))' },
      ],
    },
    {
      name: 'no spec at all',
      code: 'apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: { name: p }\n',
      errors: [{ messageId: 'violation', line: 1, column: 1, message: 'spec is required (got (missing))' }],
    },
    {
      name: 'a tier in the wrong case',
      code: cnp('  tier: admin', '  priority: 10', '  subject: { namespaces: {} }'),
      errors: [{ messageId: 'violation', line: 5, column: 9, message: 'spec.tier must be one of "Admin", "Baseline" (got admin)' }],
    },
    {
      name: 'a priority above 1000',
      code: cnp('  tier: Admin', '  priority: 1001', '  subject: { namespaces: {} }'),
      errors: [{ messageId: 'violation', line: 6, column: 13, message: 'spec.priority must be <= 1000 (got 1001)' }],
    },
    {
      name: 'a negative priority',
      code: cnp('  tier: Baseline', '  priority: -1', '  subject: { namespaces: {} }'),
      errors: [{ messageId: 'violation', line: 6, column: 13, message: 'spec.priority must be >= 0 (got -1)' }],
    },
    {
      name: 'a priority written as a string',
      code: cnp('  tier: Admin', '  priority: "10"', '  subject: { namespaces: {} }'),
      errors: [{ messageId: 'violation', line: 6, column: 13, message: 'spec.priority must be integer (got 10)' }],
    },
    {
      name: 'a subject with both namespaces and pods',
      code: cnp('  tier: Admin', '  priority: 10', '  subject: { namespaces: {}, pods: { podSelector: {} } }'),
      errors: [{ messageId: 'violation', line: 7, column: 3, message: /^spec\.subject must NOT have more than 1 properties/ }],
    },
    {
      name: 'an empty subject',
      code: cnp('  tier: Admin', '  priority: 10', '  subject: {}'),
      errors: [{ messageId: 'violation', line: 7, column: 3, message: 'spec.subject must NOT have fewer than 1 properties (got {})' }],
    },
    {
      name: 'a pods subject without podSelector',
      code: cnp('  tier: Admin', '  priority: 10', '  subject: { pods: { namespaceSelector: {} } }'),
      errors: [{ messageId: 'violation', line: 7, column: 14, message: 'spec.subject.pods.podSelector is required (got (missing))' }],
    },
    {
      name: 'an unknown subject field (the API server drops it and the subject is empty)',
      code: cnp('  tier: Admin', '  priority: 10', '  subject: { podSelector: {} }'),
      errors: [{ messageId: 'violation', line: 7, column: 14, message: 'spec.subject.podSelector is not a known field (got {})' }],
    },
    {
      name: 'a matchExpressions entry without operator and a matchLabels value that is not a string',
      code: cnp('  tier: Admin', '  priority: 10', '  subject:', '    namespaces:', '      matchLabels: { tier: 1 }', '      matchExpressions: [{ key: app }]'),
      errors: [
        { messageId: 'violation', line: 9, column: 28, message: 'spec.subject.namespaces.matchLabels.tier must be string (got 1)' },
        { messageId: 'violation', line: 10, column: 26, message: 'spec.subject.namespaces.matchExpressions[0].operator is required (got (missing))' },
      ],
    },
    {
      name: 'the v1alpha1 action Allow',
      code: admin('  ingress:', '    - action: Allow', '      from: [{ namespaces: {} }]'),
      errors: [{ messageId: 'violation', line: 9, column: 15, message: 'spec.ingress[0].action must be one of "Accept", "Deny", "Pass" (got Allow)' }],
    },
    {
      name: 'a rule without action',
      code: admin('  egress:', '    - to: [{ namespaces: {} }]'),
      errors: [{ messageId: 'violation', line: 9, column: 7, message: 'spec.egress[0].action is required (got (missing))' }],
    },
    {
      name: 'an ingress rule without from and an egress rule without to',
      code: admin('  ingress: [{ action: Deny }]', '  egress: [{ action: Deny }]'),
      errors: [
        { messageId: 'violation', line: 8, column: 13, message: 'spec.ingress[0].from is required (got (missing))' },
        { messageId: 'violation', line: 9, column: 12, message: 'spec.egress[0].to is required (got (missing))' },
      ],
    },
    {
      name: 'an empty from list',
      code: admin('  ingress:', '    - action: Deny', '      from: []'),
      errors: [{ messageId: 'violation', line: 10, column: 7, message: 'spec.ingress[0].from must NOT have fewer than 1 items (got [])' }],
    },
    {
      name: 'a rule name over 100 characters',
      code: admin('  ingress:', `    - name: ${'n'.repeat(101)}`, '      action: Deny', '      from: [{ namespaces: {} }]'),
      errors: [{ messageId: 'violation', line: 9, column: 13, message: /^spec\.ingress\[0\]\.name must NOT have more than 100 characters/ }],
    },
    {
      name: '26 ingress rules',
      code: admin(`  ingress: ${list(26, '{ action: Deny, from: [{ namespaces: {} }] }')}`),
      errors: [{ messageId: 'violation', line: 8, column: 3, message: /^spec\.ingress must NOT have more than 25 items/ }],
    },
    {
      name: '26 egress rules',
      code: admin(`  egress: ${list(26, '{ action: Deny, to: [{ namespaces: {} }] }')}`),
      errors: [{ messageId: 'violation', line: 8, column: 3, message: /^spec\.egress must NOT have more than 25 items/ }],
    },
    {
      name: '26 peers',
      code: admin('  ingress:', '    - action: Deny', `      from: ${list(26, '{ namespaces: { matchLabels: { n: "#" } } }')}`),
      errors: [{ messageId: 'violation', line: 10, column: 7, message: /^spec\.ingress\[0\]\.from must NOT have more than 25 items/ }],
    },
    {
      name: 'an ingress peer with two fields',
      code: admin('  ingress:', '    - action: Deny', '      from: [{ namespaces: {}, pods: { podSelector: {} } }]'),
      errors: [{ messageId: 'violation', line: 10, column: 14, message: /^spec\.ingress\[0\]\.from\[0\] must NOT have more than 1 properties/ }],
    },
    {
      name: 'an empty egress peer',
      code: admin('  egress:', '    - action: Deny', '      to: [{}]'),
      errors: [{ messageId: 'violation', line: 10, column: 12, message: 'spec.egress[0].to[0] must NOT have fewer than 1 properties (got {})' }],
    },
    {
      name: 'an egress peer with networks and namespaces',
      code: admin('  egress:', '    - action: Deny', '      to: [{ networks: [10.0.0.0/8], namespaces: {} }]'),
      errors: [{ messageId: 'violation', line: 10, column: 12, message: /^spec\.egress\[0\]\.to\[0\] must NOT have more than 1 properties/ }],
    },
    {
      name: 'networks as an ingress peer (only egress peers have it)',
      code: admin('  ingress:', '    - action: Deny', '      from: [{ networks: [10.0.0.0/8] }]'),
      errors: [{ messageId: 'violation', line: 10, column: 16, message: 'spec.ingress[0].from[0].networks is not a known field (got ["10.0.0.0/8"])' }],
    },
    {
      name: 'an empty networks list',
      code: admin('  egress:', '    - action: Deny', '      to: [{ networks: [] }]'),
      errors: [{ messageId: 'violation', line: 10, column: 14, message: 'spec.egress[0].to[0].networks must NOT have fewer than 1 items (got [])' }],
    },
    {
      name: '26 networks',
      code: admin('  egress:', '    - action: Deny', `      to: [{ networks: ${list(26, '10.#.0.0/16')} }]`),
      errors: [{ messageId: 'violation', line: 10, column: 14, message: /^spec\.egress\[0\]\.to\[0\]\.networks must NOT have more than 25 items/ }],
    },
    {
      name: 'a network listed twice (a list of type set)',
      code: admin('  egress:', '    - action: Deny', '      to: [{ networks: [10.0.0.0/8, 10.0.0.0/8] }]'),
      // At the second, the one to drop.
      errors: [{ messageId: 'violation', line: 10, column: 37, message: 'spec.egress[0].to[0].networks[1] is the same as spec.egress[0].to[0].networks[0] (uniqueItems) (got 10.0.0.0/8)' }],
    },
    {
      name: 'a network entry over 43 characters',
      code: admin('  egress:', '    - action: Deny', `      to: [{ networks: ["${'0000:'.repeat(7)}00000/128"] }]`),
      errors: [{ messageId: 'violation', line: 10, column: 25, message: /^spec\.egress\[0\]\.to\[0\]\.networks\[0\] must NOT have more than 43 characters/ }],
    },
    {
      name: 'an empty protocols list',
      code: admin('  ingress:', '    - action: Deny', '      from: [{ namespaces: {} }]', '      protocols: []'),
      errors: [{ messageId: 'violation', line: 11, column: 7, message: 'spec.ingress[0].protocols must NOT have fewer than 1 items (got [])' }],
    },
    {
      name: '26 protocols',
      code: admin('  egress:', '    - action: Deny', '      to: [{ namespaces: {} }]', `      protocols: ${list(26, '{ tcp: { destinationPort: { number: 1# } } }')}`),
      errors: [{ messageId: 'violation', line: 11, column: 7, message: /^spec\.egress\[0\]\.protocols must NOT have more than 25 items/ }],
    },
    {
      name: 'a protocols entry with tcp and udp',
      code: admin('  ingress:', '    - action: Deny', '      from: [{ namespaces: {} }]', '      protocols: [{ tcp: { destinationPort: { number: 53 } }, udp: { destinationPort: { number: 53 } } }]'),
      errors: [{ messageId: 'violation', line: 11, column: 19, message: /^spec\.ingress\[0\]\.protocols\[0\] must NOT have more than 1 properties/ }],
    },
    {
      name: 'an empty protocols entry',
      code: admin('  ingress:', '    - action: Deny', '      from: [{ namespaces: {} }]', '      protocols: [{}]'),
      errors: [{ messageId: 'violation', line: 11, column: 19, message: 'spec.ingress[0].protocols[0] must NOT have fewer than 1 properties (got {})' }],
    },
    {
      name: 'the v1alpha1 portNumber in a protocols entry',
      code: admin('  ingress:', '    - action: Deny', '      from: [{ namespaces: {} }]', '      protocols: [{ portNumber: { protocol: TCP, port: 80 } }]'),
      errors: [{ messageId: 'violation', line: 11, column: 21, message: 'spec.ingress[0].protocols[0].portNumber is not a known field (got {"protocol":"TCP","port":80})' }],
    },
    {
      name: 'an empty sctp',
      code: admin('  ingress:', '    - action: Deny', '      from: [{ namespaces: {} }]', '      protocols: [{ sctp: {} }]'),
      errors: [{ messageId: 'violation', line: 11, column: 21, message: 'spec.ingress[0].protocols[0].sctp must NOT have fewer than 1 properties (got {})' }],
    },
    {
      name: 'a port written beside destinationPort',
      code: admin('  ingress:', '    - action: Deny', '      from: [{ namespaces: {} }]', '      protocols: [{ udp: { port: 53 } }]'),
      errors: [{ messageId: 'violation', line: 11, column: 28, message: 'spec.ingress[0].protocols[0].udp.port is not a known field (got 53)' }],
    },
    {
      name: 'a destinationPort with both number and range',
      code: admin('  ingress:', '    - action: Deny', '      from: [{ namespaces: {} }]', '      protocols: [{ tcp: { destinationPort: { number: 80, range: { start: 80, end: 90 } } } }]'),
      errors: [{ messageId: 'violation', line: 11, column: 28, message: /^spec\.ingress\[0\]\.protocols\[0\]\.tcp\.destinationPort must NOT have more than 1 properties/ }],
    },
    {
      name: 'an empty destinationPort',
      code: admin('  ingress:', '    - action: Deny', '      from: [{ namespaces: {} }]', '      protocols: [{ tcp: { destinationPort: {} } }]'),
      errors: [{ messageId: 'violation', line: 11, column: 28, message: 'spec.ingress[0].protocols[0].tcp.destinationPort must NOT have fewer than 1 properties (got {})' }],
    },
    {
      name: 'port numbers 0 and 65536',
      code: admin(
        '  egress:',
        '    - action: Deny',
        '      to: [{ namespaces: {} }]',
        '      protocols:',
        '        - tcp: { destinationPort: { number: 0 } }',
        '        - udp: { destinationPort: { number: 65536 } }',
      ),
      errors: [
        { messageId: 'violation', line: 12, column: 45, message: 'spec.egress[0].protocols[0].tcp.destinationPort.number must be >= 1 (got 0)' },
        { messageId: 'violation', line: 13, column: 45, message: 'spec.egress[0].protocols[1].udp.destinationPort.number must be <= 65535 (got 65536)' },
      ],
    },
    {
      name: 'a range without end, and one with start 0 and end 70000',
      code: admin(
        '  egress:',
        '    - action: Deny',
        '      to: [{ namespaces: {} }]',
        '      protocols:',
        '        - tcp: { destinationPort: { range: { start: 8000 } } }',
        '        - sctp: { destinationPort: { range: { start: 0, end: 70000 } } }',
      ),
      errors: [
        { messageId: 'violation', line: 12, column: 37, message: 'spec.egress[0].protocols[0].tcp.destinationPort.range.end is required (got (missing))' },
        { messageId: 'violation', line: 13, column: 54, message: 'spec.egress[0].protocols[1].sctp.destinationPort.range.start must be >= 1 (got 0)' },
        { messageId: 'violation', line: 13, column: 62, message: 'spec.egress[0].protocols[1].sctp.destinationPort.range.end must be <= 65535 (got 70000)' },
      ],
    },
    {
      name: 'a destinationNamedPort that is not a string',
      code: admin('  ingress:', '    - action: Deny', '      from: [{ namespaces: {} }]', '      protocols: [{ destinationNamedPort: 8080 }]'),
      errors: [{ messageId: 'violation', line: 11, column: 43, message: 'spec.ingress[0].protocols[0].destinationNamedPort must be string (got 8080)' }],
    },
  ],
});
