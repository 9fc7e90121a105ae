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
    'not a url',
    '',
  ])('does not treat %s as an AI tool', (url) => {
    expect(findSiteForUrl(url)).toBeUndefined();
  });

  it('matches every host of every adapter in the manifest patterns', () => {
    const patterns = siteMatchPatterns();
    for (const site of siteAdapters) {
      for (const host of site.hosts) expect(patterns).toContain(`https://${host}/*`);
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
