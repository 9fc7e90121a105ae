import { describe, expect, it } from 'vitest';

import { isEdge, isUnavailableHere } from '@/lib/sites/availability';
import { isStartPath } from '@/lib/sites/conversation';
import { isSubmitKey } from '@/lib/sites/submit-guard';

describe('isStartPath', () => {
  it.each(['/', '/new', '/app', '/chat', '/chat/'])('treats %s as a start page', (path) => {
    expect(isStartPath(path)).toBe(true);
  });

  it.each(['/c/6751b2a0-1c2d-4e5f-8a9b-0c1d2e3f4a5b', '/chat/4f2a9b1c77', '/app/3e8d9f0a1b2c'])(
    'treats %s as one conversation',
    (path) => {
      expect(isStartPath(path)).toBe(false);
    },
  );
});

describe('isSubmitKey', () => {
  const key = (init: KeyboardEventInit & { keyCode?: number }) =>
    ({ key: 'Enter', shiftKey: false, isComposing: false, keyCode: 13, ...init }) as KeyboardEvent;

  it('sends on Enter alone', () => {
    expect(isSubmitKey(key({}))).toBe(true);
  });

  it('never sends on Shift+Enter or an Enter that confirms an IME composition', () => {
    expect(isSubmitKey(key({ shiftKey: true }))).toBe(false);
    expect(isSubmitKey(key({ isComposing: true }))).toBe(false);
    expect(isSubmitKey(key({ keyCode: 229 }))).toBe(false);
  });
});

describe('availability', () => {
  const edgeUa =
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';
  const chromeUa = edgeUa.replace(' Edg/131.0.0.0', '');

  it('recognises Edge by its brand or its user agent', () => {
    expect(isEdge({ userAgent: chromeUa, brands: [{ brand: 'Microsoft Edge' }] })).toBe(true);
    expect(isEdge({ userAgent: edgeUa })).toBe(true);
    expect(isEdge({ userAgent: chromeUa, brands: [{ brand: 'Google Chrome' }] })).toBe(false);
  });

  it('says Copilot pages are unavailable in Edge only', () => {
    expect(isUnavailableHere('copilot', { userAgent: edgeUa })).toBe(true);
    expect(isUnavailableHere('m365-copilot', { userAgent: edgeUa })).toBe(true);
    expect(isUnavailableHere('chatgpt', { userAgent: edgeUa })).toBe(false);
    expect(isUnavailableHere('copilot', { userAgent: chromeUa })).toBe(false);
  });
});
