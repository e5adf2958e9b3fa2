/**
 * The `format` values a user's data rule may name: the draft-07 formats (JSON Schema Validation
 * draft-07 §7.3) netlint checks, `uuid` (RFC 4122), and netlint's own `calico-*` formats. ajv
 * knows no format by itself ("ajv does not include any formats", ajv docs, Formats): each is
 * registered with `addFormat`. A format that is none of these is a load error, not a constraint
 * that silently holds.
 */
import type { Ajv } from 'ajv';
import { CALICO_FORMAT_DEFINITIONS, CALICO_FORMAT_NAMES } from './calico-formats.js';
import { parseIp } from './cidr.js';

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** RFC 3339 full-date. */
function date(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= (mo === 2 && isLeap(y) ? 29 : DAYS[mo - 1]);
}

/** RFC 3339 full-time: a time with an offset (`Z` or `±hh:mm`), a leap second allowed. */
function time(s: string): boolean {
  const m = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(z|[+-](\d{2}):(\d{2}))$/i.exec(s);
  if (m === null) return false;
  const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const offsetOk = m[6] === undefined || (Number(m[6]) <= 23 && Number(m[7]) <= 59);
  return h <= 23 && min <= 59 && sec <= 60 && offsetOk;
}

/** RFC 3986 characters: unreserved, reserved and percent-encoded octets. */
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const HOST_LABEL = '[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?';

function regex(s: string): boolean {
  try {
    // ajv compiles `pattern` with the u flag; `format: regex` is read the same way.
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Format name → its check and the words a finding uses for it. */
const DRAFT_07_FORMATS: Record<string, { validate: (s: string) => boolean; words: string }> = {
  'date-time': { validate: (s) => { const t = /^(.{10})[tT ](.*)$/.exec(s); return t !== null && date(t[1]) && time(t[2]); }, words: 'an RFC 3339 date-time such as 2024-05-01T12:00:00Z' },
  date: { validate: date, words: 'an RFC 3339 date such as 2024-05-01' },
  time: { validate: time, words: 'an RFC 3339 time with an offset such as 12:00:00Z' },
  email: { validate: (s) => new RegExp(`^[a-z0-9.!#$%&'*+/=?^_\`{|}~-]+@${HOST_LABEL}(?:\\.${HOST_LABEL})*$`, 'i').test(s), words: 'an email address' },
  // RFC 1123 host name: dot-separated labels of letters, digits and '-', at most 253 characters.
  hostname: { validate: (s) => s.length <= 253 && new RegExp(`^${HOST_LABEL}(?:\\.${HOST_LABEL})*\\.?$`, 'i').test(s), words: 'a host name (RFC 1123)' },
  ipv4: { validate: (s) => /^\d{1,3}(?:\.\d{1,3}){3}$/.test(s) && parseIp(s)?.family === 4, words: 'an IPv4 address' },
  ipv6: { validate: (s) => s.includes(':') && parseIp(s)?.family === 6, words: 'an IPv6 address' },
  uri: { validate: (s) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && URI_CHARS.test(s), words: 'a URI with a scheme (RFC 3986)' },
  'uri-reference': { validate: (s) => URI_CHARS.test(s), words: 'a URI reference (RFC 3986)' },
  // RFC 6901 JSON Pointer, and draft-handrews-relative-json-pointer-01.
  'json-pointer': { validate: (s) => /^(?:\/(?:[^~/]|~0|~1)*)*$/.test(s), words: 'a JSON pointer such as /spec/cidr' },
  'relative-json-pointer': { validate: (s) => /^(?:0|[1-9]\d*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/.test(s), words: 'a relative JSON pointer' },
  regex: { validate: regex, words: 'a regular expression' },
  uuid: { validate: (s) => /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(s), words: 'a UUID' },
};

/** Every format a user's rule may name, with the words a finding says for it. */
export const USER_FORMAT_WORDS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(DRAFT_07_FORMATS).map(([name, f]) => [name, f.words])),
  ...CALICO_FORMAT_NAMES,
};

export const USER_FORMATS: readonly string[] = Object.keys(USER_FORMAT_WORDS);

export function addUserFormats(ajv: Ajv): Ajv {
  for (const [name, f] of Object.entries(DRAFT_07_FORMATS)) ajv.addFormat(name, { type: 'string', validate: f.validate });
  for (const [name, definition] of Object.entries(CALICO_FORMAT_DEFINITIONS)) ajv.addFormat(name, definition);
  return ajv;
}
