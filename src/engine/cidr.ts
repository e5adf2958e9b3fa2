/**
 * IPv4 and IPv6 addresses and CIDR blocks as bigints.
 *
 * `parseIp` and `parseCidr` are strict on purpose, as Kubernetes 1.36 reads its fields (netip):
 * what it would reject (or, worse, read differently) must not be accepted. What Calico, flannel,
 * Multus and the CNI plugins read goes through Go's `net` package instead: `parseGoCidr`,
 * `parseGoIp` and `goIpNet`. The error strings become user-facing findings, so they quote the input
 * and say what is wrong with it.
 */
import { BoundedCache } from './bounded-cache.js';

export type IpFamily = 4 | 6;

export interface Ip {
  family: IpFamily;
  value: bigint;
}

export interface Cidr {
  family: IpFamily;
  /** The address exactly as written; it may have host bits set (see `isMasked`, `network`). */
  addr: bigint;
  prefix: number;
  /** The input text, untouched. */
  text: string;
}

export type IpResult = { ok: true; ip: Ip } | { ok: false; error: string };
export type CidrResult = { ok: true; cidr: Cidr } | { ok: false; error: string };

const BITS: Record<IpFamily, number> = { 4: 32, 6: 128 };

export function familyBits(family: IpFamily): number {
  return BITS[family];
}

const DECIMAL = /^[0-9]+$/;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/**
 * Parses an IPv4 dotted quad to its 32-bit value, or returns why it is not one.
 * Leading zeros are rejected because some parsers read `010` as octal (8) and others as decimal (10).
 */
function parseIpv4Value(text: string): bigint | string {
  const parts = text.split('.');
  if (parts.length !== 4) return 'an IPv4 address needs exactly four dot-separated numbers';
  // Summed as a Number (32 bits fit exactly) and made a bigint once: bigint steps cost far more.
  let value = 0;
  for (const part of parts) {
    if (!DECIMAL.test(part)) return `"${part}" is not a decimal number from 0 to 255`;
    if (part.length > 1 && part.startsWith('0')) {
      return `"${part}" has a leading zero, which some tools read as octal`;
    }
    const n = Number(part);
    if (n > 255) return `${part} is larger than 255`;
    value = value * 256 + n;
  }
  return BigInt(value);
}

/** Parses the 16-bit groups of one side of `::` (an empty side has no groups). */
function parseGroups(side: string, allowTrailingIpv4: boolean): bigint[] | string {
  if (side === '') return [];
  const pieces = side.split(':');
  const groups: bigint[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (allowTrailingIpv4 && i === pieces.length - 1 && piece.includes('.')) {
      const v4 = parseIpv4Value(piece);
      if (typeof v4 === 'string') return `embedded IPv4 address "${piece}": ${v4}`;
      groups.push(v4 >> 16n, v4 & 0xffffn);
    } else if (HEX_GROUP.test(piece)) {
      groups.push(BigInt(`0x${piece}`));
    } else {
      return piece === ''
        ? 'empty group (only one "::" is allowed and a single ":" cannot start or end an address)'
        : `"${piece}" is not a group of 1 to 4 hexadecimal digits`;
    }
  }
  return groups;
}

function parseIpv6Value(text: string): bigint | string {
  if (text.includes('%')) return 'zone identifiers ("%eth0") are not allowed';
  const halves = text.split('::');
  if (halves.length > 2) return '"::" may appear only once';
  let groups: bigint[];
  if (halves.length === 1) {
    const all = parseGroups(text, true);
    if (typeof all === 'string') return all;
    if (all.length !== 8) return `an IPv6 address without "::" needs 8 groups, found ${all.length}`;
    groups = all;
  } else {
    const head = parseGroups(halves[0], false);
    if (typeof head === 'string') return head;
    const tail = parseGroups(halves[1], true);
    if (typeof tail === 'string') return tail;
    // "::" stands for at least one zero group, so at most 7 groups may be written around it.
    const written = head.length + tail.length;
    if (written > 7) return `too many groups around "::" (${written})`;
    groups = [...head, ...new Array<bigint>(8 - written).fill(0n), ...tail];
  }
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
}

/** Parses an IPv4 or IPv6 address, explaining the problem when it is not one. */
/** Parsed addresses by text: a manifest set repeats the same few (the results are never changed). */
const IP_RESULTS = new BoundedCache<string, IpResult>(8192);

export function parseIpResult(text: string): IpResult {
  return IP_RESULTS.get(text, parseIpResultOnce);
}

function parseIpResultOnce(text: string): IpResult {
  if (text === '') return { ok: false, error: 'empty address' };
  const isV6 = text.includes(':');
  const value = isV6 ? parseIpv6Value(text) : parseIpv4Value(text);
  if (typeof value === 'string') {
    return { ok: false, error: `"${text}" is not a valid IPv${isV6 ? 6 : 4} address: ${value}` };
  }
  return { ok: true, ip: { family: isV6 ? 6 : 4, value } };
}

export function parseIp(text: string): Ip | null {
  const result = parseIpResult(text);
  return result.ok ? result.ip : null;
}

/**
 * An address as Go's `net.ParseIP` reads it (the same text `parseIp` accepts, see `parseGoCidr`),
 * in the family Go's `IP.To4()` gives it: an IPv4-mapped IPv6 address (`::ffff:10.1.2.3`) is the
 * IPv4 address (src/net/ip.go To4). Calico's `cnet.IP.Version` (libcalico-go/lib/net/ip.go) and
 * Multus' `CheckGatewayConfig` judge the family that way.
 */
export function parseGoIpResult(text: string): IpResult {
  const result = parseIpResult(text);
  return result.ok ? { ok: true, ip: goIp(result.ip) } : result;
}

export function parseGoIp(text: string): Ip | null {
  const result = parseGoIpResult(text);
  return result.ok ? result.ip : null;
}

function goIp(ip: Ip): Ip {
  return ip.family === 6 && isIpv4MappedValue(ip.value) ? { family: 4, value: ip.value & 0xffffffffn } : ip;
}

/**
 * The network Go's `IPNet` methods see in a CIDR `parseGoCidr` read: `String`, `Contains` and a
 * family test on its masked address (`IP.To4()`, as Calico's `cnet.IPNet.Version` does,
 * libcalico-go/lib/net/ipnet.go) take an IPv4-mapped IPv6 network with a prefix of 96 or more as
 * the IPv4 network of prefix − 96 (`networkNumberAndMask`, src/net/ip.go): `::ffff:10.0.0.0/104` is
 * 10.0.0.0/8. A shorter prefix masks the `ffff` away and leaves an IPv6 network. Go's
 * `Mask.Size()` still counts 128 bits (the prefix `parseGoCidr` gives).
 */
export function goIpNet(c: Cidr): Cidr {
  if (c.family !== 6 || c.prefix < 96 || !isIpv4MappedValue(c.addr)) return c;
  return { family: 4, addr: c.addr & 0xffffffffn, prefix: c.prefix - 96, text: c.text };
}

/** A number written with leading zeros, as Go before 1.17 read it: decimal (`010` is 10). */
const decimal = (n: string): string => n.replace(/^0+(?=[0-9])/, '');

/**
 * Parses a CIDR as the Kubernetes API reads its older fields (NetworkPolicy `ipBlock.cidr` and
 * `except`): IPv4 numbers and the prefix length may carry leading zeros, read as decimal
 * (`010.0.0.0/8` is 10.0.0.0/8). k8s.io/utils/net `ParseCIDRSloppy` is Go's `net.ParseCIDR` from
 * before Go 1.17, which allowed them; `IsValidCIDRForLegacyField` uses it unless the
 * StrictIPCIDRValidation feature gate is on (alpha and off in 1.33-1.35, beta and on by default
 * from 1.36), and from 1.33 the API server warns.
 * `zerosDropped` says the text needed that leniency.
 */
export function parseLegacyCidr(text: string): CidrResult & { zerosDropped?: true } {
  const m = /^([0-9]+)\.([0-9]+)\.([0-9]+)\.([0-9]+)\/([0-9]+)$/.exec(text) ?? /^([^/]*:[^/]*)\/([0-9]+)$/.exec(text);
  if (m === null) return parseCidr(text);
  const canonical = m.length === 6 ? `${m.slice(1, 5).map(decimal).join('.')}/${decimal(m[5])}` : `${m[1]}/${decimal(m[2])}`;
  if (canonical === text) return parseCidr(text);
  const parsed = parseCidr(canonical);
  return parsed.ok ? { ...parsed, zerosDropped: true } : parseCidr(text);
}

/**
 * An address as k8s.io/utils/net `ParseIPSloppy` reads it: Go's `net.ParseIP` from before Go 1.17,
 * whose IPv4 numbers may carry leading zeros, read as decimal (`00192.168.1.5` is 192.168.1.5;
 * kubernetes/utils net/parse.go). Anything else as `parseIp` reads it.
 */
export function parseLegacyIp(text: string): Ip | null {
  const m = /^([0-9]+)\.([0-9]+)\.([0-9]+)\.([0-9]+)$/.exec(text);
  return parseIp(m === null ? text : m.slice(1, 5).map(decimal).join('.'));
}

/** A CIDR as Kubernetes 1.36 reads it (netip.ParsePrefix): no leading zero in the prefix length. */
export function parseCidr(text: string): CidrResult {
  return parseCidrText(text, false);
}

/**
 * A CIDR as Go's `net.ParseCIDR` reads it (src/net/ip.go), which Calico (libcalico-go/lib/net
 * `cnet.ParseCIDR`, `ParseCIDROrIP`), flannel (pkg/ip `IP4Net`/`IP6Net` UnmarshalJSON), Multus and
 * the CNI plugins call:
 * - the address as strictly as `parseIp`: `net` has parsed it with `netip.ParseAddr` since
 *   golang/go#58098 (2023; no leading zero in an IPv4 number, at most four hex digits in an IPv6
 *   group, no zone), and Calico v3.32, flannel v0.28, Multus v4.3 and the CNI plugins v1.9 are
 *   built with Go 1.24 or later (their go.mod);
 * - the prefix length with `dtoi` (src/net/parse.go): ASCII digits only, no sign or space, and
 *   leading zeros are read as decimal, however many (`10.0.0.0/026` is 10.0.0.0/26).
 * An IPv6 literal keeps 128 bits even when it is IPv4-mapped (`::ffff:10.0.0.0/104`), as the mask
 * Go builds does (`CIDRMask(n, ipAddr.BitLen())`); see `goIpNet` for what Go's IPNet methods make
 * of that.
 */
export function parseGoCidr(text: string): CidrResult {
  return parseCidrText(text, true);
}

function parseCidrText(text: string, leadingZeros: boolean): CidrResult {
  const slash = text.indexOf('/');
  if (slash < 0) {
    const bare = parseIpResult(text);
    return {
      ok: false,
      error: bare.ok
        ? `"${text}": missing prefix length (e.g. "${text}/${BITS[bare.ip.family]}")`
        : `"${text}": missing prefix length, and ${bare.error}`,
    };
  }
  const addrText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const parsed = parseIpResult(addrText);
  if (!parsed.ok) return { ok: false, error: `"${text}": ${parsed.error}` };
  const { family, value } = parsed.ip;
  if (!DECIMAL.test(prefixText)) {
    return { ok: false, error: `"${text}": prefix length "${prefixText}" is not a decimal number` };
  }
  if (!leadingZeros && prefixText.length > 1 && prefixText.startsWith('0')) {
    return { ok: false, error: `"${text}": prefix length "${prefixText}" has a leading zero` };
  }
  const prefix = Number(prefixText);
  if (prefix > BITS[family]) {
    return {
      ok: false,
      error: `"${text}": prefix length ${prefixText} is out of range for IPv${family} (0-${BITS[family]})`,
    };
  }
  return { ok: true, cidr: { family, addr: value, prefix, text } };
}

/** Bits that select the network part of an address of this family and prefix length. */
function networkMask(family: IpFamily, prefix: number): bigint {
  const bits = BigInt(BITS[family]);
  const hostBits = bits - BigInt(prefix);
  return ((1n << bits) - 1n) ^ ((1n << hostBits) - 1n);
}

/** True when no host bits are set, i.e. the CIDR is written as its own network address. */
export function isMasked(c: Cidr): boolean {
  return (c.addr & networkMask(c.family, c.prefix)) === c.addr;
}

/** The CIDR with its host bits cleared; `text` becomes the canonical form. */
export function network(c: Cidr): Cidr {
  const masked = { family: c.family, addr: c.addr & networkMask(c.family, c.prefix), prefix: c.prefix };
  return { ...masked, text: formatCidr(masked) };
}

/** First and last address of the block, as numbers (cheap: no text is formatted). */
export function cidrBounds(c: Cidr): { family: IpFamily; lo: bigint; hi: bigint } {
  const lo = c.addr & networkMask(c.family, c.prefix);
  return { family: c.family, lo, hi: lo + size(c) - 1n };
}

/** CIDRs written in netlint's own code (well-known ranges): parsed once, a typo fails at load. */
export function knownCidrs(texts: readonly string[]): Cidr[] {
  return texts.map((t) => {
    const parsed = parseCidr(t);
    if (!parsed.ok) throw new Error(`not a CIDR: ${t}`);
    return parsed.cidr;
  });
}

/** Number of addresses in the block. */
export function size(c: Cidr): bigint {
  return 1n << BigInt(BITS[c.family] - c.prefix);
}

export function sameFamily(a: { family: IpFamily }, b: { family: IpFamily }): boolean {
  return a.family === b.family;
}

export function containsIp(c: Cidr, ip: Ip): boolean {
  if (!sameFamily(c, ip)) return false;
  const mask = networkMask(c.family, c.prefix);
  return (ip.value & mask) === (c.addr & mask);
}

/** Every address of `inner` is in `outer` (host bits of either are ignored). */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return outer.prefix <= inner.prefix && containsIp(outer, { family: inner.family, value: inner.addr });
}

/** The blocks share at least one address. CIDR blocks either nest or are disjoint. */
export function overlaps(a: Cidr, b: Cidr): boolean {
  return contains(a, b) || contains(b, a);
}

/** Whether an IPv6 value lies in ::ffff:0:0/96, the IPv4-mapped addresses (RFC 4291 section 2.5.5.2). */
export function isIpv4MappedValue(value: bigint): boolean {
  return value >> 32n === 0xffffn;
}

function formatIpv4Value(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

/** IPv6 in RFC 5952 form: lower case, no leading zeros, the longest run (≥2) of zero groups as "::". */
function formatIpv6Value(value: bigint): string {
  // IPv4-mapped addresses (::ffff:0:0/96) keep the dotted quad, as RFC 5952 section 5 recommends.
  if (isIpv4MappedValue(value)) return `::ffff:${formatIpv4Value(value & 0xffffffffn)}`;
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = (gs: number[]): string => gs.map((g) => g.toString(16)).join(':');
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLength))}`;
}

export function formatIp(ip: Ip): string {
  return ip.family === 4 ? formatIpv4Value(ip.value) : formatIpv6Value(ip.value);
}

/** Canonical text of the address as written (not masked) and its prefix; see `network` to mask. */
export function formatCidr(c: Pick<Cidr, 'family' | 'addr' | 'prefix'>): string {
  return `${formatIp({ family: c.family, value: c.addr })}/${c.prefix}`;
}
