import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pasteText } from '../../lib/demo/chromium';
import { openPanel, startSession, toolCases, type Session } from './support/extension';

let session: Session;

beforeAll(async () => {
  session = await startSession({ lang: 'nl' });
});

afterAll(async () => {
  await session?.stop();
});

describe('in a Dutch browser', () => {
  it('shows the side panel, its tips and the paste warning in Dutch', async () => {
    const panel = await openPanel(session, 'https://claude.ai/*');
    await panel.getByRole('heading', { name: 'Welkom bij Ascent' }).waitFor();
    await panel.selectOption('#onboarding-role', 'legal');
    await panel.getByRole('button', { name: 'Beginnen' }).click();

    const claude = toolCases[1]!;
    const chat = await session.chromium.context.newPage();
    await chat.goto(claude.url);
    await pasteText(
      chat,
      claude.composer,
      'Mail de cliënt op r.bakker@advocatenkantoor-voorbeeld.nl',
    );

    const warning = chat.locator('[data-ascent="paste-warning"]');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('gevoelige gegevens');

    await panel.reload();
    await panel.getByText('Gekoppeld').waitFor();
    expect(await panel.getByTestId('role').textContent()).toBe('Juridisch');
    expect(await panel.locator('[data-tip-id^="legal-"]').first().textContent()).toMatch(
      /vertrouwelijk|bron/i,
    );
  });
});
