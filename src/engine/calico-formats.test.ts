import { describe, expect, it } from 'vitest';
import { CALICO_FORMATS, parseCalicoCidr, parseCalicoCidrOrIp } from './calico-formats.js';
import { network } from './cidr.js';

describe('parseCalicoCidr (cnet.ParseCIDR)', () => {
  it('reads a prefix length with leading zeros as decimal', () => {
    const r = parseCalicoCidr('10.0.0.0/026');
    expect(r.ok && [r.ip.family, network(r.cidr).text, r.maskOnes]).toEqual([4, '10.0.0.0/26', 26]);
  });

  it('reads an IPv4-mapped network as IPv4, with the mask length Go counts', () => {
    const r = parseCalicoCidr('::ffff:10.0.0.0/104');
    expect(r.ok && [r.ip.family, r.cidr.family, network(r.cidr).text, r.maskOnes]).toEqual([4, 4, '10.0.0.0/8', 104]);
  });

  it('keeps the address IPv4 and the network IPv6 when the prefix drops the ffff', () => {
    const r = parseCalicoCidr('::ffff:10.0.0.0/64');
    expect(r.ok && [r.ip.family, r.cidr.family, network(r.cidr).text]).toEqual([4, 6, '::/64']);
  });

  it('reads a bare IPv4-mapped address as an IPv4 /32 (cnet.IP.Network)', () => {
    const r = parseCalicoCidrOrIp('::ffff:10.0.0.5');
    expect(r.ok && [r.ip.family, r.cidr.family, r.cidr.prefix]).toEqual([4, 4, 32]);
  });
});

describe('CALICO_FORMATS with Go net semantics (libcalico-go validator.go)', () => {
  it.each([
    ['calico-net', '10.0.0.0/026', true],
    ['calico-net-v4', '::ffff:10.0.0.0/104', true],
    ['calico-net-v6', '::ffff:10.0.0.0/104', false],
    // validateIPNetwork: ipn.IP.String() "::" is not ipa.String() "10.0.0.0".
    ['calico-net', '::ffff:10.0.0.0/64', false],
    ['calico-cidr', 'fd00::/064', true],
    // ValidateCIDRv4 asks the address's Version, which To4() makes 4 whatever the prefix.
    ['calico-cidr-v4', '::ffff:10.0.0.0/64', true],
    ['calico-cidr-v6', '::ffff:10.0.0.0/64', false],
    ['calico-ipv4', '::ffff:1.2.3.4', true],
    ['calico-ipv6', '::ffff:1.2.3.4', false],
  ])('%s %s: %s', (format, value, ok) => {
    expect(CALICO_FORMATS[format](value)).toBe(ok);
  });
});
