import OpenAI, { AzureOpenAI } from 'openai';

import { redact, restore, scanText, type CustomPattern } from '../../detectors';
import { log } from '../../log';
import type { RoleId } from '../roles';
import type { Language } from '../tips';
import { classifyError, type CritiqueFailure } from './errors';
import { parseCritiqueReply } from './reply';
import type { CritiqueSettings } from './settings';

export type { CritiqueFailure } from './errors';

export interface CritiqueRequest {
  prompt: string;
  role: RoleId;
  language: Language;
  /** The pack's organisation patterns, so its own terms are redacted too. */
  customPatterns?: CustomPattern[];
}

export interface Critique {
  critique: string;
  /** The improved prompt with the user's real values back in place, for inserting. */
  improvedPrompt: string;
  /** How many values were replaced by placeholders before the prompt left the browser. */
  redactedCount: number;
}

export type CritiqueOutcome =
  { ok: true; value: Critique } | { ok: false; failure: CritiqueFailure };

export interface CritiqueClientOptions {
  settings: CritiqueSettings;
  apiKey: string;
  timeoutMs?: number;
  now?: () => number;
}

const defaultTimeoutMs = 30_000;

function instructions(role: RoleId, language: Language): string {
  const answerIn = language === 'nl' ? 'Dutch' : 'English';
  return [
    `You coach a ${role.replaceAll('-', ' ')} on writing prompts for AI chat tools.`,
    'Critique the prompt the user sends: name its two or three biggest weaknesses in at most',
    '80 words, then write an improved version of the same prompt.',
    'Placeholders in square brackets such as [EMAIL_1] stand for redacted values: keep them',
    'exactly as they are and never guess what they hide.',
    `Answer in ${answerIn}, as JSON only: {"critique": "...", "improvedPrompt": "..."}.`,
  ].join(' ');
}

function createOpenAI(options: CritiqueClientOptions, timeout: number): OpenAI {
  const { settings, apiKey } = options;
  // Extension pages are browsers to the package; the key is the user's own, kept locally.
  const common = { apiKey, timeout, maxRetries: 0, dangerouslyAllowBrowser: true };
  if (settings.provider === 'azure') {
    return new AzureOpenAI({
      ...common,
      endpoint: settings.baseUrl,
      deployment: settings.model,
      apiVersion: settings.apiVersion,
      logLevel: 'off',
    });
  }

  return new OpenAI({ ...common, baseURL: settings.baseUrl, logLevel: 'off' });
}

/**
 * A critique client for one endpoint. It redacts every finding before anything is sent,
 * validates the reply, restores the user's values locally, and after a rate limit sends
 * nothing until the endpoint's retry-after has passed.
 */
export function createCritiqueClient(options: CritiqueClientOptions) {
  const now = options.now ?? Date.now;
  const timeout = options.timeoutMs ?? defaultTimeoutMs;
  let retryAt = 0;

  const send = async (request: CritiqueRequest): Promise<CritiqueOutcome> => {
    if (now() < retryAt) {
      const seconds = Math.ceil((retryAt - now()) / 1000);
      return { ok: false, failure: { code: 'rate-limited', retryAfterSeconds: seconds } };
    }
    if (!options.settings.baseUrl || !options.settings.model) {
      return { ok: false, failure: { code: 'not-configured' } };
    }

    const findings = scanText(request.prompt, { customPatterns: request.customPatterns });
    const redaction = redact(request.prompt, findings);

    try {
      const completion: unknown = await createOpenAI(options, timeout).chat.completions.create({
        model: options.settings.model,
        temperature: 0.2,
        messages: [
          { role: 'system', content: instructions(request.role, request.language) },
          { role: 'user', content: redaction.text },
        ],
      });

      const reply = parseCritiqueReply(completion);
      if (!reply) return { ok: false, failure: { code: 'malformed' } };

      const improvedPrompt = restore(reply.improvedPrompt, redaction.placeholders);
      const value = { critique: reply.critique, improvedPrompt, redactedCount: findings.length };
      return { ok: true, value };
    } catch (error) {
      const failure = classifyError(error, now());
      if (failure.code === 'rate-limited') retryAt = now() + failure.retryAfterSeconds * 1000;

      log.warn('critique failed:', failure.code);
      return { ok: false, failure };
    }
  };

  return { send };
}

export type CritiqueClient = ReturnType<typeof createCritiqueClient>;
