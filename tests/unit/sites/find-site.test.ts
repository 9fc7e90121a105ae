import { describe, expect, it } from 'vitest';

import { findSiteForUrl, siteAdapters, siteMatchPatterns } from '@/lib/sites';

describe('findSiteForUrl', () => {
  it.each([
    ['https://chatgpt.com/', 'chatgpt'],
    ['https://chatgpt.com/c/6751-abc', 'chatgpt'],
    ['https://chat.openai.com/?model=gpt-4o', 'chatgpt'],
    ['https://claude.ai/new', 'claude'],
    ['https://gemini.google.com/app', 'gemini'],
    ['https://gemini.google.com/gem/coding-partner/9f2e', 'gemini'],
    ['https://gemini.google.com/', 'gemini'],
    ['https://copilot.microsoft.com/chats/abc', 'copilot'],
    ['https://CHATGPT.COM/', 'chatgpt'],
    ['https://m365.cloud.microsoft/chat', 'm365-copilot'],
    ['https://www.perplexity.ai/search/abc', 'perplexity'],
    ['https://chat.mistral.ai/chat/1', 'mistral'],
    ['https://chat.deepseek.com/a/chat/s/1', 'deepseek'],
    ['https://grok.com/chat/1', 'grok'],
    ['https://www.meta.ai/prompt/1', 'meta-ai'],
    ['https://poe.com/Claude-Sonnet', 'poe'],
    ['https://huggingface.co/chat', 'huggingchat'],
    ['https://huggingface.co/chat/conversation/1', 'huggingchat'],
  ])('recognises %s as %s', (url, tool) => {
    expect(findSiteForUrl(url)?.id).toBe(tool);
  });

  it.each([
    'https://example.com/',
    'https://chatgpt.com.evil.example/',
    'https://notclaude.ai/',
    'https://google.com/gemini',
    'http://chatgpt.com/',
    'http://ascent-demo.localhost/',
    'https://huggingface.co/models',
    'https://huggingface.co/chatbots',
    'not a url',
    '',
  ])('does not treat %s as an AI tool', (url) => {
    expect(findSiteForUrl(url)).toBeUndefined();
  });

  it('matches every host of every adapter in the manifest patterns', () => {
    const patterns = siteMatchPatterns();
    for (const site of siteAdapters) {
      for (const host of site.hosts) {
        const scoped = site.paths?.map((path) => `https://${host}${path}*`);
        for (const pattern of scoped ?? [`https://${host}/*`]) expect(patterns).toContain(pattern);
      }
    }

    expect(patterns.some((pattern) => pattern.includes('localhost'))).toBe(false);
  });

  it('gives every adapter composer, send and reply selectors', () => {
    for (const site of siteAdapters) {
      expect(site.composerSelectors.length, site.id).toBeGreaterThan(0);
      expect(site.sendSelectors.length, site.id).toBeGreaterThan(0);
      expect(site.replySelectors.length, site.id).toBeGreaterThan(0);
    }
  });
});
