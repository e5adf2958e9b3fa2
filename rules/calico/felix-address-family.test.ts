import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { calicoResource } from './lib/test-manifests.js';
import rule from './felix-address-family.js';

const felix = (spec: string) => calicoResource('FelixConfiguration', spec);

ruleTester(rule, {
  valid: [
    { name: 'addresses of the right families', code: felix('natOutgoingAddress: 192.0.2.1\ndeviceRouteSourceAddress: 192.0.2.2\ndeviceRouteSourceAddressIPv6: "fd00::2"\nexternalNodesList: [1.1.1.1, 1.1.1.2/32, 1.1.3.0/23]') },
    // validateFelixConfigSpec: cnet.ParseIP / ParseCIDROrIP, Version() by To4().
    { name: 'IPv4-mapped addresses are IPv4; a prefix length with a leading zero', code: felix('natOutgoingAddress: "::ffff:192.0.2.1"\nexternalNodesList: ["::ffff:1.1.1.1", 1.1.3.0/023]') },
  ],
  invalid: [
    {
      name: 'an IPv4-mapped address is not IPv6',
      code: felix('deviceRouteSourceAddressIPv6: "::ffff:192.0.2.1"'),
      errors: [{ messageId: 'address', line: 5, column: 33, message: 'deviceRouteSourceAddressIPv6 "::ffff:192.0.2.1" is not an IPv6 address' }],
    },
    {
      name: 'a CIDR, the wrong families and a host name',
      code: felix('natOutgoingAddress: 10.0.0.0/24\ndeviceRouteSourceAddressIPv6: 10.0.0.1\nexternalNodesList: [foobar, "abcd::1"]'),
      errors: [
        { messageId: 'address', line: 5, column: 23, message: 'natOutgoingAddress "10.0.0.0/24" is not an IPv4 address' },
        { messageId: 'address', line: 6, column: 33 },
        { messageId: 'external', line: 7, column: 23, message: /not an address or CIDR/ },
        { messageId: 'external', line: 7, column: 31, message: /IPv6/ },
      ],
    },
  ],
});
