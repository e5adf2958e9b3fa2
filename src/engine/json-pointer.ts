/**
 * One reference token of a JSON Pointer (RFC 6901 section 3/4): `~` is written `~0` and `/` is
 * written `~1`; reading undoes `~1` before `~0`, so `~01` reads as `~1`.
 */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}
