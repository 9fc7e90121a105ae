/** The replica pages the server can serve, one per AI tool plus the demo page. */
export type ReplicaName =
  | 'chatgpt'
  | 'claude'
  | 'gemini'
  | 'copilot'
  | 'm365-copilot'
  | 'perplexity'
  | 'mistral'
  | 'deepseek'
  | 'grok'
  | 'meta-ai'
  | 'poe'
  | 'huggingchat'
  | 'demo';

/** Host of the demo page. Chromium resolves every `*.localhost` name to loopback itself. */
export const demoPageHost = 'ascent-demo.localhost';

/**
 * The real host names of the AI tools, mapped to the replica that stands in for them. Tests
 * keep the manifest's real match patterns and point these names at the loopback server.
 */
export const toolHosts: Readonly<Record<string, ReplicaName>> = {
  'chatgpt.com': 'chatgpt',
  'chat.openai.com': 'chatgpt',
  'claude.ai': 'claude',
  'gemini.google.com': 'gemini',
  'copilot.microsoft.com': 'copilot',
  'm365.cloud.microsoft': 'm365-copilot',
  'www.perplexity.ai': 'perplexity',
  'chat.mistral.ai': 'mistral',
  'chat.deepseek.com': 'deepseek',
  'grok.com': 'grok',
  'www.meta.ai': 'meta-ai',
  'poe.com': 'poe',
  'huggingface.co': 'huggingchat',
};

/** Hosts no built-in adapter covers, which tests add through a policy pack's `extraHosts`. */
export const packToolHosts: Readonly<Record<string, ReplicaName>> = {
  'chat.intranet-ai.example': 'chatgpt',
};

/** Every host the replica server answers, with the replica it serves there. */
export const replicaHosts: Readonly<Record<string, ReplicaName>> = {
  ...toolHosts,
  ...packToolHosts,
  [demoPageHost]: 'demo',
};

/** The replica served for a Host header value (port ignored), or undefined for other hosts. */
export function findReplicaForHost(hostHeader: string | undefined): ReplicaName | undefined {
  if (!hostHeader) return undefined;

  // Strip the port, keeping IPv6 brackets out of the picture: no replica lives on an IP.
  const hostname = hostHeader.replace(/:\d+$/, '').toLowerCase();

  return Object.hasOwn(replicaHosts, hostname) ? replicaHosts[hostname] : undefined;
}
