import { defineType, findMatches, looksRandom } from './match';
import type { Detector, Finding } from './types';

const openaiType = defineType('openai_api_key', 'secret');
const anthropicType = defineType('anthropic_api_key', 'secret');
const huggingfaceType = defineType('huggingface_token', 'secret');

// Project, service-account and admin keys carry their kind after `sk-`; legacy user keys
// are 48 characters, often with the marker `T3BlbkFJ` (base64 of "OpenAI") in the middle.
const openaiPattern =
  /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/g;
const anthropicPattern =
  /(?<![A-Za-z0-9_-])sk-ant-(?:api|admin|sid)\d{2}-[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])/g;
const huggingfacePattern = /(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{30,40}(?![A-Za-z0-9_])/g;

/** Keys of AI providers, recognised by their fixed prefixes. */
export const aiKeyDetector: Detector = {
  id: 'ai-keys',
  trigger: /sk-|hf_/,
  types: [openaiType, anthropicType, huggingfaceType],
  detect: (text): Finding[] => [
    ...findMatches(text, openaiPattern, openaiType, (match) =>
      looksRandom(match[0]) && /[0-9]/.test(match[0]) && /[A-Z]/.test(match[0])
        ? { confidence: 0.97 }
        : undefined,
    ),
    ...findMatches(text, anthropicPattern, anthropicType, (match) =>
      looksRandom(match[0]) ? { confidence: 0.98 } : undefined,
    ),
    ...findMatches(text, huggingfacePattern, huggingfaceType, (match) =>
      /[A-Z]/.test(match[0]) && /[a-z].*[a-z]/.test(match[0].slice(3))
        ? { confidence: 0.95 }
        : undefined,
    ),
  ],
};
