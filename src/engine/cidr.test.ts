import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  type Cidr,
  contains,
  containsIp,
  formatCidr,
  formatIp,
  goIpNet,
  isMasked,
  network,
  overlaps,
  parseCidr,
  parseGoCidr,
  parseGoIp,
  parseLegacyCidr,
  parseIp,
  parseIpResult,
  sameFamily,
  size,
} from './cidr.js';

function cidr(text: string): Cidr {
  const result = parseCidr(text);
  if (!result.ok) throw new Error(result.error);
  return result.cidr;
}

function cidrError(text: string): string {
  const result = parseCidr(text);
  if (result.ok) throw new Error(`expected "${text}" to be rejected`);
  return result.error;
}

describe('parseIp', () => {
  it.each([
    ['0.0.0.0', 4, 0n],
    ['10.0.0.1', 4, 0x0a000001n],
    ['255.255.255.255', 4, 0xffffffffn],
    ['::', 6, 0n],
    ['::1', 6, 1n],
    ['1::', 6, 1n << 112n],
    ['2001:db8::8:800:200c:417a', 6, 0x20010db80000000000080800200c417an],
    ['2001:DB8:0:0:8:800:200C:417A', 6, 0x20010db80000000000080800200c417an],
    ['0001:0db8:0000:0000:0000:0000:0000:0001', 6, 0x00010db8000000000000000000000001n],
    ['::ffff:1.2.3.4', 6, 0xffff01020304n],
    ['0:0:0:0:0:ffff:1.2.3.4', 6, 0xffff01020304n],
    ['64:ff9b::192.0.2.33', 6, 0x0064ff9b0000000000000000c0000221n],
    ['1:2:3:4:5:6:7::', 6, 0x00010002000300040005000600070000n],
  ])('accepts %s', (text, family, value) => {
    expect(parseIp(text)).toEqual({ family, value });
  });

  it.each([
    ['', 'empty address'],
    ['010.0.0.1', 'leading zero'],
    ['1.2.3.04', 'leading zero'],
    ['256.0.0.1', 'larger than 255'],
    ['1.2.3', 'exactly four'],
    ['1.2.3.4.5', 'exactly four'],
    ['1.2.3.', 'not a decimal number'],
    ['1.2.3.-4', 'not a decimal number'],
    [' 1.2.3.4', 'not a decimal number'],
    ['fe80::1%eth0', 'zone identifiers'],
    ['1::2::3', 'only once'],
    ['1:2:3:4:5:6:7:8:9', 'needs 8 groups, found 9'],
    ['1:2:3:4:5:6:7', 'needs 8 groups, found 7'],
    ['1:2:3:4::5:6:7:8', 'too many groups'],
    ['12345::', 'not a group of 1 to 4 hexadecimal digits'],
    ['g::', 'not a group'],
    [':1:2:3:4:5:6:7', 'empty group'],
    ['1:2:3:4:5:6:7:', 'empty group'],
    [':::', 'empty group'],
    ['1.2.3.4::', 'not a group'],
    ['::ffff:1.2.3.256', 'embedded IPv4 address "1.2.3.256"'],
    ['::1.2.3', 'embedded IPv4'],
  ])('rejects %j (%s)', (text, reason) => {
    expect(parseIp(text)).toBeNull();
    const result = parseIpResult(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(reason);
  });

  it('names the family it tried in the error', () => {
    expect(parseIpResult('10.0.0.300')).toEqual({
      ok: false,
      error: '"10.0.0.300" is not a valid IPv4 address: 300 is larger than 255',
    });
    expect(parseIpResult('fe80::1%eth0')).toEqual({
      ok: false,
      error: '"fe80::1%eth0" is not a valid IPv6 address: zone identifiers ("%eth0") are not allowed',
    });
  });
});

describe('formatIp (RFC 5952)', () => {
  it.each([
    ['10.0.0.1', '10.0.0.1'],
    ['2001:DB8:0:0:8:800:200C:417A', '2001:db8::8:800:200c:417a'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    // A single zero group is not compressed.
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    // The longest run wins; on a tie the first run wins.
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['1:0:0:0:0:0:0:0', '1::'],
    ['::ffff:0102:0304', '::ffff:1.2.3.4'],
    ['::1.2.3.4', '::102:304'],
  ])('%s → %s', (text, expected) => {
    const ip = parseIp(text);
    expect(ip).not.toBeNull();
    expect(formatIp(ip!)).toBe(expected);
  });
});

describe('parseCidr', () => {
  it('keeps the address as written and the original text', () => {
    expect(cidr('10.1.2.3/8')).toEqual({ family: 4, addr: 0x0a010203n, prefix: 8, text: '10.1.2.3/8' });
    expect(cidr('fd00::/8')).toEqual({ family: 6, addr: 0xfdn << 120n, prefix: 8, text: 'fd00::/8' });
    expect(cidr('0.0.0.0/0').prefix).toBe(0);
    expect(cidr('::/128').prefix).toBe(128);
  });

  it('gives user-facing error messages', () => {
    expect(cidrError('10.0.0.0/33')).toBe('"10.0.0.0/33": prefix length 33 is out of range for IPv4 (0-32)');
    expect(cidrError('fd00::/129')).toBe('"fd00::/129": prefix length 129 is out of range for IPv6 (0-128)');
    expect(cidrError('10.0.0.0')).toBe('"10.0.0.0": missing prefix length (e.g. "10.0.0.0/32")');
    expect(cidrError('fd00::1')).toBe('"fd00::1": missing prefix length (e.g. "fd00::1/128")');
    expect(cidrError('banana')).toContain('missing prefix length, and "banana" is not a valid IPv4 address');
    expect(cidrError('010.0.0.0/8')).toBe(
      '"010.0.0.0/8": "010.0.0.0" is not a valid IPv4 address: "010" has a leading zero, which some tools read as octal',
    );
    expect(cidrError('10.0.0.0/')).toBe('"10.0.0.0/": prefix length "" is not a decimal number');
    expect(cidrError('10.0.0.0/-1')).toBe('"10.0.0.0/-1": prefix length "-1" is not a decimal number');
    expect(cidrError('10.0.0.0/8/8')).toBe('"10.0.0.0/8/8": prefix length "8/8" is not a decimal number');
    expect(cidrError('10.0.0.0/08')).toBe('"10.0.0.0/08": prefix length "08" has a leading zero');
    expect(cidrError('10.0.0.0/ 8')).toContain('is not a decimal number');
  });
});

function goCidr(text: string): Cidr {
  const result = parseGoCidr(text);
  if (!result.ok) throw new Error(result.error);
  return result.cidr;
}

describe('parseGoCidr (Go net.ParseCIDR)', () => {
  // Each case was run through net.ParseCIDR (Go 1.19): dtoi reads every digit run as decimal.
  it.each([
    ['10.0.0.0/026', 4, 26],
    ['10.0.0.0/0026', 4, 26],
    ['10.0.0.0/00000000000000000000000000000026', 4, 26],
    ['10.0.0.0/00', 4, 0],
    ['fd00::/064', 6, 64],
    ['fd00::/0128', 6, 128],
  ])('reads the prefix length of %s with its leading zeros as decimal', (text, family, prefix) => {
    expect(goCidr(text)).toMatchObject({ family, prefix, text });
    expect(parseCidr(text).ok).toBe(false);
  });

  it.each([
    ['10.0.0.0/+26', 'not a decimal number'],
    ['10.0.0.0/ 26', 'not a decimal number'],
    ['10.0.0.0/26 ', 'not a decimal number'],
    ['10.0.0.0/', 'not a decimal number'],
    ['10.0.0.0/0x1a', 'not a decimal number'],
    ['10.0.0.0/033', 'out of range for IPv4'],
    ['fd00::/0129', 'out of range for IPv6'],
    ['10.0.0.0/16777215', 'out of range'],
    ['010.0.0.0/8', 'leading zero'],
    ['10.0.0.01/32', 'leading zero'],
    ['fe80::1%eth0/64', 'zone identifiers'],
    // Go 1.19 still took five hex digits; net.ParseCIDR reads the address with netip.ParseAddr
    // since golang/go#58098, which refuses them.
    ['00001::/16', 'not a group of 1 to 4 hexadecimal digits'],
    ['10.0.0.0', 'missing prefix length'],
  ])('refuses %j as Go does (%s)', (text, reason) => {
    const result = parseGoCidr(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(reason);
  });

  it('keeps an IPv4-mapped network 128 bits long, as Go\'s mask is', () => {
    expect(goCidr('::ffff:10.0.0.0/0104')).toMatchObject({ family: 6, addr: 0xffff0a000000n, prefix: 104 });
  });
});

describe('goIpNet (what Go\'s IPNet methods read)', () => {
  const net = (text: string) => goIpNet(goCidr(text));

  // ParseCIDR, then IPNet.String(): "10.0.0.0/8", "0.0.0.0/0", "1.2.3.0/24", "10.0.0.0/32".
  it.each([
    ['::ffff:10.0.0.0/104', '10.0.0.0/8'],
    ['0:0:0:0:0:ffff:10.0.0.0/104', '10.0.0.0/8'],
    ['::ffff:a00:0/104', '10.0.0.0/8'],
    ['::ffff:10.0.0.0/96', '0.0.0.0/0'],
    ['::ffff:1.2.3.4/120', '1.2.3.0/24'],
    ['::ffff:10.0.0.0/128', '10.0.0.0/32'],
  ])('reads %s as the IPv4 network %s', (text, expected) => {
    const c = net(text);
    expect(c.family).toBe(4);
    expect(network(c).text).toBe(expected);
    expect(c.text).toBe(text);
  });

  // With a prefix under 96 the mask drops the ffff: "::/64", "::ff00:0:0/88", IPv6.
  it.each([
    ['::ffff:10.0.0.0/64', '::/64'],
    ['::ffff:10.0.0.0/88', '::ff00:0:0/88'],
    ['fd00::/8', 'fd00::/8'],
    ['10.0.0.0/8', '10.0.0.0/8'],
  ])('leaves %s as it is (%s)', (text, expected) => {
    expect(net(text)).toEqual(goCidr(text));
    expect(network(net(text)).text).toBe(expected);
  });
});

describe('parseGoIp (Go net.ParseIP and To4)', () => {
  it.each([
    ['::ffff:1.2.3.4', 4, 0x01020304n],
    ['::ffff:0102:0304', 4, 0x01020304n],
    ['0:0:0:0:0:ffff:1.2.3.4', 4, 0x01020304n],
    ['1.2.3.4', 4, 0x01020304n],
    ['::1.2.3.4', 6, 0x01020304n],
    ['fd00::1', 6, (0xfd00n << 112n) | 1n],
  ])('reads %s in the family To4() gives', (text, family, value) => {
    expect(parseGoIp(text)).toEqual({ family, value });
  });

  it.each(['01.2.3.4', '1.2.3.04', '00001::1', 'fe80::1%eth0', '::ffff:1.2.3.4%eth0'])('refuses %j as Go does', (text) => {
    expect(parseGoIp(text)).toBeNull();
  });
});

describe('parseLegacyCidr', () => {
  it('reads leading zeros as decimal and says so, as ParseCIDRSloppy does', () => {
    const r = parseLegacyCidr('010.0.0.0/08');
    expect(r.ok && r.cidr.text).toBe('10.0.0.0/8');
    expect(r.ok && r.zerosDropped).toBe(true);
    const v6 = parseLegacyCidr('fd00::/064');
    expect(v6.ok && [v6.cidr.text, v6.zerosDropped]).toEqual(['fd00::/64', true]);
  });

  it('is parseCidr for canonical text and for what stays invalid', () => {
    expect(parseLegacyCidr('10.0.0.0/8')).toEqual(parseCidr('10.0.0.0/8'));
    expect(parseLegacyCidr('10.0.0.0/8')).not.toHaveProperty('zerosDropped');
    expect(parseLegacyCidr('0256.0.0.0/8')).toEqual(parseCidr('0256.0.0.0/8'));
    expect(parseLegacyCidr('10.0.0/8').ok).toBe(false);
  });
});

describe('masking', () => {
  it('isMasked tells whether host bits are set', () => {
    expect(isMasked(cidr('10.0.0.0/8'))).toBe(true);
    expect(isMasked(cidr('10.0.0.1/8'))).toBe(false);
    expect(isMasked(cidr('10.0.0.1/32'))).toBe(true);
    expect(isMasked(cidr('0.0.0.0/0'))).toBe(true);
    expect(isMasked(cidr('1.0.0.0/0'))).toBe(false);
    expect(isMasked(cidr('fd00::1/64'))).toBe(false);
    expect(isMasked(cidr('fd00::/64'))).toBe(true);
  });

  it('network clears host bits and canonicalises the text', () => {
    expect(network(cidr('10.1.2.3/8'))).toEqual({ family: 4, addr: 0x0a000000n, prefix: 8, text: '10.0.0.0/8' });
    expect(network(cidr('FD00:0:0:0:1::5/64')).text).toBe('fd00::/64');
    expect(network(cidr('192.168.1.77/26')).text).toBe('192.168.1.64/26');
  });

  it('formatCidr keeps host bits but normalises the spelling', () => {
    expect(formatCidr(cidr('FD00:0000::0001/64'))).toBe('fd00::1/64');
    expect(formatCidr(cidr('10.1.2.3/8'))).toBe('10.1.2.3/8');
  });
});

describe('set relations', () => {
  it('size counts addresses', () => {
    expect(size(cidr('10.0.0.0/8'))).toBe(16777216n);
    expect(size(cidr('10.0.0.0/32'))).toBe(1n);
    expect(size(cidr('0.0.0.0/0'))).toBe(1n << 32n);
    expect(size(cidr('::/0'))).toBe(1n << 128n);
    expect(size(cidr('fd00::/64'))).toBe(1n << 64n);
  });

  // [a, b, contains(a, b), contains(b, a)]; overlaps(a, b) must be true exactly when one contains the other.
  it.each<[string, string, boolean, boolean]>([
    ['10.96.0.0/12', '10.96.0.0/16', true, false], // the classic pod/service clash
    ['10.244.0.0/16', '10.96.0.0/12', false, false],
    ['10.0.0.0/8', '11.0.0.0/16', false, false],
    ['10.1.2.3/8', '10.200.0.0/16', true, false], // host bits are ignored
    ['192.168.1.0/24', '192.168.0.0/16', false, true],
    ['192.168.1.0/24', '192.168.2.0/24', false, false],
    ['192.168.1.0/24', '192.168.1.128/24', true, true],
    ['0.0.0.0/0', '1.2.3.4/32', true, false],
    ['::/0', '1.2.3.4/32', false, false], // families never mix
    ['::/0', '0.0.0.0/0', false, false],
    ['fd00::/8', 'fd12:3456::/48', true, false],
  ])('%s vs %s', (a, b, aContainsB, bContainsA) => {
    expect(contains(cidr(a), cidr(b))).toBe(aContainsB);
    expect(contains(cidr(b), cidr(a))).toBe(bContainsA);
    expect(overlaps(cidr(a), cidr(b))).toBe(aContainsB || bContainsA);
  });

  it('containsIp checks family and network bits', () => {
    expect(containsIp(cidr('10.0.0.0/8'), parseIp('10.255.255.255')!)).toBe(true);
    expect(containsIp(cidr('10.0.0.0/8'), parseIp('11.0.0.0')!)).toBe(false);
    expect(containsIp(cidr('::/0'), parseIp('10.0.0.1')!)).toBe(false);
    expect(containsIp(cidr('::ffff:0:0/96'), parseIp('::ffff:10.0.0.1')!)).toBe(true);
  });

  it('sameFamily compares families only', () => {
    expect(sameFamily(cidr('10.0.0.0/8'), parseIp('1.1.1.1')!)).toBe(true);
    expect(sameFamily(cidr('10.0.0.0/8'), cidr('::/0'))).toBe(false);
  });
});

describe('properties', () => {
  const v4 = fc.record({
    family: fc.constant(4 as const),
    addr: fc.bigInt({ min: 0n, max: (1n << 32n) - 1n }),
    prefix: fc.integer({ min: 0, max: 32 }),
  });
  const v6 = fc.record({
    family: fc.constant(6 as const),
    // Bias towards zero groups so that "::" compression is exercised.
    addr: fc
      .array(fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 0xffffn })), { minLength: 8, maxLength: 8 })
      .map((groups) => groups.reduce((acc, g) => (acc << 16n) | g, 0n)),
    prefix: fc.integer({ min: 0, max: 128 }),
  });
  const anyCidr = fc.oneof(v4, v6).map((c): Cidr => ({ ...c, text: formatCidr(c) }));
  // Small v4 blocks inside 10.0.0.0/16 so that nesting and overlaps are frequent.
  const nearbyCidr = fc
    .record({ addr: fc.bigInt({ min: 0n, max: 0xffffn }), prefix: fc.integer({ min: 16, max: 32 }) })
    .map(({ addr, prefix }) => cidr(`${formatIp({ family: 4, value: 0x0a000000n | addr })}/${prefix}`));

  it('formatCidr output parses back to the same CIDR', () => {
    fc.assert(
      fc.property(anyCidr, (c) => {
        const back = cidr(formatCidr(c));
        expect([back.family, back.addr, back.prefix]).toEqual([c.family, c.addr, c.prefix]);
        expect(formatCidr(back)).toBe(c.text);
      }),
    );
  });

  it('overlaps is symmetric', () => {
    fc.assert(fc.property(nearbyCidr, nearbyCidr, (a, b) => overlaps(a, b) === overlaps(b, a)));
  });

  it('mutual containment means equal networks', () => {
    fc.assert(
      fc.property(nearbyCidr, nearbyCidr, (a, b) => {
        const equal = network(a).text === network(b).text;
        return (contains(a, b) && contains(b, a)) === equal;
      }),
    );
  });

  it('overlaps agrees with a brute-force address check', () => {
    fc.assert(
      fc.property(nearbyCidr, nearbyCidr, (a, b) => {
        const first = network(b).addr;
        const last = first + size(b) - 1n;
        const brute = containsIp(a, { family: 4, value: first }) || containsIp(a, { family: 4, value: last }) ||
          containsIp(b, { family: 4, value: network(a).addr });
        return overlaps(a, b) === brute;
      }),
    );
  });

  it('network is masked, idempotent and contained in the original', () => {
    fc.assert(
      fc.property(anyCidr, (c) => {
        const n = network(c);
        return isMasked(n) && network(n).text === n.text && contains(c, n) && contains(n, c);
      }),
    );
  });
});

describe('parseLegacyIp', () => {
  it('reads IPv4 numbers with leading zeros as decimal, as k8s.io/utils/net ParseIPSloppy does', async () => {
    const { parseLegacyIp, parseIp } = await import('./cidr.js');
    expect(parseLegacyIp('00192.00168.1.5')).toEqual(parseIp('192.168.1.5'));
    expect(parseLegacyIp('010.0.0.1')).toEqual(parseIp('10.0.0.1'));
    expect(parseLegacyIp('0256.0.0.1')).toBeNull();
    expect(parseLegacyIp('fd00::1')).toEqual(parseIp('fd00::1'));
    expect(parseLegacyIp('10.0.0')).toBeNull();
  });
});
