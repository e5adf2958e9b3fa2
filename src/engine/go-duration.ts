/**
 * Go's time.Duration as text, both ways: what `time.ParseDuration` reads (metav1.Duration's
 * UnmarshalJSON calls it) and what `Duration.String` writes back (its MarshalJSON). A typed Go
 * client that decodes a manifest and encodes it again (calicoctl, Calico's API server) sends the
 * second form on, so `1500ms` reaches a schema as `1.5s` and `90s` as `1m30s`. Source: Go
 * src/time/format.go ParseDuration, src/time/time.go Duration.String.
 */

const UNITS: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1_000n,
  'µs': 1_000n, // U+00B5 micro sign
  'μs': 1_000n, // U+03BC Greek mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

const MAX = (1n << 63n) - 1n;
/** Go accumulates the magnitude up to 1<<63 (the most negative duration) and refuses more than MAX only when positive. */
const LIMIT = 1n << 63n;

/** Nanoseconds of a duration Go's time.ParseDuration accepts, or null where it errs. */
export function parseGoDuration(text: string): bigint | null {
  let s = text;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') return null;
  let total = 0n;
  while (s !== '') {
    // The number: digits, and a fraction after a dot; at least one digit on either side.
    const m = /^([0-9]*)(?:\.([0-9]*))?/.exec(s)!;
    const whole = m[1];
    const fraction = m[2];
    if (whole === '' && (fraction === undefined || fraction === '')) return null;
    s = s.slice(m[0].length);
    const unit = /^[^0-9.]*/.exec(s)![0];
    if (unit === '') return null; // "missing unit"
    const scale = UNITS[unit];
    if (scale === undefined) return null; // "unknown unit"
    s = s.slice(unit.length);
    let v = whole === '' ? 0n : BigInt(whole);
    if (v > LIMIT / scale) return null; // overflow
    v *= scale;
    if (fraction !== undefined && fraction !== '') {
      // Go keeps the fraction's leading digits while they fit and adds them as a float64:
      // v += uint64(float64(f) * (float64(unit) / scale)).
      // Go's leadingFraction: digits are taken exactly while the value fits an int64, then ignored.
      let f = 0n;
      let fScale = 1;
      for (const d of fraction) {
        if (f > LIMIT / 10n) break;
        const next = f * 10n + BigInt(d);
        if (next > MAX) break;
        f = next;
        fScale *= 10;
      }
      v += BigInt(Math.trunc(Number(f) * (Number(scale) / fScale)));
      if (v > LIMIT) return null;
    }
    total += v;
    if (total > LIMIT) return null;
  }
  if (neg) return -total;
  return total > MAX ? null : total;
}

/** Duration.String: "72h3m0.5s", "1m30s", "1.5s", "500ms", "1.5µs", "0s". */
export function formatGoDuration(ns: bigint): string {
  if (ns === 0n) return '0s';
  const neg = ns < 0n;
  let u = neg ? -ns : ns;
  let out: string;
  if (u < 1_000_000_000n) {
    // Under a second: the largest unit that keeps a whole part, with the rest as a fraction.
    const [unit, prec] = u < 1_000n ? ['ns', 0] : u < 1_000_000n ? ['µs', 3] : ['ms', 6];
    const [whole, frac] = fraction(u, prec);
    out = `${whole}${frac}${unit}`;
  } else {
    const [seconds, frac] = fraction(u, 9);
    u = seconds;
    out = `${u % 60n}${frac}s`;
    u /= 60n;
    if (u > 0n) {
      out = `${u % 60n}m${out}`;
      u /= 60n;
      if (u > 0n) out = `${u}h${out}`;
    }
  }
  return neg ? `-${out}` : out;
}

/** `v` split at 10^prec: its whole part, and ".digits" of the rest without trailing zeros (Go's fmtFrac). */
function fraction(v: bigint, prec: number): [bigint, string] {
  if (prec === 0) return [v, ''];
  const scale = 10n ** BigInt(prec);
  const rest = (v % scale).toString().padStart(prec, '0').replace(/0+$/, '');
  return [v / scale, rest === '' ? '' : `.${rest}`];
}
