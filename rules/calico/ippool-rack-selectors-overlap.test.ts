import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ippool-rack-selectors-overlap.js';

const pools = (a: string, b: string) => `
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: { name: rack-0 }
  spec: { cidr: 10.0.0.0/24, nodeSelector: ${a} }
  ---
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: { name: rack-1 }
  spec:
    cidr: 10.0.1.0/24
    nodeSelector: ${b}
`;
// Several pools per node, in an order where the earliest colliding pool differs by node: each
// pool names the earliest earlier pool it shares a node with (and, of that pool, the first shared node).
const layered = `
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: { name: zone-b }
  spec: { cidr: 10.1.0.0/24, nodeSelector: zone == "b" }
  ---
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: { name: rack-2 }
  spec: { cidr: 10.1.1.0/24, nodeSelector: rack == "2" }
  ---
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: { name: racks-1-2 }
  spec:
    cidr: 10.1.2.0/24
    nodeSelector: rack in {"1", "2"}
  ---
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: { name: zone-a-v6 }
  spec: { cidr: "fd00::/64", nodeSelector: zone == "a" }
  ---
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: { name: zone-a }
  spec: { cidr: 10.1.3.0/24, nodeSelector: zone == "a" && has(rack) }
`;
const inventory = {
  cluster: {
    nodes: [
      { name: 'n0', labels: { rack: '0', zone: 'a' } },
      { name: 'n1', labels: { rack: '1', zone: 'a' } },
      { name: 'n2', labels: { rack: '2', zone: 'b' } },
      { name: 'n3', labels: { rack: '2', zone: 'a' } },
    ],
  },
};

const nodes = { cluster: { nodes: [{ name: 'n1', labels: { rack: '0', zone: 'a' } }, { name: 'n2', labels: { rack: '1', zone: 'a' } }] } };

ruleTester(rule, {
  valid: [
    { name: 'disjoint racks', code: pools(`rack == "0"`, `rack == "1"`), config: nodes },
    { name: 'disjoint racks, no inventory', code: pools(`rack == "0"`, `rack == "1"`) },
  ],
  invalid: [
    {
      name: 'a zone selector covering a rack node',
      code: pools(`rack == "0"`, `zone == "a"`),
      config: nodes,
      errors: [{ messageId: 'node', line: 11, column: 17, message: /both select node n1/ }],
    },
    {
      name: 'copy-pasted selector without inventory',
      code: pools(`rack == "0"`, `rack=="0"`),
      errors: [{ messageId: 'same', line: 11, column: 17, message: /same nodeSelector as IPPool rack-0 \(10.0.0.0\/24\) \(rack == "0"\)/ }],
    },
    {
      name: 'each pool names the earliest earlier pool it shares a node with, of its own family',
      code: layered,
      config: inventory,
      errors: [
        { messageId: 'node', line: 9, column: 42, message: 'IPPool rack-2 (10.1.1.0/24) and IPPool zone-b (10.1.0.0/24) both select node n2' },
        { messageId: 'node', line: 16, column: 17, message: 'IPPool racks-1-2 (10.1.2.0/24) and IPPool zone-b (10.1.0.0/24) both select node n2' },
        { messageId: 'node', line: 26, column: 42, message: 'IPPool zone-a (10.1.3.0/24) and IPPool rack-2 (10.1.1.0/24) both select node n3' },
      ],
    },
  ],
});
