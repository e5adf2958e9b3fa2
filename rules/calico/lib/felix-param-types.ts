/**
 * How Felix parses a parameter's raw text, one entry per kind of the `config:"<kind>;…"` tags of
 * felix/config/config_params.go (Calico v3.32.1): the Parse methods of felix/config/param_types.go
 * and the regular expressions config_params.go gives them. Each parser says why Felix cannot read
 * the text, or null; a kind without a parser is not judged (file paths, free strings).
 */
import { parseGoDuration } from '../../../src/engine/go-duration.js';
import { parseCalicoCidrOrIp } from '../../../src/engine/calico-formats.js';
import { parseGoIp } from '../../../src/engine/cidr.js';
import { goRegexpProblem } from '../../../src/engine/go-regexp.js';

export interface FelixParam {
  name: string;
  kind: string;
  args: string | null;
  default: string;
  flags: string[];
}

type Parser = (raw: string, p: FelixParam) => string | null;

/** Go strconv.ParseInt with base 0: decimal, 0x, 0o or 0 (octal), 0b, underscores between digits. */
export function goInt(text: string): number | null {
  const m = /^([+-]?)(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0[bB][01](_?[01])*|0[oO]?[0-7](_?[0-7])*|[1-9](_?[0-9])*|0)$/.exec(text);
  if (!m) return null;
  const body = m[2].replace(/_/g, '');
  const value = /^0[0-7]/.test(body) ? Number.parseInt(body.slice(1), 8) : /^0[oO]/.test(body) ? Number.parseInt(body.slice(2), 8) : Number(body);
  return m[1] === '-' ? -value : value;
}

/** The bits a mark mask must have set for Felix to take it (felix/config/param_types.go MinIptablesMarkBits). */
export const MIN_MARK_BITS = 2;

/** Go strconv.ParseUint(text, 0, 32): goInt's forms without a sign, within 32 bits; null otherwise. */
function markMask(text: string): number | null {
  const n = /^[+-]/.test(text) ? null : goInt(text);
  return n !== null && n <= 0xffffffff ? n : null;
}

/** The bits set in a 32-bit value. */
export function bitCount(value: number): number {
  let n = 0;
  for (let v = value >>> 0; v !== 0; v >>>= 1) n += v & 1;
  return n;
}

/** Go strconv.ParseFloat: decimal or hexadecimal floats, inf and nan in any case. */
export function goFloat(text: string): number | null {
  if (/^[+-]?(inf(inity)?|nan)$/i.test(text)) return /nan/i.test(text) ? Number.NaN : text.startsWith('-') ? -Infinity : Infinity;
  if (!/^[+-]?((\d(_?\d)*)?\.?\d(_?\d)*([eE][+-]?\d+)?|0[xX][0-9a-fA-F.]+[pP][+-]?\d+)$/.test(text)) return null;
  const n = Number(text.replace(/_/g, ''));
  return Number.isNaN(n) ? null : n;
}

/** Go strconv.Atoi: an optional sign and decimal digits, within int64; null otherwise. */
function goAtoi(text: string): bigint | null {
  if (!/^[+-]?[0-9]+$/.test(text)) return null;
  const n = BigInt(text);
  return n > 9223372036854775807n || n < -9223372036854775808n ? null : n;
}

/** Go time.ParseDuration accepts it (src/engine/go-duration.ts), overflow refused. */
function isGoDuration(text: string): boolean {
  return parseGoDuration(text) !== null;
}

/** config_params.go IfaceParamRegexp: an interface name or parameter (`:`, `.`, `+` allowed), 1–15 characters. */
const IFACE_PARAM = /^[a-zA-Z0-9:._+-]{1,15}$/;

/**
 * felix/stringutils ParseKeyValueList: comma-separated items, empty ones skipped; each item must
 * hold `key=…` somewhere (its `\s*(\w+)=(.*)` is not anchored), the value being the rest.
 */
function keyValues(raw: string): { items: [string, string][]; invalid: string[] } {
  const items: [string, string][] = [];
  const invalid: string[] = [];
  if (raw.trim() === '') return { items, invalid };
  for (const item of raw.split(',')) {
    if (item === '') continue;
    const m = /\s*([0-9A-Za-z_]+)=(.*)/s.exec(item);
    if (m) items.push([m[1], m[2]]);
    else invalid.push(item);
  }
  return { items, invalid };
}

/** Linux's largest route table index, and Felix's cap on the tables all ranges name (param_types.go). */
export const ROUTE_TABLE_MAX_INDEX = 0xffffffff;
export const ROUTE_TABLE_MAX_TABLES = 0xffff;

/** OpenStack regions become part of a namespace name, `openstack-region-<region>`: a DNS label of at most 63 characters (RegionParam). */
export const REGION_MAX_LENGTH = 63 - 'openstack-region-'.length;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Why `region` is not an OpenStack region Felix takes, or null. */
export function regionProblem(region: string): string | null {
  if (region.length > REGION_MAX_LENGTH) return `is longer than ${REGION_MAX_LENGTH} characters`;
  return DNS_LABEL.test(region) ? null : 'is not a DNS label (lower-case letters, digits and "-")';
}

/** The DSCP names numorstring knows (dscp.go AllDSCPValues). */
const DSCP_NAMES: ReadonlySet<string> = new Set(['DF', 'EF', 'AF11', 'AF12', 'AF13', 'AF21', 'AF22', 'AF23', 'AF31', 'AF32', 'AF33', 'AF41', 'AF42', 'AF43', 'CS0', 'CS1', 'CS2', 'CS3', 'CS4', 'CS5', 'CS6']);

export const FELIX_PARSERS: Readonly<Record<string, Parser>> = {
  int: (raw, p) => {
    const n = goInt(raw);
    if (n === null) return 'is not an integer';
    const ranges = (p.args ?? '').split(',').filter((r) => r !== '').map((r) => {
      const [lo, hi] = r.split(':');
      return { min: lo.trim() === '' ? -Infinity : Number(lo), max: hi === undefined || hi.trim() === '' ? Infinity : Number(hi) };
    });
    if (ranges.length > 0 && !ranges.some((r) => n >= r.min && n <= r.max)) return `is outside ${ranges.map((r) => `${r.min}–${r.max === Infinity ? '' : r.max}`).join(' or ')}`;
    return null;
  },
  seconds: (raw, p) => {
    const n = goFloat(raw);
    if (n === null) return 'is not a number (of seconds)';
    if (p.args) {
      const [lo, hi] = p.args.split(':').map(Number);
      if (Math.trunc(n) < lo || Math.trunc(n) > hi) return `is outside ${lo}–${hi} seconds`;
    }
    return null;
  },
  millis: (raw) => (goFloat(raw) === null ? 'is not a number (of milliseconds)' : null),
  oneof: (raw, p) => {
    const options = (p.args ?? '').split(',');
    return options.some((o) => o.toLowerCase() === raw.toLowerCase()) ? null : `is not one of ${options.join(', ')} (in any case)`;
  },
  'cidr-list': (raw) => {
    for (const part of raw.split(',')) {
      const v = part.trim();
      if (v !== '' && !parseCalicoCidrOrIp(v).ok) return `holds "${v}", which is not a CIDR or an address`;
    }
    return null;
  },
  // net.ParseIP, the family by To4() (node/pkg/lifecycle/utils IsIPv4 / IsIPv6).
  ipv4: (raw) => ipFamilyProblem(raw, 4),
  ipv6: (raw) => ipFamilyProblem(raw, 6),
  // RegexpPatternListParam: each comma-separated item a `/regex/` (no spaces, compiled by Go) or an interface name of 1–15 letters, digits, `_` and `-`.
  'iface-list-regexp': (raw) => {
    for (const item of raw.split(',')) {
      if (/^\/\S+\/$/.test(item)) {
        const problem = goRegexpProblem(item.slice(1, -1));
        if (problem !== null) return `holds the pattern ${item}, which Go cannot compile (${problem})`;
      } else if (!/^[a-zA-Z0-9_-]{1,15}$/.test(item)) return `holds "${item}", which is neither an interface name (1–15 letters, digits, "_", "-") nor a /regex/`;
    }
    return null;
  },
  // RegexpParam with IfaceListRegexp: comma-separated interface names (prefixes), 1–15 letters, digits, `_` and `-` each.
  'iface-list': (raw) => (/^[a-zA-Z0-9_-]{1,15}(,[a-zA-Z0-9_-]{1,15})*$/.test(raw) ? null : 'is not a comma-separated list of interface names (1–15 letters, digits, "_", "-")'),
  'iface-param': (raw) => (IFACE_PARAM.test(raw) ? null : 'is not an interface name (1–15 letters, digits and ":", ".", "_", "+", "-")'),
  // StringSliceParam with IfaceParamRegexp: comma-separated, spaces trimmed, empty items skipped.
  'iface-filter-slice': (raw) => {
    for (const part of raw.split(',')) {
      const v = part.replace(/^ +| +$/g, '');
      if (v !== '' && !IFACE_PARAM.test(v)) return `holds "${v}", which is not an interface name (1–15 letters, digits and ":", ".", "_", "+", "-")`;
    }
    return null;
  },
  keyvaluelist: (raw) => {
    const { invalid } = keyValues(raw);
    return invalid.length === 0 ? null : `holds ${invalid.map((i) => `"${i}"`).join(', ')}, not key=value`;
  },
  keydurationlist: (raw) => {
    const { items, invalid } = keyValues(raw);
    if (invalid.length > 0) return `holds ${invalid.map((i) => `"${i}"`).join(', ')}, not key=duration`;
    const bad = items.find(([, v]) => !isGoDuration(v.trim()));
    return bad === undefined ? null : `gives ${bad[0]} "${bad[1]}", which is not a Go duration (e.g. 30s, 1m30s)`;
  },
  // PortListParam: `<port>`, `<proto>:<port>` or `<proto>:<net>:<port>` (an IPv6 net in brackets), tcp or udp, 0–65535.
  'port-list': (raw) => {
    for (const part of raw.split(',')) {
      let item = part.replace(/^ +| +$/g, '');
      if (item === '') continue;
      let net = '';
      if (item.includes('[') && item.includes(']')) {
        const start = item.indexOf('[');
        const end = item.indexOf(']:');
        if (end < start) return `holds "${item}", whose bracketed network is not followed by ":"`;
        net = item.slice(start + 1, end);
        item = item.slice(0, start) + item.slice(end + 2);
      }
      const parts = item.split(':');
      if (parts.length > 3) return `holds "${part.trim()}": a port is <protocol>:<net>:<number>, <protocol>:<number> or <number>`;
      const protocol = parts.length > 1 ? parts[0].toLowerCase() : 'tcp';
      if (parts.length === 3) net = parts[1];
      if (protocol !== 'tcp' && protocol !== 'udp') return `holds "${part.trim()}", whose protocol ${protocol} is neither tcp nor udp`;
      const port = goAtoi(parts[parts.length - 1]);
      if (port === null || port < 0n || port > 65535n) return `holds "${part.trim()}", whose port is not a number from 0 to 65535`;
      if (net !== '' && !parseCalicoCidrOrIp(net).ok) return `holds "${part.trim()}", whose network ${net} is not a CIDR or an address`;
    }
    return null;
  },
  region: (raw) => regionProblem(raw),
  // DSCPParam: a number of 6 bits (strconv.ParseUint(raw, 10, 6)) or a DSCP name in any case
  // (api/pkg/lib/numorstring dscp.go DSCPFromString, Validate).
  // RegexpParam with config_params.go HostnameRegexp (MetadataAddr): no port, scheme or IPv6 colon.
  hostname: (raw) => (/^[a-zA-Z0-9_.-]+$/.test(raw) ? null : 'is not a host name or IPv4 address (letters, digits, ".", "_", "-")'),
  // RegexpParam with HostAddressRegexp (HealthHost, DebugHost).
  'host-address': (raw) => (/^[a-zA-Z0-9:._+-]{1,64}$/.test(raw) ? null : 'is not a host address (1–64 letters, digits and ":", ".", "_", "+", "-")'),
  // MarkBitmaskParam: strconv.ParseUint(raw, 0, 32) with at least MinIptablesMarkBits (2) bits set.
  'mark-bitmask': (raw) => {
    const n = markMask(raw);
    if (n === null) return 'is not a 32-bit mask';
    const bits = bitCount(n);
    return bits < MIN_MARK_BITS ? `has ${bits} bit${bits === 1 ? '' : 's'} set, and Felix takes a mark mask of at least ${MIN_MARK_BITS}` : null;
  },
  dscp: (raw) => (/^[0-9]+$/.test(raw) ? (Number(raw) <= 63 ? null : 'is above 63, the largest DSCP value') : DSCP_NAMES.has(raw.toUpperCase()) ? null : 'is neither a DSCP value from 0 to 63 nor a DSCP name (DF, EF, AF11–AF43, CS0–CS6)'),
  'route-table-range': (raw) => {
    const m = /^(\d+)-(\d+)$/.exec(raw);
    const [min, max] = m ? [goAtoi(m[1]), goAtoi(m[2])] : [null, null];
    return min !== null && max !== null && min >= 1n && max >= min && max <= 250n ? null : 'is not a range of route table indices within 1-250 (n-m)';
  },
  // RouteTableRangesParam: every `n-m` in the text (a list, any separator), 1 ≤ n ≤ m ≤ 2^32-1, at most 65535 tables in all.
  'route-table-ranges': (raw) => {
    const ranges = [...raw.matchAll(/(\d+)-(\d+)/g)];
    if (ranges.length === 0) return 'is not a list of route table ranges (n-m)';
    let tables = 0n;
    for (const [whole, lo, hi] of ranges) {
      const [min, max] = [goAtoi(lo), goAtoi(hi)];
      if (min === null || min <= 0n) return `holds ${whole}, whose first index is not a number of at least 1`;
      if (max === null) return `holds ${whole}, whose last index is not a number`;
      if (min > max) return `holds ${whole}, whose first index is above its last`;
      if (max > BigInt(ROUTE_TABLE_MAX_INDEX)) return `holds ${whole}, above Linux's largest route table index ${ROUTE_TABLE_MAX_INDEX}`;
      tables += max - min + 1n;
      if (tables > BigInt(ROUTE_TABLE_MAX_TABLES)) return `names more than ${ROUTE_TABLE_MAX_TABLES} route tables`;
    }
    return null;
  },
};

function ipFamilyProblem(raw: string, family: 4 | 6): string | null {
  const ip = parseGoIp(raw);
  if (ip === null) return 'is not an IP address';
  return ip.family === family ? null : `is not an IPv${family} address`;
}
