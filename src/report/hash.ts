/** FNV-1a 64-bit offset basis (0xcbf29ce484222325) and prime (0x100000001b3 = 2^40 + 0x1b3), as 32-bit halves. */
const OFFSET_HI = 0xcbf29ce4;
const OFFSET_LO = 0x84222325;
const PRIME_LOW_PART = 0x1b3;
const TWO_32 = 0x100000000;

const encoder = new TextEncoder();

/**
 * FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 lower-case hex digits. Written here
 * rather than taken from `node:crypto` so reporters stay pure and portable; it is a fingerprint
 * for matching results across runs, not a security measure.
 *
 * The 64-bit state is kept as two 32-bit halves in doubles: multiplying by the prime is the state
 * times 0x1b3 (each half's product stays below 2^53, so exact) plus the state shifted left by 40
 * (the low half times 2^8, moved into the high half), modulo 2^64. ASCII text is hashed from its
 * UTF-16 code units directly, without encoding it.
 */
export function fnv1a64(text: string): string {
  const bytes = isAscii(text) ? null : encoder.encode(text);
  const length = bytes ? bytes.length : text.length;
  let hi = OFFSET_HI;
  let lo = OFFSET_LO;
  for (let i = 0; i < length; i++) {
    lo = (lo ^ (bytes ? bytes[i] : text.charCodeAt(i))) >>> 0;
    const loProduct = lo * PRIME_LOW_PART;
    hi = (hi * PRIME_LOW_PART + Math.floor(loProduct / TWO_32) + lo * 256) >>> 0;
    lo = loProduct >>> 0;
  }
  return hex8(hi) + hex8(lo);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}
