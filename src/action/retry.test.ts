import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, makeRetry } from './retry.js';

const apiError = (status: number, headers: Record<string, string> = {}) => Object.assign(new Error(`HTTP ${status}`), { status, response: { headers } });

/** A call failing with `errors` in turn, then answering; the waits it caused on an injected clock. */
function scripted(errors: unknown[], policy: Partial<typeof DEFAULT_RETRY> = {}, now = 1_700_000_000_000) {
  const waits: number[] = [];
  let clock = now;
  const retry = makeRetry({ ...DEFAULT_RETRY, ...policy, now: () => clock, sleep: async (ms) => void (waits.push(ms), (clock += ms)) });
  let calls = 0;
  const call = async () => {
    const error = errors[calls++];
    if (error) throw error;
    return 'ok';
  };
  return { run: () => retry(call), waits, calls: () => calls };
}

describe('makeRetry', () => {
  it('retries server errors and dropped connections with growing pauses', async () => {
    const s = scripted([apiError(502), apiError(500), new Error('socket hang up')]);
    expect(await s.run()).toBe('ok');
    expect(s.waits).toEqual([1000, 4000, 9000]);
  });

  it('waits what a 429 retry-after asks, and until the reset of an exhausted rate limit', async () => {
    const s = scripted([apiError(429, { 'retry-after': '7' }), apiError(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(1_700_000_000 + 20) })]);
    expect(await s.run()).toBe('ok');
    expect(s.waits).toEqual([7000, 21_000 - 7000]);
  });

  it('does not retry what a retry cannot fix', async () => {
    for (const status of [400, 401, 403, 404, 422]) {
      const s = scripted([apiError(status)]);
      await expect(s.run()).rejects.toMatchObject({ status });
      expect(s.calls()).toBe(1);
    }
  });

  it('is bounded: a few retries per call, one waiting budget for the run, no wait that would not fit', async () => {
    const always = scripted([apiError(503), apiError(503), apiError(503), apiError(503), apiError(503)]);
    await expect(always.run()).rejects.toMatchObject({ status: 503 });
    expect(always.calls()).toBe(4);
    const far = scripted([apiError(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(1_700_000_000 + 3600) })]);
    await expect(far.run()).rejects.toMatchObject({ status: 403 });
    expect(far.waits).toEqual([]);
    const shared = scripted([apiError(502), apiError(502), apiError(502)], { budgetMs: 6000 });
    await expect(shared.run()).rejects.toMatchObject({ status: 502 });
    expect(shared.waits).toEqual([1000, 4000]);
  });
});
