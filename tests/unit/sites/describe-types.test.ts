import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { Finding } from '@/lib/detectors';
import { describeTypes } from '@/lib/sites/outbound';
import english from '@/public/_locales/en/messages.json';

const at = (category: Finding['category'], type: string): Finding => ({
  category,
  type,
  start: 0,
  end: 1,
  confidence: 0.9,
});

beforeEach(() => {
  // The fake browser has no catalogue; the English one stands in for the browser's.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (key: string) => (english as Record<string, { message: string }>)[key]?.message ?? '',
  );
});

describe('describeTypes', () => {
  it('should name each category found once, in the UI language', () => {
    const findings = [at('contact', 'email'), at('contact', 'phone'), at('secret', 'password')];

    expect(describeTypes(findings)).toBe('Contact details, Secret');
  });

  it("should name an organisation pattern by the pattern's own name", () => {
    expect(describeTypes([at('custom', 'Project Falcon')])).toBe('Project Falcon');
  });
});
