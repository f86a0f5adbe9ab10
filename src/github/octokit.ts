import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { InputError } from '../errors';

export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitOptions {
  /** REST API root; GITHUB_API_URL on GitHub Enterprise and in tests. */
  baseUrl?: string;
  /** Retries of a request that failed with a server error (5xx, network). */
  retries?: number;
  /**
   * Milliseconds per unit of waiting: 5xx retry n waits n² units, and a `retry-after: S` waits S
   * units. 1000 in production; tests pass 1 to retry in milliseconds.
   */
  retryUnitMs?: number;
  /** Retries after a rate-limit answer (403/429 with retry-after or an exhausted quota). */
  rateLimitRetries?: number;
  /** A rate limit asking for a longer wait than this (seconds) is not waited for: the request fails. */
  maxRateLimitWaitSeconds?: number;
  /** Told when the client waits for a rate limit, e.g. `core.warning`. */
  onRateLimit?: (message: string) => void;
}

/** What a plain HTTP error from Octokit looks like; checked structurally so callers need no extra import. */
export interface HttpError extends Error {
  status: number;
  response?: { headers?: Record<string, string | number | undefined> };
}

export function isHttpError(error: unknown): error is HttpError {
  return error instanceof Error && typeof (error as Partial<HttpError>).status === 'number';
}

/**
 * An authenticated Octokit that retries server errors with backoff (@octokit/plugin-retry) and
 * waits out secondary rate limits. Rate limits are handled here rather than with
 * @octokit/plugin-throttling, whose Bottleneck timers keep Node alive for seconds after the last request.
 */
export function createOctokit(token: string, options: OctokitOptions = {}): Octokit {
  if (!token)
    throw new InputError({ message: 'No GitHub token: set the github-token input (default `${{ github.token }}`).' });
  const unit = options.retryUnitMs ?? 1000;
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com',
      retry: {
        retries: options.retries ?? 3,
        retryAfterBaseValue: unit,
        // 403 and 429 are either permanent (no permission) or rate limits, which the plugin below handles.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
    },
    retry,
    rateLimitPlugin({
      retries: options.rateLimitRetries ?? 2,
      unitMs: unit,
      maxWaitSeconds: options.maxRateLimitWaitSeconds ?? 60,
      onWait: options.onRateLimit ?? (() => undefined),
    }),
  );
}

interface RateLimitConfig {
  retries: number;
  unitMs: number;
  maxWaitSeconds: number;
  onWait: (message: string) => void;
}

/** Registered after plugin-retry, so this wrap is outermost: each wait re-runs the whole request. */
function rateLimitPlugin(config: RateLimitConfig) {
  return (octokit: { hook: { wrap: Octokit['hook']['wrap'] } }) => {
    octokit.hook.wrap('request', async (request, options) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await request(options);
        } catch (error) {
          const wait = rateLimitWaitSeconds(error, Date.now());
          if (wait === null || attempt >= config.retries || wait > config.maxWaitSeconds) throw error;
          config.onWait(`GitHub API rate limit on ${options.method} ${options.url}; retrying in ${wait} s.`);
          await new Promise((resolve) => setTimeout(resolve, wait * config.unitMs));
        }
      }
    });
  };
}

/**
 * Seconds to wait before retrying, or null when the error is not a rate limit. GitHub signals
 * secondary limits with 403/429 and `retry-after`; an exhausted primary quota with
 * `x-ratelimit-remaining: 0` and the reset time; a secondary limit without headers means "wait a minute".
 */
export function rateLimitWaitSeconds(error: unknown, now: number): number | null {
  if (!isHttpError(error) || (error.status !== 403 && error.status !== 429)) return null;
  const headers = error.response?.headers ?? {};
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
    const date = Date.parse(String(retryAfter));
    if (Number.isFinite(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    if (Number.isFinite(reset)) return Math.max(0, Math.ceil(reset - now / 1000) + 1);
  }
  if (error.status === 429 || /secondary rate limit|abuse detection/i.test(error.message)) return 60;
  return null;
}
