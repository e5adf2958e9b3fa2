import { describe, expect, it } from 'vitest';
import { describeApiError } from './github-api.js';

const error = (status: number, message: string, headers: Record<string, string> = {}) => Object.assign(new Error(message), { status, response: { headers } });

describe('describeApiError', () => {
  it.each([
    [error(403, 'Resource not accessible by integration - https://docs.github.com/rest/issues'), /^the token may not do this \(HTTP 403: Resource not accessible by integration\); a pull request from a fork/],
    [error(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1893456000' }), /^rate limited by the GitHub API until 2030-01-01T00:00:00\.000Z \(HTTP 403/],
    [error(429, 'slow down', { 'retry-after': '60' }), /^rate limited by the GitHub API \(HTTP 429: slow down\)$/],
    [error(401, 'Bad credentials'), /^the token was rejected \(HTTP 401: Bad credentials\)$/],
    [error(404, 'Not Found'), /^not found \(HTTP 404: Not Found\)/],
    [error(422, 'Validation Failed'), /^GitHub rejected the request \(HTTP 422: Validation Failed\)$/],
    [error(503, 'Service Unavailable'), /^GitHub API error \(HTTP 503: Service Unavailable\); try re-running the job$/],
    [error(418, "I'm a teapot"), /^HTTP 418: I'm a teapot$/],
    [error(500, 'The operation was aborted due to timeout'), /^the GitHub API did not answer within the request timeout \(The operation was aborted due to timeout\)$/],
    [new Error('connect ECONNREFUSED 127.0.0.1:1\nmore'), /^the GitHub API could not be reached \(connect ECONNREFUSED 127\.0\.0\.1:1\)$/],
    // Octokit gives a connection that never opened status 500: no HTTP response came back.
    [error(500, 'getaddrinfo ENOTFOUND api.github.invalid'), /^the GitHub API could not be reached \(getaddrinfo ENOTFOUND api\.github\.invalid\)$/],
  ])('words %s', (e, expected) => {
    expect(describeApiError(e)).toMatch(expected);
  });
});
