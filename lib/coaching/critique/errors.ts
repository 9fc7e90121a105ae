import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai';

/** Why a critique did not come back; each has its own message in the side panel. */
export type CritiqueFailure =
  | { code: 'bad-key' }
  | { code: 'rate-limited'; retryAfterSeconds: number }
  | { code: 'timeout' }
  | { code: 'malformed' }
  | { code: 'unreachable' }
  | { code: 'endpoint-error'; status: number }
  | { code: 'not-configured' };

/** A rate limit without a usable retry-after still waits a little before the next try. */
const defaultRetryAfterSeconds = 20;

/** Seconds from `retry-after-ms`, `retry-after` in seconds, or `retry-after` as an HTTP date. */
export function readRetryAfter(headers: Headers | undefined, now: number): number {
  const milliseconds = Number(headers?.get('retry-after-ms'));
  if (milliseconds > 0) return Math.ceil(milliseconds / 1000);

  const value = headers?.get('retry-after')?.trim();
  if (!value) return defaultRetryAfterSeconds;

  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);

  const date = Date.parse(value);
  return Number.isNaN(date)
    ? defaultRetryAfterSeconds
    : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Names what went wrong with a request, from the openai package's error classes. */
export function classifyError(error: unknown, now: number): CritiqueFailure {
  // The timeout class extends the connection class, so it is checked first.
  if (error instanceof APIConnectionTimeoutError) return { code: 'timeout' };
  if (error instanceof APIConnectionError) return { code: 'unreachable' };
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    return { code: 'bad-key' };
  }
  if (error instanceof RateLimitError) {
    return { code: 'rate-limited', retryAfterSeconds: readRetryAfter(error.headers, now) };
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    return { code: 'endpoint-error', status: error.status };
  }

  // A 200 whose body is not JSON surfaces as a SyntaxError from the package's parser.
  return { code: 'malformed' };
}
