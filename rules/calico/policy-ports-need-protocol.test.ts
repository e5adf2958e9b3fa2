import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './policy-ports-need-protocol.js';

// Calico v3.32.1: libcalico-go/lib/validator/v3/validator.go validateRule (:1331-1347: with no protocol,
// `!numorstring.AllPortsAreNamed(...)` refuses each of Source/Destination Ports/NotPorts), and
// api/pkg/lib/numorstring/port.go PortFromString (:62-63 allDigits `^\d+$`, portRange `^(\d+):(\d+)$`; any other
// text is a named port, :93) and AllPortsAreNamed (:156-163: every port must be named).

const policy = (rule: string) => `
  apiVersion: projectcalico.org/v3
  kind: NetworkPolicy
  metadata: { name: p, namespace: x }
  spec:
    ingress:
      - action: Allow
${rule.replace(/^/gm, '        ')}
`;

ruleTester(rule, {
  valid: [
    { name: 'TCP ports', code: policy(`protocol: TCP\ndestination: { ports: [80] }`) },
    // SupportsPorts takes Calico's v1 spellings (numorstring ProtocolTCPV1 "tcp"); the name is calico/policy-field-values'.
    { name: 'lowercase tcp and udp have ports', code: policy(`protocol: tcp\ndestination: { ports: [80] }`) },
    { name: 'named port only', code: policy(`destination: { ports: [http] }`) },
    // Neither all digits nor digits:digits, so PortFromString makes named ports of them (port.go:70, :80, :93).
    { name: 'named ports with digits in them (web80, 8080-alt) need no protocol', code: policy(`destination: { ports: [web80, 8080-alt] }`) },
  ],
  invalid: [
    {
      name: 'a named port with a protocol that has no ports (validator.go SupportsPorts)',
      code: policy(`protocol: ICMP\ndestination: { ports: [http] }`),
      errors: [{ messageId: 'wrong', line: 7, column: 17, message: 'destination ports are set but the protocol is ICMP, which has no ports' }],
    },
    {
      name: 'ports without protocol',
      code: policy(`destination:\n  ports: [80, 443]`),
      errors: [{ messageId: 'missing', line: 8, column: 9, message: 'destination ports are set but the rule has no protocol; Calico needs TCP, UDP or SCTP with numeric ports' }],
    },
    {
      name: 'ports with ICMP',
      code: policy(`protocol: ICMP\nsource: { notPorts: ["1:1024"] }`),
      errors: [{ messageId: 'wrong', line: 7, column: 17, message: /protocol is ICMP/ }],
    },
    {
      name: 'a port number written as a string is numeric (port.go:70-77: all digits is a single port)',
      code: policy(`destination: { ports: ["8080"] }`),
      errors: [{ messageId: 'missing', line: 7, column: 22, message: 'destination ports are set but the rule has no protocol; Calico needs TCP, UDP or SCTP with numeric ports' }],
    },
    {
      name: 'a port range written as a string is numeric (port.go:80-90: digits:digits is a range)',
      code: policy(`source: { ports: ["1000:2000"] }`),
      errors: [{ messageId: 'missing', line: 7, column: 17, message: /^source ports are set but the rule has no protocol/ }],
    },
    {
      name: 'a named port next to a numeric one: AllPortsAreNamed needs every port named',
      code: policy(`destination: { ports: [http, 8080] }`),
      errors: [{ messageId: 'missing', line: 7, column: 22 }],
    },
    {
      name: 'numeric notPorts without ports: the finding points at notPorts',
      code: policy(`destination:\n  notPorts: [22]`),
      errors: [{ messageId: 'missing', line: 8, column: 9 }],
    },
    {
      // Rule.Protocol is a *numorstring.Protocol: null decodes to nil, the `rule.Protocol == nil` branch (validator.go:1331).
      name: 'protocol: null is no protocol',
      code: policy(`protocol: null\ndestination: { ports: [80] }`),
      errors: [{ messageId: 'missing', line: 8, column: 22 }],
    },
  ],
});
