import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ippool-allowed-uses.js';
import { calicoResource } from './lib/test-manifests.js';

const pool = (spec: string) => calicoResource('IPPool', `cidr: 10.10.0.0/24
${spec}`, '{ name: p }');

ruleTester(rule, {
  valid: [
    { name: 'a LoadBalancer pool', code: pool('allowedUses: [LoadBalancer]\nnodeSelector: all()\nipipMode: Never\nvxlanMode: Never') },
    // Calico's service-loadbalancer docs write the pool without nodeSelector: libcalico-go sets
    // an empty one to all() before validating.
    { name: 'a LoadBalancer pool without nodeSelector', code: pool('allowedUses: [LoadBalancer]\nblockSize: 24\nnatOutgoing: true\nassignmentMode: Automatic') },
    { name: 'a LoadBalancer pool with an empty nodeSelector', code: pool('allowedUses: [LoadBalancer]\nnodeSelector: ""') },
    { name: 'workloads and tunnels', code: pool('allowedUses: [Workload, Tunnel]') },
    { name: 'workloads of some namespaces', code: pool('allowedUses: [Workload]\nnamespaceSelector: team == "a"') },
  ],
  invalid: [
    {
      name: 'an unknown use and LoadBalancer with Workload',
      code: pool('allowedUses: [LoadBalancer, Workload, Services]\nnodeSelector: all()'),
      errors: [
        { messageId: 'lbWith', line: 6, column: 31, message: 'LoadBalancer cannot be used at the same time as Workload' },
        { messageId: 'unknown', line: 6, column: 41 },
      ],
    },
    {
      name: 'LoadBalancer pool with encapsulation, BGP export off and a node selector',
      code: pool('allowedUses: [LoadBalancer]\nipipMode: Always\ndisableBGPExport: true\nnodeSelector: rack == "a"'),
      errors: [
        { messageId: 'lbEncap', line: 7, column: 13 },
        { messageId: 'lbExport', line: 8, column: 21 },
        { messageId: 'lbNodes', line: 9, column: 17 },
      ],
    },
    {
      name: 'a namespace selector without allowedUses, which defaults to [Workload, Tunnel]',
      code: pool('namespaceSelector: team == "a"'),
      errors: [{ messageId: 'tunnelNamespace', line: 6, column: 22, message: /^a pool with the Tunnel use \(allowedUses is unset, so it is \[Workload, Tunnel\]\) cannot have a namespaceSelector/ }],
    },
    {
      name: 'Tunnel pool with a namespace selector',
      code: pool('allowedUses: [Tunnel]\nnamespaceSelector: team == "a"'),
      errors: [{ messageId: 'tunnelNamespace', line: 7, column: 22 }],
    },
  ],
});
