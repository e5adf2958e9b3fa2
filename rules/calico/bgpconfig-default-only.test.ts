// Calico's calicoctl tests apply a BGPConfiguration `bgpconfiguration1` with nodeToNodeMeshEnabled
// and expect the refusal (calicoctl/tests/st, v3.32.1).
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './bgpconfig-default-only.js';

const config = (name: string, spec: string) => `apiVersion: projectcalico.org/v3\nkind: BGPConfiguration\nmetadata: {name: ${name}}\nspec:\n${spec}`;

ruleTester(rule, {
  valid: [
    { name: 'the default configuration sets them', code: config('default', '  nodeToNodeMeshEnabled: false\n  asNumber: 64512\n  serviceClusterIPs: [{cidr: 10.96.0.0/12}]\n') },
    { name: 'a per-node configuration with per-node settings and empty service lists', code: config('node.worker-1', '  logSeverityScreen: Debug\n  listenPort: 1790\n  serviceClusterIPs: []\n') },
  ],
  invalid: [
    {
      name: 'nodeToNodeMeshEnabled and asNumber on a configuration not named default',
      code: config('bgpconfiguration1', '  logSeverityScreen: Debug\n  nodeToNodeMeshEnabled: true\n  asNumber: 64512\n  serviceExternalIPs: [{cidr: 192.0.2.0/24}]\n'),
      errors: [
        { messageId: 'defaultOnly', line: 6, column: 26, message: 'nodeToNodeMeshEnabled is set on BGPConfiguration bgpconfiguration1, and only the one named default may set it: Calico refuses the object ("Cannot set nodeToNodeMeshEnabled on a non default BGP Configuration.")' },
        // clientv3 names some by the Go field (bgpconfig.go ValidateDefaultOnlyFields).
        { messageId: 'defaultOnly', line: 7, column: 13, message: /^asNumber is set on BGPConfiguration bgpconfiguration1, .*\("Cannot set ASNumber on a non default BGP Configuration\."\)$/ },
        { messageId: 'defaultOnly', line: 8, column: 3, message: /^serviceExternalIPs is set/ },
      ],
    },
  ],
});
