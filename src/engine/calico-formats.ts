/**
 * The `calico-*` formats the generated Calico schema pack names: the field validators of
 * libcalico-go/lib/validator/v3/validator.go that are code, not a regular expression (addresses,
 * networks, names, ports). Each follows the upstream function it is named after.
 */
import { goRegexpProblem } from './go-regexp.js';
import type { Ajv } from 'ajv';
import { parseGoDuration } from './go-duration.js';
import { familyBits, goIpNet, isMasked, parseGoCidr, parseGoIp, parseGoIpResult, parseIp, parseLegacyCidr } from './cidr.js';
import type { Cidr, Ip } from './cidr.js';
import { labelKeyError } from './selector/label.js';

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
/** validator.go `nameRegex`: a DNS-1123 subdomain (no length limit in the validator). */
const NAME = new RegExp(`^${DNS1123_LABEL}(\\.${DNS1123_LABEL})*$`);
/** Kubernetes IsValidPortName: at most 15 lower-case letters, digits and '-', with a letter, no '--' and no '-' at either end. */
const PORT_NAME = /^(?!-)(?!.*--)(?=.*[a-z])[a-z0-9-]{1,15}(?<!-)$/;
/** Kubernetes IsValidLabelValue. */
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const PROTOCOL_NAMES = new Set(['TCP', 'UDP', 'ICMP', 'ICMPv6', 'SCTP', 'UDPLite']);

export type CalicoCidrResult = { ok: true; ip: Ip; cidr: Cidr; maskOnes: number } | { ok: false; error: string };

/**
 * libcalico-go's cnet.ParseCIDR (lib/net/ipnet.go, v3.32.1): Go's net.ParseCIDR (`parseGoCidr`),
 * with the address as written in the family its `To4()` gives (`ip`: what `cnet.IP.Version`
 * answers), the network as Go's IPNet reads it (`cidr`: `goIpNet`; what `cnet.IPNet.Version`,
 * `String` and `Contains` answer, and the text Felix gets) and the ones its `Mask.Size()` counts
 * (`maskOnes`). `::ffff:10.0.0.0/104` is 10.0.0.0/8 with 104 ones.
 */
export function parseCalicoCidr(text: string): CalicoCidrResult {
  const parsed = parseGoCidr(text);
  if (!parsed.ok) return parsed;
  const ip = parseGoIp(text.slice(0, text.indexOf('/')))!;
  return { ok: true, ip, cidr: goIpNet(parsed.cidr), maskOnes: parsed.cidr.prefix };
}

/** libcalico-go's cnet.ParseCIDROrIP: `parseCalicoCidr`, or an address read as a full-length prefix. */
export function parseCalicoCidrOrIp(text: string): CalicoCidrResult {
  if (text.includes('/')) return parseCalicoCidr(text);
  const parsed = parseGoIpResult(text);
  if (!parsed.ok) return parsed;
  const { ip } = parsed;
  const prefix = familyBits(ip.family);
  return { ok: true, ip, cidr: { family: ip.family, addr: ip.value, prefix, text }, maskOnes: prefix };
}

/** `parseCalicoCidrOrIp`, null when it does not parse. */
export function parseCidrOrIp(text: string): { ip: Ip; cidr: Cidr } | null {
  const parsed = parseCalicoCidrOrIp(text);
  return parsed.ok ? parsed : null;
}

function net(family?: 4 | 6) {
  return (s: string) => {
    const p = parseCidrOrIp(s);
    // validateIPNetwork compares the address with the IPNet's masked one as text: no host bits
    // (`::ffff:10.0.0.0/64` masks to `::`, its ffff being host bits).
    return p !== null && isMasked(p.cidr) && (family === undefined || p.ip.family === family);
  };
}

function cidr(family?: 4 | 6) {
  return (s: string) => {
    const p = parseCidrOrIp(s);
    return p !== null && (family === undefined || p.ip.family === family);
  };
}

/** validator.go validateIPv4 / validateIPv6: net.ParseIP, the family by `To4()`. */
function ip(family?: 4 | 6) {
  return (s: string) => {
    const p = parseGoIp(s);
    return p !== null && (family === undefined || p.family === family);
  };
}

/** validator.go processIPPort: `IP`, `IPv4:port` or `[IPv6]:port` with a port 1–65535. */
function ipPort(s: string): boolean {
  const v4 = /^(\d+\.\d+\.\d+\.\d+):(\d+)$/.exec(s);
  const v6 = /^\[([0-9a-fA-F:.]+)\]:(\d+)$/.exec(s);
  const m = v4 ?? v6;
  if (!m) return parseIp(s) !== null;
  const port = Number(m[2]);
  return parseIp(m[1]) !== null && port >= 1 && port <= 65535;
}

/** numorstring.PortFromString: "n", "min:max" (ranges are checked by calico/policy-port-range), or a port name. */
function port(s: string): boolean {
  if (/^\d+$/.test(s)) return Number(s) >= 1 && Number(s) <= 65535;
  if (/^\d+[:-]\d+$/.test(s)) return true;
  return PORT_NAME.test(s);
}

/** numorstring.Protocol as a string: a name, or a number 1–255 written as a string. */
function protocol(s: string): boolean {
  if (/^\d+$/.test(s)) return Number(s) >= 1 && Number(s) <= 255;
  return PROTOCOL_NAMES.has(s);
}

/** validator.go validateKeyValueList: comma-separated `key=value` items (empty items allowed). */
function keyValueList(s: string): boolean {
  if (s.trim() === '') return true;
  return s.split(',').every((item) => item === '' || /^\s*\w+=/.test(item));
}

/** Go's regexp (RE2) rejects what JavaScript rejects, plus look-around and backreferences. */
function goRegexp(s: string): boolean {
  return goRegexpProblem(s) === null;
}

/** net.ParseMAC: 6, 8 or 20 octets separated by ':' or '-', or dotted groups of four hex digits. */
function mac(s: string): boolean {
  return /^([0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\2){4}[0-9A-Fa-f]{2}$/.test(s)
    || /^([0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\2){6}[0-9A-Fa-f]{2}$/.test(s)
    || /^([0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\2){18}[0-9A-Fa-f]{2}$/.test(s)
    || /^[0-9A-Fa-f]{4}(\.[0-9A-Fa-f]{4}){2}(?:(\.[0-9A-Fa-f]{4}){1}|(\.[0-9A-Fa-f]{4}){7})?$/.test(s);
}


export const CALICO_FORMATS: Record<string, (s: string) => boolean> = {
  // Go's time.ParseDuration, which metav1.Duration's UnmarshalJSON calls (apimachinery
  // pkg/apis/meta/v1/duration.go), overflow included (src/engine/go-duration.ts).
  'calico-duration': (s) => parseGoDuration(s) !== null,
  'calico-name': (s) => NAME.test(s),
  'calico-net': net(),
  'calico-net-v4': net(4),
  'calico-net-v6': net(6),
  'calico-cidr': cidr(),
  'calico-cidr-v4': cidr(4),
  'calico-cidr-v6': cidr(6),
  'calico-ip': ip(),
  'calico-ipv4': ip(4),
  'calico-ipv6': ip(6),
  'calico-ip-port': ipPort,
  'calico-port': port,
  'calico-port-name': (s) => PORT_NAME.test(s),
  'calico-protocol': protocol,
  'calico-key-value-list': keyValueList,
  'calico-regexp': goRegexp,
  'calico-mac': mac,
  'calico-label-key': (s) => labelKeyError(s) === null,
  'calico-label-value': (s) => s.length <= 63 && LABEL_VALUE.test(s),
  // A CRD's `format: cidr`: kube-openapi validate/strfmt IsCIDR, netutils.ParseCIDRSloppy (host bits
  // and leading zeros pass). An empty value passes: calicoctl and Calico's API server drop an empty
  // `cidr,omitempty` before the schema runs (a raw crd.projectcalico.org/v1 object would be refused).
  'calico-crd-cidr': (s) => s === '' || parseLegacyCidr(s).ok,
};

/** Words for a failed format, for messages. */
export const CALICO_FORMAT_NAMES: Record<string, string> = {
  'calico-duration': 'a duration such as 90s, 1m30s or 250ms',
  'calico-name': 'a DNS-1123 subdomain name (lower-case letters, digits, "-" and ".")',
  // The field tag also takes a bare address, which a network set keeps but a policy rule's nets
  // refuse (libcalico-go validateRule scanNets, cnet.ParseCIDR): the words name the form both take.
  'calico-net': 'an IP network with no host bits set',
  'calico-net-v4': 'an IPv4 network with no host bits set',
  'calico-net-v6': 'an IPv6 network with no host bits set',
  'calico-cidr': 'an IP address or CIDR',
  'calico-cidr-v4': 'an IPv4 address or CIDR',
  'calico-cidr-v6': 'an IPv6 address or CIDR',
  'calico-ip': 'an IP address',
  'calico-ipv4': 'an IPv4 address',
  'calico-ipv6': 'an IPv6 address',
  'calico-ip-port': 'an IP address, IPv4:port or [IPv6]:port',
  'calico-port': 'a port number 1–65535, a range "min:max" or a port name',
  'calico-port-name': 'a port name (at most 15 lower-case letters, digits and "-", with a letter)',
  'calico-protocol': 'TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite or a number 1–255',
  'calico-key-value-list': 'a comma-separated list of key=value',
  'calico-regexp': 'a regular expression Go accepts',
  'calico-mac': 'a MAC address',
  'calico-label-key': 'a label key (a qualified name)',
  'calico-label-value': 'a label value (at most 63 letters, digits, "-", "_" and ".")',
  'calico-crd-cidr': 'a CIDR with its prefix length, such as 10.96.0.0/12 (the CRD\'s format: cidr)',
};

/**
 * The formats as ajv format definitions, by name: what `addCalicoFormats` registers, and what the
 * validators scripts/gen-validators.mjs generates look their formats up in at run time.
 */
export const CALICO_FORMAT_DEFINITIONS: Record<string, { type: 'string'; validate: (s: string) => boolean }> = Object.fromEntries(
  Object.entries(CALICO_FORMATS).map(([name, validate]) => [name, { type: 'string', validate }]),
);

export function addCalicoFormats(ajv: Ajv): Ajv {
  for (const [name, definition] of Object.entries(CALICO_FORMAT_DEFINITIONS)) ajv.addFormat(name, definition);
  return ajv;
}
