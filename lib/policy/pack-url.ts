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
    // AbortSignal.timeout rejects with a TimeoutError whose message ("signal timed out")
    // names the mechanism, not what happened.
    if ((error as Error).name === 'TimeoutError')
      return { kind: 'failed', reason: `no answer within ${timeoutMs / 1000} seconds` };
    return { kind: 'failed', reason: `unreachable: ${(error as Error).message}` };
  }
}

async function readResponse(response: Response): Promise<PackFetch> {
  if (response.status === 304) return { kind: 'unchanged' };
  if (!response.ok) return { kind: 'failed', reason: `HTTP ${response.status}` };

  const text = await response.text();
  if (text.length > maxPackLength) return { kind: 'failed', reason: 'answer over the 1 MB limit' };
  if (isHtmlPage(response, text))
    return { kind: 'failed', reason: 'the URL returned an HTML page, not a pack' };

  return { kind: 'fetched', text, etag: response.headers.get('ETag') ?? undefined };
}

/**
 * A sign-in page or a portal's answer instead of the pack. Only a body that starts with `<`
 * counts (no pack does): a real pack served as text/html by mistake is still read.
 */
function isHtmlPage(response: Response, text: string): boolean {
  if (!/^\uFEFF?\s*</.test(text)) return false;

  const type = response.headers.get('Content-Type') ?? '';
  return /\btext\/html\b/i.test(type) || /<(!doctype\s+html|html|head|body)\b/i.test(text);
}

/** Minutes to wait before retry `failures` (1, 2, 4, ... capped at a day). */
export function retryDelayMinutes(failures: number): number {
  return Math.min(2 ** Math.max(0, failures - 1), 24 * 60);
}
