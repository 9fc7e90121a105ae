import { afterEach, describe, expect, it, vi } from 'vitest';

import { localiseReason } from '@/components/options/pack-reason-text';
import { historyProblemText } from '@/components/progress/history-problem-text';
import { fetchPackUrl } from '@/lib/policy/pack-url';
import { checkPackText } from '@/lib/policy/validate-pack';
import { checkHistoryFile, parseHistoryFile } from '@/lib/progress/history-file';
import { answerFromCatalogue } from './catalogue';

/** The reason line the options page shows for pack text, in English and in Dutch. */
function packReason(text: string): { en: string; nl: string } {
  const checked = checkPackText(text);
  if (checked.ok) throw new Error('expected a refusal');

  const problem = checked.problems[0]!;
  const line = `${problem.path}: ${problem.message}`;
  return { en: line, nl: localiseReason(line, 'nl') };
}

/** Why a pack URL failed, in English and in Dutch, for a fetch that answers `respond()`. */
async function urlReason(respond: typeof fetch): Promise<{ en: string; nl: string }> {
  const fetched = await fetchPackUrl('https://packs.example/pack.json', undefined, respond);
  if (fetched.kind !== 'failed') throw new Error(`expected a failure, got ${fetched.kind}`);

  return { en: fetched.reason, nl: localiseReason(fetched.reason, 'nl') };
}

const html = '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body></body></html>';
// The opening bytes of a PNG image, read as text the way File.text() reads them.
const png = new TextDecoder().decode(
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a pack file that is no pack at all', () => {
  it.each([
    ['empty', '', '$: the file is empty', '$: het bestand is leeg'],
    ['only blank lines', '\n  \n', '$: the file is empty', '$: het bestand is leeg'],
    [
      'binary',
      png,
      '$: the file is not text (binary)',
      '$: het bestand is geen tekst (binair bestand)',
    ],
  ])('says the file is %s', (_name, text, english, dutch) => {
    expect(packReason(text)).toEqual({ en: english, nl: dutch });
  });

  it('says a deeply nested JSON file nests too deeply, not that the YAML stack overflowed', () => {
    for (const text of ['['.repeat(100_000), `${'['.repeat(100_000)}${']'.repeat(100_000)}`]) {
      const reason = packReason(text);

      expect(reason.en).toBe('$: not valid JSON: nested too deeply (more than 100 levels)');
      expect(reason.nl).toBe('$: geen geldige JSON: te diep genest (meer dan 100 niveaus)');
    }
  });

  it('says a deeply nested YAML file nests too deeply', () => {
    const reason = packReason(`id: ${'['.repeat(5000)}`);

    expect(reason.en).toMatch(/^\$: not valid YAML: nested too deeply/);
    expect(reason.en).not.toMatch(/call stack/);
    expect(reason.nl).toMatch(/^\$: geen geldige YAML \(regel 1, kolom \d+\): te diep genest$/);
  });

  it('still reads a pack nested as deep as packs go, and brackets inside its strings', () => {
    const text = JSON.stringify({ description: '[[[['.repeat(50), id: 'x' });

    expect(packReason(text).en).not.toMatch(/nested|empty|binary/);
  });
});

describe('a pack URL that gives no pack', () => {
  it('says an HTML page came back, with or without a content type', async () => {
    const page = (type?: string) =>
      (async () =>
        new Response(html, { headers: type ? { 'Content-Type': type } : {} })) as typeof fetch;

    for (const type of ['text/html; charset=utf-8', undefined]) {
      expect(await urlReason(page(type))).toEqual({
        en: 'the URL returned an HTML page, not a pack',
        nl: 'de URL gaf een HTML-pagina terug, geen pakket',
      });
    }
  });

  it('reads a real pack served as text/html by mistake', async () => {
    const fetched = await fetchPackUrl(
      'https://packs.example/pack.json',
      undefined,
      (async () =>
        new Response('{"id": "x"}', {
          headers: { 'Content-Type': 'text/html' },
        })) as typeof fetch,
    );

    expect(fetched.kind).toBe('fetched');
  });

  it('says how long it waited for a server that never answers', async () => {
    // The real timeout signal, shortened: fake timers do not reach AbortSignal.timeout.
    const timeout = AbortSignal.timeout.bind(AbortSignal);
    const asked = vi.spyOn(AbortSignal, 'timeout').mockImplementation(() => timeout(10));
    const silent = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => {
        init.signal!.addEventListener('abort', () => reject(init.signal!.reason as Error));
      })) as typeof fetch;

    expect(await urlReason(silent)).toEqual({
      en: 'no answer within 15 seconds',
      nl: 'geen antwoord binnen 15 seconden',
    });
    expect(asked).toHaveBeenCalledWith(15_000);
  });
});

describe('a history file that cannot be imported', () => {
  const history = { format: 'ascent-history', version: 1, exportedAt: 1, events: [], days: [] };
  const paste = {
    kind: 'paste',
    time: 1,
    tool: 'chatgpt',
    role: 'sales',
    outcome: 'clean',
    findingCounts: {},
    promptLength: 30,
  };

  /** The progress page's words for a file, in English and in Dutch. */
  function words(file: unknown): { en: string; nl: string } {
    const checked = checkHistoryFile(typeof file === 'string' ? file : JSON.stringify(file));
    if (!('problem' in checked)) throw new Error('expected a problem');

    answerFromCatalogue('en');
    const en = historyProblemText(checked.problem);
    answerFromCatalogue('nl');
    return { en, nl: historyProblemText(checked.problem) };
  }

  it.each([
    ['another format', { format: 'other' }],
    ['no format', { version: 1, events: [] }],
    ['a list', [history]],
    ['null', null],
  ])('says in words that %s is no Ascent history', (_name, file) => {
    expect(words(file)).toEqual({
      en: 'the file is not an Ascent history: its "format" field is missing or is not "ascent-history"',
      nl: 'het bestand is geen Ascent-geschiedenis: het veld "format" ontbreekt of is niet "ascent-history"',
    });
  });

  it('words the English for the command line the same way', () => {
    const text = JSON.stringify({ format: 'other' });

    answerFromCatalogue('en');
    expect(parseHistoryFile(text)).toBe(words(text).en);
    expect(parseHistoryFile(text)).not.toMatch(/Invalid input/);
  });

  it.each([
    [
      'a newer version',
      { ...history, version: 2 },
      'the file is an Ascent history of version 2, which this version of Ascent cannot read',
      'het bestand is een Ascent-geschiedenis van versie 2, die deze versie van Ascent niet kan lezen',
    ],
    [
      'a missing field',
      { ...history, exportedAt: undefined },
      'the field exportedAt is missing',
      'het veld exportedAt ontbreekt',
    ],
    [
      'prompt text in an event',
      { ...history, events: [{ ...paste, text: 'secret plan' }] },
      'the record at events.0 has a field Ascent never stores: "text"',
      'het gegeven op events.0 heeft een veld dat Ascent nooit opslaat: "text"',
    ],
    [
      'a stray field',
      { ...history, extra: 1 },
      'the file has a field Ascent never stores: "extra"',
      'het bestand heeft een veld dat Ascent nooit opslaat: "extra"',
    ],
    [
      'a wrong value',
      { ...history, events: [{ ...paste, promptLength: 'long' }] },
      'the value at events.0.promptLength is not one Ascent writes',
      'de waarde op events.0.promptLength is geen waarde die Ascent schrijft',
    ],
    ['text that is no JSON', '{"format": ', 'the file is not JSON', 'het bestand is geen JSON'],
  ])('says what is wrong with %s', (_name, file, english, dutch) => {
    expect(words(file)).toEqual({ en: english, nl: dutch });
  });

  it('never repeats a value of the file', () => {
    const file = { ...history, events: [{ ...paste, text: 'secret plan' }] };

    expect(Object.values(words(file)).join(' ')).not.toContain('secret plan');
  });
});
