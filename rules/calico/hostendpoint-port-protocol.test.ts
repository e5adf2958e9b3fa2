import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './hostendpoint-port-protocol.js';

const hep = (ports: string) => `apiVersion: projectcalico.org/v3\nkind: HostEndpoint\nmetadata: { name: h }\nspec:\n  node: n1\n  interfaceName: eth0\n  ports: ${ports}\n`;

ruleTester(rule, {
  valid: [{ name: 'TCP, udp and SCTP by number', code: hep('[{ name: http, port: 80, protocol: TCP }, { name: dns, port: 53, protocol: udp }, { name: s, port: 9, protocol: 132 }]') }],
  invalid: [
    {
      name: 'an ICMP port',
      code: hep('[{ name: ping, port: 8, protocol: ICMP }]'),
      errors: [{ messageId: 'protocol', line: 7, column: 44, message: 'port ping has protocol ICMP, which has no ports: Calico accepts TCP, UDP or SCTP' }],
    },
  ],
});
