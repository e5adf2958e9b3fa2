/** Small predicates shared by the Calico validator rules. */
import { parseCidrOrIp } from '../../../src/engine/calico-formats.js';
import { isObject } from '../../../src/engine/values.js';

/** A field counts as set the way Go's zero values decide: not absent, null, "" or 0. */
export function isSet(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '' && v !== 0 && v !== false;
}

/** Whether an entity field is written with something in it: a non-empty list, a mapping, or a set scalar. */
export function isWritten(v: unknown): boolean {
  return Array.isArray(v) ? v.length > 0 : isSet(v) || isObject(v);
}

/** IP family of an address or CIDR (Calico's cnet.ParseCIDROrIP), or null when it does not parse. */
export function familyOf(v: unknown): 4 | 6 | null {
  if (typeof v !== 'string') return null;
  return parseCidrOrIp(v)?.ip.family ?? null;
}
