/**
 * A small stand-in for the GitHub REST API on 127.0.0.1, with in-memory state: the endpoints the
 * action uses (identity, issue comments with real pagination, labels, pull request lookup),
 * recorded requests, and scripted failures (403s, 5xx bursts, secondary rate limits).
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  head: { sha: string; label: string; ref: string };
  base: { sha: string; ref: string };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  body: unknown;
}

export interface Fault {
  method?: string;
  /** Matched against the path without the query string. */
  path: string | RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail before the fault is used up. */
  times?: number;
}

/** Who the token belongs to. A bot (the Actions GITHUB_TOKEN, an App) gets 403 from `GET /user`. */
export type Identity = { login: string; bot?: boolean };

type Handler = (req: ParsedRequest) => Response;
interface ParsedRequest {
  method: string;
  path: string;
  params: string[];
  query: URLSearchParams;
  body: unknown;
}
interface Response {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  identity: Identity = { login: 'octo-user' };
  private readonly server: http.Server;
  private readonly comments = new Map<string, FakeComment[]>();
  private readonly labels = new Map<string, string[]>();
  private readonly pulls = new Map<string, FakePull[]>();
  private readonly faults: (Fault & { remaining: number })[] = [];
  private nextId = 1000;
  private clock = Date.parse('2024-01-01T00:00:00Z');
  url = '';

  private constructor() {
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  static async start(): Promise<FakeGitHub> {
    const fake = new FakeGitHub();
    await fake.listen();
    return fake;
  }

  /**
   * The fake of a whole test file: listening before its tests (and before the file's own beforeAll
   * hooks registered after this call), reset before each test, closed after the file.
   */
  static forTestFile(): FakeGitHub {
    const fake = new FakeGitHub();
    beforeAll(() => fake.listen());
    afterAll(() => fake.close());
    beforeEach(() => fake.reset());
    return fake;
  }

  private async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Back to an empty server: no state, no pending faults, no recorded requests, the default identity. */
  reset(): void {
    this.requests.length = 0;
    this.faults.length = 0;
    this.comments.clear();
    this.labels.clear();
    this.pulls.clear();
    this.identity = { login: 'octo-user' };
  }

  setIdentity(identity: Identity): void {
    this.identity = identity;
  }

  /** Seeds a comment as written by `login` (not recorded as a request). */
  addComment(
    owner: string,
    repo: string,
    issue: number,
    comment: { login: string; body: string; bot?: boolean },
  ): FakeComment {
    const created: FakeComment = {
      id: this.nextId++,
      body: comment.body,
      user: { login: comment.login, type: comment.bot || comment.login.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${this.nextId - 1}`,
      created_at: this.tick(),
      updated_at: '',
    };
    created.updated_at = created.created_at;
    this.listOf(this.comments, key(owner, repo, issue)).push(created);
    return created;
  }

  commentsOn(owner: string, repo: string, issue: number): FakeComment[] {
    return [...(this.comments.get(key(owner, repo, issue)) ?? [])];
  }

  setLabels(owner: string, repo: string, issue: number, names: string[]): void {
    this.labels.set(key(owner, repo, issue), [...names]);
  }

  addPull(owner: string, repo: string, pull: FakePull): void {
    this.listOf(this.pulls, `${owner}/${repo}`.toLowerCase()).push(pull);
  }

  /** The next `times` requests matching `method` and `path` get this answer instead. */
  fail(fault: Fault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1 });
  }

  /** Recorded requests, optionally only those with this method and a path matching `path`. */
  requestsTo(method: string, path?: string | RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && (path === undefined || matches(path, r.path)));
  }

  private routes(): [string, RegExp, Handler][] {
    return [
      ['GET', /^\/user$/, () => this.getUser()],
      ['GET', /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, (r) => this.listComments(r)],
      ['POST', /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, (r) => this.createComment(r)],
      ['PATCH', /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/, (r) => this.updateComment(r)],
      ['GET', /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/labels$/, (r) => this.listLabels(r)],
      ['GET', /^\/repos\/([^/]+)\/([^/]+)\/pulls$/, (r) => this.listPulls(r)],
      ['GET', /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/, (r) => this.getPull(r)],
      ['GET', /^\/repos\/([^/]+)\/([^/]+)\/commits\/([0-9a-f]+)\/pulls$/, (r) => this.pullsForCommit(r)],
    ];
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    let body: unknown = undefined;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const method = req.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      body,
    });
    const answer = this.answer(method, url, body, req.headers.authorization);
    res.writeHead(answer.status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      ...answer.headers,
    });
    res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
  }

  private answer(method: string, url: URL, body: unknown, authorization: string | undefined): Response {
    const fault = this.faults.find(
      (f) => f.remaining > 0 && (!f.method || f.method === method) && matches(f.path, url.pathname),
    );
    if (fault) {
      fault.remaining--;
      return {
        status: fault.status,
        body: fault.body ?? { message: `injected ${fault.status}` },
        headers: fault.headers,
      };
    }
    if (!authorization) return error(401, 'Requires authentication');
    for (const [m, pattern, handler] of this.routes()) {
      const match = pattern.exec(url.pathname);
      if (m === method && match) {
        return handler({ method, path: url.pathname, params: match.slice(1), query: url.searchParams, body });
      }
    }
    return error(404, 'Not Found');
  }

  private getUser(): Response {
    if (this.identity.bot) return error(403, 'Resource not accessible by integration');
    return { status: 200, body: { login: this.identity.login, id: 1, type: 'User' } };
  }

  private listComments(req: ParsedRequest): Response {
    const [owner = '', repo = '', issue = ''] = req.params;
    return this.paginate(req, this.comments.get(key(owner, repo, Number(issue))) ?? []);
  }

  private createComment(req: ParsedRequest): Response {
    const [owner = '', repo = '', issue = ''] = req.params;
    const text = bodyText(req.body);
    if (text === null) return error(422, 'Invalid request: body is required');
    const login = this.identity.bot ? this.identity.login || 'github-actions[bot]' : this.identity.login;
    return {
      status: 201,
      body: this.addComment(owner, repo, Number(issue), { login, body: text, bot: this.identity.bot }),
    };
  }

  private updateComment(req: ParsedRequest): Response {
    const [owner = '', repo = '', id = ''] = req.params;
    const text = bodyText(req.body);
    if (text === null) return error(422, 'Invalid request: body is required');
    const prefix = `${owner}/${repo}#`.toLowerCase();
    for (const [k, list] of this.comments) {
      const comment = k.startsWith(prefix) ? list.find((c) => c.id === Number(id)) : undefined;
      if (!comment) continue;
      const login = this.identity.bot ? this.identity.login || 'github-actions[bot]' : this.identity.login;
      if (comment.user.login !== login) return error(403, 'You cannot edit a comment written by someone else');
      comment.body = text;
      comment.updated_at = this.tick();
      return { status: 200, body: comment };
    }
    return error(404, 'Not Found');
  }

  private listLabels(req: ParsedRequest): Response {
    const [owner = '', repo = '', issue = ''] = req.params;
    const names = this.labels.get(key(owner, repo, Number(issue)));
    if (!names) return error(404, 'Not Found');
    return this.paginate(
      req,
      names.map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false })),
    );
  }

  private listPulls(req: ParsedRequest): Response {
    const [owner = '', repo = ''] = req.params;
    const state = req.query.get('state') ?? 'open';
    const head = req.query.get('head');
    const list = (this.pulls.get(`${owner}/${repo}`.toLowerCase()) ?? []).filter(
      (p) => (state === 'all' || p.state === state) && (!head || p.head.label === head),
    );
    return this.paginate(req, list);
  }

  private getPull(req: ParsedRequest): Response {
    const [owner = '', repo = '', number = ''] = req.params;
    const pull = (this.pulls.get(`${owner}/${repo}`.toLowerCase()) ?? []).find((p) => p.number === Number(number));
    if (!pull) return error(404, 'Not Found');
    const labels = (this.labels.get(key(owner, repo, pull.number)) ?? []).map((name) => ({ name }));
    return { status: 200, body: { ...pull, labels } };
  }

  private pullsForCommit(req: ParsedRequest): Response {
    const [owner = '', repo = '', sha = ''] = req.params;
    const list = (this.pulls.get(`${owner}/${repo}`.toLowerCase()) ?? []).filter((p) => p.head.sha === sha);
    return this.paginate(req, list);
  }

  /** GitHub's pagination: `per_page` (default 30, max 100), `page`, and a Link header. */
  private paginate(req: ParsedRequest, items: unknown[]): Response {
    const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const url = new URL(req.path, this.url);
      req.query.forEach((v, k) => url.searchParams.set(k, v));
      url.searchParams.set('per_page', String(perPage));
      url.searchParams.set('page', String(n));
      return `<${url.href}>; rel="${rel}"`;
    };
    const links = [
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
      ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
    ];
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length ? { link: links.join(', ') } : {},
    };
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  private listOf<T>(map: Map<string, T[]>, k: string): T[] {
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    return list;
  }
}

function key(owner: string, repo: string, issue: number): string {
  return `${owner}/${repo}#${issue}`.toLowerCase();
}

function matches(pattern: string | RegExp, path: string): boolean {
  return typeof pattern === 'string' ? pattern === path : pattern.test(path);
}

function error(status: number, message: string): Response {
  return { status, body: { message, documentation_url: 'https://docs.github.com/rest' } };
}

function bodyText(body: unknown): string | null {
  const text = typeof body === 'object' && body !== null ? (body as { body?: unknown }).body : undefined;
  return typeof text === 'string' ? text : null;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
