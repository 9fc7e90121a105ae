import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pasteText } from '../../lib/demo/chromium';
import { openChatWithPanel, startSession, toolCases, type Session } from './support/extension';
import { checkKeyboardFocus, findLowContrast } from './support/page-audit';

// Invented values: an e-mail address on a domain the default pack does not exempt.
const email = 'm.jansen@voorbeeldbedrijf.nl';
const claude = toolCases.find((tool) => tool.id === 'claude')!;

/** A pack with three mistakes: an unknown action, a name that is no snake_case, a stray key. */
const brokenPack = {
  id: 'acme',
  name: 'Acme',
  version: '1.0.0',
  publisher: 'Acme security',
  updatedAt: '2026-12-01T00:00:00Z',
  dataRules: {
    fallback: { action: 'explode' },
    patterns: [
      { name: 'Project Code', category: 'custom', kind: 'keyword', pattern: 'x', action: 'warn' },
    ],
  },
  extra: true,
};

async function openExtensionPage(session: Session, path: string): Promise<Page> {
  const page = await session.chromium.context.newPage();
  await page.goto(`chrome-extension://${session.chromium.extensionId}/${path}`);
  return page;
}

async function importPack(options: Page, pack: object): Promise<string> {
  await options.setInputFiles('#pack-import', {
    name: 'acme.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(pack)),
  });
  const result = options.getByTestId('pack-import-result');
  await result.waitFor();
  return (await result.textContent()) ?? '';
}

async function headingsOf(page: Page): Promise<{ level: string; text: string }[]> {
  return page
    .locator('h1, h2')
    .evaluateAll((items) =>
      items.map((item) => ({ level: item.tagName, text: item.textContent ?? '' })),
    );
}

/** Contrast and keyboard problems of `page` in the light and the dark colour scheme. */
async function auditBothSchemes(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const low of await findLowContrast(page))
      problems.push(`${colorScheme}: "${low.text}" ${low.ratio}:1 < ${low.needed}:1`);
    for (const focus of await checkKeyboardFocus(page))
      problems.push(`${colorScheme}: ${focus.control}: ${focus.reason}`);
  }
  return problems;
}

describe('the options page in Dutch', () => {
  let session: Session;
  let options: Page;

  beforeAll(async () => {
    session = await startSession({ lang: 'nl' });
    options = await openExtensionPage(session, 'options.html');
    await options.getByRole('heading', { level: 1 }).waitFor();
  });

  afterAll(async () => {
    await session?.stop();
  });

  it('says why a pack is refused in Dutch, with the path into the pack as it is', async () => {
    const result = await importPack(options, brokenPack);

    expect(result).toContain('Het pakket is geweigerd');
    expect(result).toContain('$.dataRules.fallback.action: ongeldige keuze: verwacht een van');
    expect(result).toContain('$.dataRules.patterns[0].name: moet snake_case zijn');
    expect(result).toContain('$: onbekend veld: "extra"');
    expect(result).not.toMatch(/Invalid|expected|must be|Unrecognized/);
    expect(await options.getByTestId('pack-refused').textContent()).toContain(
      '$: onbekend veld: "extra"',
    );
  });

  it('has one h1 and a heading of its own for every section', async () => {
    const headings = await headingsOf(options);
    const texts = headings.map((heading) => heading.text);

    expect(headings.filter((heading) => heading.level === 'H1')).toEqual([
      { level: 'H1', text: 'Ascent-opties' },
    ]);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toEqual(
      expect.arrayContaining(['Persoonlijke instellingen', 'Gegevensbescherming', 'Auditlogboek']),
    );
    expect(await options.title()).toBe('Ascent-opties');
  });

  it('says what the empty audit log will hold', async () => {
    const text = await options.getByTestId('audit-count').textContent();

    expect(text).toMatch(/^Nog geen beslissingen vastgelegd\. .*nooit de waarde zelf/);
  });
});

describe('the side panel, options and progress pages', () => {
  let session: Session;
  let chat: Page;
  let panel: Page;

  beforeAll(async () => {
    session = await startSession();
    ({ chat, panel } = await openChatWithPanel(session, claude.url, claude.tabUrl));
    await panel.locator('[data-testid="tab-status"][data-composer="attached"]').waitFor();
  });

  afterAll(async () => {
    await session?.stop();
  });

  it('says what the findings list will show before anything is checked', async () => {
    await panel.getByRole('heading', { name: 'Sensitive data' }).waitFor();

    expect(await panel.getByTestId('findings-empty').textContent()).toMatch(
      /^Nothing sensitive found in this tab yet\. .*values themselves are never shown/,
    );
  });

  it('counts a pasted finding from 1, in characters', async () => {
    await pasteText(chat, claude.composer, `Mail ${email} today`);
    // The default pack warns on contact details: the paste goes in, with a notice.
    await chat.locator('[data-ascent="paste-warning"]').waitFor();

    await panel.bringToFront();
    const position = panel.getByTestId('finding').getByTestId('finding-position');
    await expect.poll(() => position.textContent()).toBe(`characters 6–${5 + email.length}`);
  });

  it('gives line and column of a finding in what is being typed', async () => {
    await chat.bringToFront();
    await chat.click(claude.composer);
    await chat.keyboard.press('Control+A');
    await chat.keyboard.press('Delete');
    await chat.keyboard.type('Please write to');
    await chat.keyboard.press('Shift+Enter');
    await chat.keyboard.type(`the   ${email} team`);

    await panel.bringToFront();
    const position = panel.getByTestId('typing-finding').getByTestId('finding-position');
    await expect.poll(() => position.textContent(), { timeout: 10_000 }).toBe('line 2, column 7');
    expect(await panel.content()).not.toContain(email);
  });

  it('reaches every control of the coach tab by Tab, with a ring and enough contrast', async () => {
    expect(await auditBothSchemes(panel)).toEqual([]);
  });

  it('moves between the panel tabs with the arrow keys too', async () => {
    await panel.getByRole('tab', { name: 'Coach' }).focus();
    await panel.keyboard.press('ArrowRight');

    expect(await panel.getByRole('tab', { name: 'Progress' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('tab-progress');
    expect(await auditBothSchemes(panel)).toEqual([]);

    await panel.keyboard.press('End');
    await panel.getByLabel('Your role').waitFor();
    expect(await auditBothSchemes(panel)).toEqual([]);
  });

  it('finds low contrast and a missing focus ring where there are some (control)', async () => {
    const options = await openExtensionPage(session, 'options.html');
    await options.getByTestId('audit-count').waitFor();
    await options.addStyleTag({
      content: '.muted { color: #767676 !important } #pack-url { outline: none !important }',
    });

    const problems = await auditBothSchemes(options);
    // #767676 just passes on white (4.5:1), nowhere near on the dark background.
    expect(problems.filter((line) => line.startsWith('dark: "')).length).toBeGreaterThan(0);
    expect(problems).toContain('light: input[url] pack-url: no visible focus ring');
    await options.close();
  });

  it('passes the same checks on the options page, a refusal shown', async () => {
    const options = await openExtensionPage(session, 'options.html');
    await importPack(options, brokenPack);

    expect(await auditBothSchemes(options)).toEqual([]);
  });

  it.each(['Overview', 'Lessons', 'Your data', 'Team'])(
    'passes the same checks on the progress page: %s',
    async (section) => {
      const progress = await openExtensionPage(session, 'progress.html');
      await progress.getByRole('heading', { level: 1, name: 'Ascent: your progress' }).waitFor();
      await progress.getByRole('button', { name: section }).click();

      expect(await auditBothSchemes(progress)).toEqual([]);
      await progress.close();
    },
  );

  it('names the progress page and says what to do when a team has shared nothing', async () => {
    const progress = await openExtensionPage(session, 'progress.html');
    await progress.getByRole('button', { name: 'Team' }).click();

    expect(await progress.title()).toBe('Ascent: your progress');
    await progress.getByText(/^No files opened yet\. Ask each team member/).waitFor();
  });
});
