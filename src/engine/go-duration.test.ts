import { describe, expect, it } from 'vitest';
import { formatGoDuration, parseGoDuration } from './go-duration.js';

const NS = 1n;
const US = 1_000n;
const MS = 1_000_000n;
const S = 1_000_000_000n;
const M = 60n * S;
const H = 60n * M;

describe('Go durations', () => {
  it('writes what Duration.String writes (Go time package examples)', () => {
    const cases: [bigint, string][] = [
      [0n, '0s'],
      [1n * NS, '1ns'],
      [1100n * NS, '1.1µs'],
      [2200n * US, '2.2ms'],
      [3300n * MS, '3.3s'],
      [4n * M + 5n * S, '4m5s'],
      [4n * M + 5001n * MS, '4m5.001s'],
      [5n * H + 6n * M + 7001n * MS, '5h6m7.001s'],
      [8n * M + 1n * NS, '8m0.000000001s'],
      [(1n << 63n) - 1n, '2562047h47m16.854775807s'],
      [-(1n << 63n), '-2562047h47m16.854775808s'],
      [90n * S, '1m30s'],
      [H, '1h0m0s'],
      [500n * MS, '500ms'],
      [-1500n * MS, '-1.5s'],
    ];
    for (const [ns, text] of cases) expect(formatGoDuration(ns), text).toBe(text);
  });

  it('reads what time.ParseDuration reads, and refuses what it refuses', () => {
    const good: [string, bigint][] = [
      ['0', 0n],
      ['5s', 5n * S],
      ['30s', 30n * S],
      ['1478s', 1478n * S],
      ['-5s', -5n * S],
      ['+5s', 5n * S],
      ['-0', 0n],
      ['5.6s', 5n * S + 600n * MS],
      ['5.s', 5n * S],
      ['.5s', 500n * MS],
      ['1.0s', S],
      ['1.004s', S + 4n * MS],
      ['100.00100s', 100n * S + 1n * MS],
      ['10ns', 10n],
      ['11us', 11n * US],
      ['12µs', 12n * US],
      ['12μs', 12n * US],
      ['13ms', 13n * MS],
      ['14s', 14n * S],
      ['15m', 15n * M],
      ['16h', 16n * H],
      ['3h30m', 3n * H + 30n * M],
      ['10.5s4m', 4n * M + 10n * S + 500n * MS],
      ['-2m3.4s', -(2n * M + 3n * S + 400n * MS)],
      ['1h2m3s4ms5us6ns', H + 2n * M + 3n * S + 4n * MS + 5n * US + 6n],
      ['39h9m14.425s', 39n * H + 9n * M + 14n * S + 425n * MS],
      ['52763797000ns', 52763797000n],
      ['0.3333333333333333333h', 20n * M],
      ['9223372036854775807ns', (1n << 63n) - 1n],
      ['-9223372036854775808ns', -(1n << 63n)],
    ];
    for (const [text, ns] of good) expect(parseGoDuration(text), text).toBe(ns);
    for (const text of ['', '3', '-', 's', '.', '-.', '.s', '+.s', '1d', '\u00859s', '9223372036854775808ns', '1.5']) expect(parseGoDuration(text), JSON.stringify(text)).toBeNull();
  });

  // Each pair as Go's time package prints it (checked with go1.19 ParseDuration then String).
  it('round-trips as a typed Go client re-writes a manifest', () => {
    const pairs = [
      ['1500ms', '1.5s'], ['0.5s', '500ms'], ['90s', '1m30s'], ['2.5m', '2m30s'], ['60m', '1h0m0s'], ['15m', '15m0s'], ['16h', '16h0m0s'],
      ['100.00100s', '1m40.001s'], ['52763797000ns', '52.763797s'], ['1h2m3s4ms5us6ns', '1h2m3.004005006s'], ['10.5s4m', '4m10.5s'], ['12μs', '12µs'], ['-0', '0s'],
    ];
    for (const [written, sent] of pairs) {
      expect(formatGoDuration(parseGoDuration(written)!), written).toBe(sent);
    }
  });
});
