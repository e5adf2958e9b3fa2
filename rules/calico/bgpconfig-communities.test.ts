import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './bgpconfig-communities.js';
import { calicoResource } from './lib/test-manifests.js';

const config = (spec: string) => calicoResource('BGPConfiguration', spec);

ruleTester(rule, {
  valid: [
    { name: 'named and literal communities used by an advertisement', code: config('communities:\n  - { name: bgp-large-community, value: "63400:300:100" }\nprefixAdvertisements:\n  - cidr: 172.218.4.0/26\n    communities: [bgp-large-community, "63400:120"]') },
    { name: 'no communities at all', code: config('asNumber: 64512') },
    // Each part of a standard community is 16 bits, of a large one 32 bits: the largest values are valid.
    { name: 'parts at their largest', code: config('communities:\n  - { name: s, value: "65535:65535" }\n  - { name: l, value: "4294967295:4294967295:4294967295" }\nprefixAdvertisements:\n  - cidr: 172.218.4.0/26\n    communities: [s, l]') },
  ],
  invalid: [
    {
      name: 'a 16-bit part too large, and defined communities nobody uses',
      code: config('communities:\n  - { name: c, value: "65536:1" }'),
      errors: [
        { messageId: 'unused', line: 5, column: 3 },
        { messageId: 'value', line: 6, column: 25, message: 'community 65536:1 has a part above 65535 (16-bit values)' },
      ],
    },
    {
      name: 'an undefined community name and a 32-bit part too large in an advertisement',
      code: config('prefixAdvertisements:\n  - cidr: 172.218.4.0/26\n    communities: [nosuch, "1:2:4294967296"]'),
      errors: [
        { messageId: 'undefinedName', line: 7, column: 21 },
        { messageId: 'value', line: 7, column: 29, message: /32-bit/ },
      ],
    },
  ],
});
