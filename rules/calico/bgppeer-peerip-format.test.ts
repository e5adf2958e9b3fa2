import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule, { peerIpProblem } from './bgppeer-peerip-format.js';

const peer = (peerIP: string) => `
  apiVersion: projectcalico.org/v3
  kind: BGPPeer
  metadata: { name: tor }
  spec:
    peerIP: "${peerIP}"
    asNumber: 64512
`;

describe('peerIpProblem', () => {
  // An IPv4 address in brackets with a port passes Calico's processIPPort (IPv6PortFormat's characters, net.SplitHostPort, net.ParseIP).
  it.each(['192.0.2.10', '192.0.2.10:1790', '2001:db8::10', '[2001:db8::10]:1790', '192.168.0.1:65535', '[10.0.0.1]:179', '[::ffff:10.0.0.1]:179', '192.0.2.10:000179', '192.0.2.10:1', '[2001:db8::10]:1'])('accepts %s', (text) => {
    expect(peerIpProblem(text)).toBeNull();
  });
  it.each([
    ['192.168.0.0:0', 'badPort'],
    ['192.168.0.1:65536', 'badPort'],
    ['192.168.0.1:99999999999999999999', 'badPort'],
    ['192.168.0.1:+179', 'badPort'],
    ['192.168.0.1:179x', 'badPort'],
    ['[2001:db8::10]:x179', 'badPort'],
    ['[9000::]:', 'badPort'],
    ['[9000::]', 'badPort'],
    [':8552', 'notIp'],
    ['10.0.0.256', 'notIp'],
    ['tor-1.example.com', 'notIp'],
    ['2001:db8::10:179x', 'notIp'],
    ['[tor-1.example.com]:179', 'portOnV6InBrackets'],
    ['[fe80::1%eth0]:179', 'portOnV6InBrackets'],
    // Nine groups: not an address, though its first eight and the digits after the last colon would be one with a port.
    ['2001:db8:0:0:0:0:0:10:179', 'needsBrackets'],
    ['2001:db8::10:179', null],
  ])('%s -> %s', (text, id) => {
    expect(peerIpProblem(text)?.messageId ?? null).toBe(id);
  });
});

ruleTester(rule, {
  valid: [
    { name: 'an IPv4 peer', code: peer('192.0.2.10') },
    { name: 'an IPv6 peer with a port', code: peer('[2001:db8::10]:1790') },
    { name: 'a selector peer has no peerIP', code: 'apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: { name: rr }\nspec: { peerSelector: route-reflector == "true" }\n' },
  ],
  invalid: [
    {
      name: 'port 0',
      code: peer('192.168.0.0:0'),
      errors: [{ messageId: 'badPort', line: 5, column: 11, message: 'peerIP port 0 is not a port from 1 to 65535' }],
    },
    {
      name: 'a host name',
      code: peer('tor-1.example.com'),
      errors: [{ messageId: 'notIp', line: 5, column: 11, message: 'peerIP "tor-1.example.com" is not an IP address (with an optional port)' }],
    },
  ],
});
