/**
 * Retries of GitHub API calls, as Octokit's retry and throttling plugins do them: a server error
 * (5xx) or a dropped connection is retried after a growing pause; a rate limit (429, or 403 with
 * `x-ratelimit-remaining: 0` or a `retry-after`) waits what GitHub asks (`retry-after` seconds,
 * or until `x-ratelimit-reset`). Bounded: a few attempts per call, and one budget of waiting for
 * the whole run; a wait that would not fit is not started, the error goes to the caller (which
 * turns it into a warning: the verdict never depends on the comment). Clock and sleep are
 * injected, so tests run instantly.
 */
export interface RetryPolicy {
  /** Retries per call after the first attempt. */
  retries: number;
  /** Total waiting allowed over every call of the run. */
  budgetMs: number;
  /** The pause before retry n (1-based) of a server error. */
  backoffMs(retry: number): number;
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const DEFAULT_RETRY: Omit<RetryPolicy, 'now' | 'sleep'> = {
  retries: 3,
  budgetMs: 60_000,
  // Octokit's retry plugin waits retryCount² seconds.
  backoffMs: (retry) => retry * retry * 1000,
};

interface ApiErrorShape {
  status?: unknown;
  response?: { headers?: Record<string, unknown> };
}

/** How long to wait before retrying `error`, or null when it is not worth retrying. */
export function retryDelay(error: unknown, retry: number, policy: Pick<RetryPolicy, 'backoffMs' | 'now'>): number | null {
  const e = error as ApiErrorShape;
  const status = typeof e?.status === 'number' ? e.status : null;
  const headers = e?.response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  if (status === 429 || (status === 403 && (String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined))) {
    if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter * 1000;
    const reset = Number(headers['x-ratelimit-reset']);
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - policy.now()) + 1000;
    return policy.backoffMs(retry);
  }
  // A server error, or no answer at all (connection reset; Octokit gives an aborted request 500).
  if (status === null || status >= 500) return policy.backoffMs(retry);
  return null;
}

export type Retry = <T>(call: () => Promise<T>) => Promise<T>;

/** A retrier: every call it runs is retried as the policy allows, all sharing one waiting budget. */
export function makeRetry(policy: RetryPolicy): Retry {
  let spent = 0;
  return async <T>(call: () => Promise<T>): Promise<T> => {
    for (let retry = 1; ; retry++) {
      try {
        return await call();
      } catch (error) {
        const wait = retry <= policy.retries ? retryDelay(error, retry, policy) : null;
        if (wait === null || spent + wait > policy.budgetMs) throw error;
        spent += wait;
        await policy.sleep(wait);
      }
    }
  };
}
