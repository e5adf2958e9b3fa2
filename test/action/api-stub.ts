/**
 * A stand-in for GitHub's REST API on 127.0.0.1 (an ephemeral port), for running the bundled
 * Action against: the issue-comment and PR-file endpoints the Action uses, paged with `Link`
 * headers like GitHub's, the 65,536-character comment limit enforced as GitHub does (422), every
 * request recorded, and scripted failures (403 read-only token, rate limit, 404, 422, 5xx).
 * It answers at most `MAX_REQUESTS` requests and closes itself after `LIFETIME_MS`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const MAX_REQUESTS = 500;
const LIFETIME_MS = 120_000;
const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** GitHub's limit on a comment body ("Body is too long (maximum is 65536 characters)"). */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  body: Record<string, unknown> | null;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface ScriptedFailure {
  method?: string;
  /** Matched against the path (no query). */
  path?: RegExp;
  status: number;
  message?: string;
  headers?: Record<string, string>;
  /** How many matching requests fail; default every one. */
  times?: number;
  /** Never answer (until the stub closes). */
  hang?: boolean;
}

export interface ApiStub {
  url: string;
  requests: RecordedRequest[];
  comments: StoredComment[];
  /** Files of every PR, as `GET /pulls/{n}/files` lists them. */
  files: { filename: string; status: string }[];
  /** Head commit of each PR, as `GET /pulls/{n}` reports it. */
  pullHeads: Record<number, string>;
  failures: ScriptedFailure[];
  token: {
    /** GraphQL `viewer.login` for the token (GraphQL spells an app's bot without `[bot]`); null: refused. */
    viewer: string | null;
    /** Login that created comments are written by. */
    author: string;
  };
  /** Requests to paths the stub does not implement (answered 404). */
  unknown: RecordedRequest[];
  close(): Promise<void>;
}

/** The answer GitHub gives a read-only token (a fork's `pull_request` run) that tries to write. */
export const READ_ONLY_TOKEN: ScriptedFailure = { method: 'POST', status: 403, message: 'Resource not accessible by integration' };

export function rateLimited(method?: string): ScriptedFailure {
  return {
    method,
    status: 403,
    message: 'API rate limit exceeded for installation.',
    headers: { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1893456000' },
  };
}

export async function startApiStub(seed: { comments?: Omit<StoredComment, 'id'>[]; files?: { filename: string; status: string }[] } = {}): Promise<ApiStub> {
  let nextId = 1000;
  const stub: Omit<ApiStub, 'url' | 'close'> = {
    requests: [],
    comments: (seed.comments ?? []).map((c) => ({ ...c, id: nextId++ })),
    files: seed.files ?? [],
    pullHeads: {},
    failures: [],
    token: { viewer: null, author: 'github-actions[bot]' },
    unknown: [],
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { message: `stub crashed: ${String(error)}` }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      body: raw ? (JSON.parse(raw) as Record<string, unknown>) : null,
    };
    stub.requests.push(record);
    if (stub.requests.length > MAX_REQUESTS) return send(res, 500, { message: `stub: more than ${MAX_REQUESTS} requests` });

    const failure = stub.failures.find((f) => (f.method ?? record.method) === record.method && (f.path ?? /./).test(record.path) && (f.times ?? 1) > 0);
    if (failure) {
      if (failure.times !== undefined) failure.times--;
      if (failure.hang) return;
      return send(res, failure.status, { message: failure.message ?? `scripted ${failure.status}`, documentation_url: 'https://docs.github.com/rest' }, failure.headers);
    }

    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(record.path))) {
      const issue = Number(m[1]);
      if (record.method === 'GET') {
        return sendPage(res, url, stub.comments.filter((c) => c.issue === issue).map(toApiComment));
      }
      if (record.method === 'POST') {
        const body = String(record.body?.body ?? '');
        if (body.length > GITHUB_COMMENT_LIMIT) return tooLong(res);
        const comment: StoredComment = { id: nextId++, issue, body, user: { login: stub.token.author, type: stub.token.author.endsWith('[bot]') ? 'Bot' : 'User' } };
        stub.comments.push(comment);
        return send(res, 201, toApiComment(comment));
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(record.path)) && record.method === 'PATCH') {
      const comment = stub.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return send(res, 404, { message: 'Not Found' });
      const body = String(record.body?.body ?? '');
      if (body.length > GITHUB_COMMENT_LIMIT) return tooLong(res);
      comment.body = body;
      return send(res, 200, toApiComment(comment));
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(record.path) && record.method === 'GET') {
      // GitHub lists at most 3,000 files.
      return sendPage(res, url, stub.files.slice(0, 3000).map((f, i) => ({ sha: `${i}`, additions: 1, deletions: 0, changes: 1, ...f })));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(record.path)) && record.method === 'GET') {
      const sha = stub.pullHeads[Number(m[1])];
      if (!sha) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { number: Number(m[1]), state: 'open', head: { sha, ref: 'patch-1' } });
    }
    // The workflow token is an app installation token: GET /user is refused, and so is GraphQL
    // unless the test says what `viewer` is.
    if (record.path === '/user' && record.method === 'GET') return send(res, 403, { message: 'Resource not accessible by integration' });
    if (record.path === '/graphql' && record.method === 'POST') {
      if (stub.token.viewer === null) return send(res, 403, { message: 'Resource not accessible by integration' });
      return send(res, 200, { data: { viewer: { login: stub.token.viewer } } });
    }
    stub.unknown.push(record);
    return send(res, 404, { message: 'Not Found' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  setTimeout(() => void close(), LIFETIME_MS).unref();

  function sendPage(res: ServerResponse, requestUrl: URL, items: unknown[]): void {
    const perPage = Math.min(100, Math.max(1, Number(requestUrl.searchParams.get('per_page') ?? 30)));
    const page = Math.max(1, Number(requestUrl.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const target = new URL(requestUrl.pathname, url);
      target.searchParams.set('per_page', String(perPage));
      target.searchParams.set('page', String(p));
      return `<${target.href}>; rel="${rel}"`;
    };
    const links = [...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])];
    send(res, 200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
  }

  return { ...stub, url, close } as ApiStub;
}

function toApiComment(c: StoredComment) {
  return { id: c.id, body: c.body, user: { login: c.user.login, type: c.user.type }, html_url: `https://github.com/x/y/issues/${c.issue}#issuecomment-${c.id}` };
}

function tooLong(res: ServerResponse): void {
  send(res, 422, {
    message: 'Validation Failed',
    errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${GITHUB_COMMENT_LIMIT} characters)` }],
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
