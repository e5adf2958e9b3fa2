import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './hostendpoint-field-values.js';

ruleTester(rule, {
  valid: [
    { name: 'an interface with expected IPs and a named port', code: `
      apiVersion: projectcalico.org/v3
      kind: HostEndpoint
      metadata: { name: node1-eth0 }
      spec:
        node: node1
        interfaceName: eth0
        expectedIPs: [192.0.2.10]
        ports: [{ name: ssh, port: 22, protocol: TCP }]
    ` },
  ],
  invalid: [
    {
      name: 'an interface name too long, a CIDR as expected IP, port 0',
      code: `
        apiVersion: projectcalico.org/v3
        kind: HostEndpoint
        metadata: { name: node1-eth0 }
        spec:
          node: node1
          interfaceName: a-very-long-interface
          expectedIPs: [192.0.2.0/24]
          ports: [{ name: ssh, port: 0, protocol: TCP }]
      `,
      errors: [
        { messageId: 'violation', line: 6, column: 18 },
        { messageId: 'violation', line: 7, column: 17, message: /an IP address/ },
        { messageId: 'violation', line: 8, column: 30 },
      ],
    },
  ],
});
