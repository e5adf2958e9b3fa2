import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './node-bgp-empty.js';

// Calico v3.32.1 libcalico-go/lib/validator/v3/validator.go validateNodeSpec (:1514-1522):
// `reflect.DeepEqual(*ns.BGP, internalapi.NodeBGPSpec{})` is "Spec.BGP should not be empty". NodeBGPSpec
// (libcalico-go/lib/apis/internalapi/node.go:112-127) has an *ASNumber and four strings, so a field written
// "" or null decodes to its zero value and leaves the section empty.

ruleTester(rule, {
  valid: [
    { name: 'a BGP address', code: `
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata: { name: n }
      spec: { bgp: { ipv4Address: 10.0.0.1/24 } }
    ` },
    { name: 'no BGP section', code: `
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata: { name: n }
      spec: { ipv4VXLANTunnelAddr: 10.0.0.1 }
    ` },
  ],
  invalid: [
    {
      name: 'an empty BGP section',
      code: `
        apiVersion: projectcalico.org/v3
        kind: Node
        metadata: { name: n }
        spec:
          bgp: {}
      `,
      errors: [{ messageId: 'empty', line: 5, column: 3, message: 'spec.bgp should not be empty' }],
    },
    {
      name: 'a BGP section whose fields are all empty strings is empty',
      code: `
        apiVersion: projectcalico.org/v3
        kind: Node
        metadata: { name: n }
        spec:
          bgp: { ipv4Address: "", routeReflectorClusterID: "" }
      `,
      errors: [{ messageId: 'empty', line: 5, column: 3 }],
    },
    {
      name: 'a BGP section with only a null AS number is empty',
      code: `
        apiVersion: projectcalico.org/v3
        kind: Node
        metadata: { name: n }
        spec:
          bgp: { asNumber: null }
      `,
      errors: [{ messageId: 'empty', line: 5, column: 3 }],
    },
  ],
});
