import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ipaddrs-replicas.js';
import { deployment } from './lib/test-manifests.js';

const ADDRS = 'cni.projectcalico.org/ipAddrs';

ruleTester(rule, {
  valid: [
    { name: 'one replica, replaced rather than surged', code: deployment('db', 1, { [ADDRS]: '["10.250.0.5"]' }).replace('  replicas: 1\n', '  replicas: 1\n  strategy: { type: Recreate }\n') },
    { name: 'many replicas without a fixed IP', code: deployment('web', 3, { 'cni.projectcalico.org/ipv4pools': '["default-ipv4-ippool"]' }) },
  ],
  invalid: [
    {
      name: 'one replica rolled out with the default surge: the new pod waits for the address the old one holds',
      code: deployment('db', 1, { [ADDRS]: '["10.250.0.5"]' }),
      errors: [
        {
          messageId: 'surge',
          severity: 'warning',
          line: 11,
          column: 42,
          message:
            '10.250.0.5 is fixed in the pod template of a Deployment of one pod that rolls out with maxSurge 25% (the default): each rollout starts the new pod while the old one holds the address, so the new pod cannot get it and the rollout stalls (the old pod stays until the new one is ready)',
        },
      ],
    },
    {
      name: 'three replicas',
      code: deployment('db', 3, { [ADDRS]: '["10.250.0.5"]' }),
      errors: [{ messageId: 'many', line: 11, column: 42, message: '10.250.0.5 is fixed in the pod template of a Deployment that runs 3 replicas; only one pod can hold it' }],
    },
    {
      name: 'a DaemonSet',
      code: `
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipAddrs: '["10.250.0.9"]'
            spec:
              containers: [{ name: a, image: busybox }]
      `,
      config: { cluster: { nodeCount: 3 } },
      errors: [{ messageId: 'many', line: 8, column: 42, message: /runs one pod on each of 3 nodes/ }],
    },
  ],
});
