import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { calicoResource } from './lib/test-manifests.js';
import rule from './felix-address-family.js';

const felix = (spec: string) => calicoResource('FelixConfiguration', spec);

ruleTester(rule, {
  valid: [
    { name: 'addresses of the right families', code: felix('natOutgoingAddress: 192.0.2.1\ndeviceRouteSourceAddress: 192.0.2.2\ndeviceRouteSourceAddressIPv6: "fd00::2"\nexternalNodesList: [1.1.1.1, 1.1.1.2/32, 1.1.3.0/23]') },
  ],
  invalid: [
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
