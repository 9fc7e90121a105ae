import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import english from '@/public/_locales/en/messages.json';
import dutch from '@/public/_locales/nl/messages.json';

type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** Chrome's substitution: named placeholders first, then `$1`… from the substitutions. */
function fill(entry: Catalogue[string], substitutions: string[]): string {
  const named = entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    return entry.placeholders?.[name.toLowerCase()]?.content ?? '';
  });
  return named.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
}

/** The fake browser has no catalogue: this one answers from the shipped en or nl messages. */
export function answerFromCatalogue(language: 'en' | 'nl'): void {
  const catalogue = (language === 'en' ? english : dutch) as Catalogue;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (key: string, substitutions?: string | (string | number)[]) => {
      const entry = catalogue[key];
      if (!entry) return '';
      const list = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
      return fill(entry, list.map(String));
    },
  );
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(language);
}
