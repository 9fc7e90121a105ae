/** What the side panel can learn about the browser it runs in. */
export interface BrowserIdentity {
  userAgent: string;
  brands?: readonly { brand: string }[];
}

/** Microsoft Edge, by its client-hint brand or, where those are missing, its UA token. */
export function isEdge(identity: BrowserIdentity): boolean {
  if (identity.brands?.some((entry) => entry.brand === 'Microsoft Edge')) return true;

  return /\bEdg(e|A|iOS)?\//.test(identity.userAgent);
}

// TODO [2027-01-15]: decided per tool, not per host: Microsoft 365 Copilot on
// microsoft365.com may still accept extensions in Edge; the side panel says unavailable.
/** Tools whose pages Edge keeps extensions out of, by design. */
const edgeBlockedTools = new Set(['copilot', 'm365-copilot']);

/**
 * Whether this browser refuses extensions on the tool's pages (Edge on Copilot and on
 * `*.cloud.microsoft`): Ascent must then say it cannot cover the page, not look attached.
 */
export function isUnavailableHere(toolId: string, identity: BrowserIdentity): boolean {
  return edgeBlockedTools.has(toolId) && isEdge(identity);
}

/** The identity of the running browser (side panel context). */
export function currentBrowser(): BrowserIdentity {
  const data = (navigator as Navigator & { userAgentData?: { brands: { brand: string }[] } })
    .userAgentData;
  return { userAgent: navigator.userAgent, brands: data?.brands };
}
