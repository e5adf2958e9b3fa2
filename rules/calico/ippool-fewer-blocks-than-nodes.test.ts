import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ippool-fewer-blocks-than-nodes.js';

const pool24 = `
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: { name: small }
  spec:
    cidr: 10.0.0.0/24
    blockSize: 26
`;

ruleTester(rule, {
  valid: [
    { name: 'no node count: silent', code: pool24 },
    { name: 'four blocks for four nodes', code: pool24, config: { cluster: { nodeCount: 4 } } },
    { name: 'per-rack pool counted against its own nodes', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: rack-0 }
      spec: { cidr: 10.0.0.0/25, blockSize: 26, nodeSelector: rack == "0" }
    `, config: { cluster: { nodeCount: 50, nodes: [{ name: 'a', labels: { rack: '0' } }, { name: 'b', labels: { rack: '0' } }, { name: 'c', labels: { rack: '1' } }] } } },
  ],
  invalid: [
    {
      name: 'a /24 of /26 blocks for 10 nodes',
      code: pool24,
      config: { cluster: { nodeCount: 10 } },
      errors: [{ messageId: 'fewer', line: 5, column: 9, message: 'IPPool small (10.0.0.0/24) has 4 blocks of /26 but 10 nodes use it (cluster.nodeCount in .netlint.yaml)' }],
    },
    {
      name: 'Installation pool with the default block size against node objects',
      code: {
        'installation.yaml': `
          apiVersion: operator.tigera.io/v1
          kind: Installation
          metadata: { name: default }
          spec:
            calicoNetwork:
              ipPools:
                - cidr: 10.0.0.0/25
        `,
        'nodes.yaml': `
          apiVersion: v1
          kind: Node
          metadata: { name: n1 }
          ---
          apiVersion: v1
          kind: Node
          metadata: { name: n2 }
          ---
          apiVersion: v1
          kind: Node
          metadata: { name: n3 }
        `,
      },
      errors: [{ messageId: 'fewer', line: 7, column: 15, file: 'installation.yaml', message: /2 blocks of \/26 but 3 nodes use it \(3 from Node objects in nodes\.yaml\)$/ }],
    },
  ],
});
