import { maxPackLength } from './validate-pack';

/** How one fetch of a pack URL ended. */
export type PackFetch =
  | { kind: 'unchanged' }
  | { kind: 'fetched'; text: string; etag?: string }
  | { kind: 'failed'; reason: string };

const timeoutMs = 15_000;

/**
 * Fetches a pack URL with If-None-Match, so an unchanged pack costs one 304. Never throws:
 * unreachable, slow, wrong status and oversized answers are failures with a reason.
 */
export async function fetchPackUrl(
  url: string,
  etag: string | undefined,
  fetcher: typeof fetch = fetch,
): Promise<PackFetch> {
  if (!/^https:\/\//i.test(url) && !/^http:\/\/(localhost|127\.0\.0\.1)[:/]/i.test(url))
    return { kind: 'failed', reason: 'the pack URL must use https' };

  try {
    const response = await fetcher(url, {
      headers: etag ? { 'If-None-Match': etag } : {},
      cache: 'no-cache',
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return await readResponse(response);
  } catch (error) {
    return { kind: 'failed', reason: `unreachable: ${(error as Error).message}` };
  }
}

async function readResponse(response: Response): Promise<PackFetch> {
  if (response.status === 304) return { kind: 'unchanged' };
  if (!response.ok) return { kind: 'failed', reason: `HTTP ${response.status}` };

  const text = await response.text();
  if (text.length > maxPackLength) return { kind: 'failed', reason: 'answer over the 1 MB limit' };

  return { kind: 'fetched', text, etag: response.headers.get('ETag') ?? undefined };
}

/** Minutes to wait before retry `failures` (1, 2, 4, ... capped at a day). */
export function retryDelayMinutes(failures: number): number {
  return Math.min(2 ** Math.max(0, failures - 1), 24 * 60);
}
