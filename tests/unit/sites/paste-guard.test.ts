// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { handlePaste } from '@/lib/sites/paste-guard';
import { createSubmitGuard } from '@/lib/sites/submit-guard';
import {
  choiceButton,
  fakeGuard,
  noticeKind,
  prepareDom,
  redactContactPolicy,
  settle,
  type FakeGuard,
} from './fake-guard';

const email = 'l.bakker@voorbeeldbedrijf.nl';

/** Pastes `text` on the composer the way the content script hears it. */
function paste(fake: FakeGuard, text: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
  });
  fake.composer.addEventListener('paste', (heard) => handlePaste(fake.guard, heard), {
    once: true,
  });
  fake.composer.dispatchEvent(event);
  return event;
}

/** What the notice by the composer says. */
const noticeText = () => document.querySelector('ascent-notice')?.shadowRoot?.textContent ?? '';

beforeEach(prepareDom);

describe('handlePaste before the background has answered with the policy', () => {
  it('lets a clean paste through at once, untouched', () => {
    const fake = fakeGuard({ loaded: null });

    const event = paste(fake, 'Summarise the meeting notes from Thursday.');

    expect(event.defaultPrevented).toBe(false);
    expect(fake.checked).toEqual([{ kind: 'paste', action: 'allow', findings: [] }]);
  });

  it("holds a paste with findings and judges it by the organisation's pack once it answers", async () => {
    const fake = fakeGuard({ loaded: null });

    const event = paste(fake, `Write to ${email} today`);
    await settle();

    expect(event.defaultPrevented).toBe(true);
    expect(noticeKind()).toBeNull();

    fake.answer(redactContactPolicy);
    // The hash of values marked "not sensitive" is asynchronous: slow on a busy machine.
    await vi.waitFor(() => expect(noticeKind()).toBe('paste-choice'));

    choiceButton('redact')!.click();
    await vi.waitFor(() => expect(fake.composer.value).toMatch(/^Write to .+ today$/));
    expect(fake.composer.value).not.toContain(email);
  });

  it('says it is checking when the hold lasts, and replaces that by the choice', async () => {
    const fake = fakeGuard({ loaded: null });

    paste(fake, `Write to ${email} today`);
    await settle(400);
    expect(noticeKind()).toBe('paste-checking');
    expect(noticeText()).toContain('is checking this paste');

    fake.answer(redactContactPolicy);
    await vi.waitFor(() => expect(noticeKind()).toBe('paste-choice'));
  });

  it('falls back to the default policy when the pack does not answer in time', async () => {
    const fake = fakeGuard({ loaded: null });

    paste(fake, `Write to ${email} today`);
    fake.giveUp();
    await settle();

    expect(fake.composer.value).toBe(`Write to ${email} today`);
    expect(noticeKind()).toBe('paste-warning');
  });
});

describe('handlePaste once the policy is loaded', () => {
  it('lets a paste the policy only warns about through at once, with a warning', () => {
    const fake = fakeGuard({ loaded: { ...redactContactPolicy, categories: {} } });

    const event = paste(fake, `Write to ${email} today`);

    expect(event.defaultPrevented).toBe(false);
    expect(noticeKind()).toBe('paste-warning');
  });
});

describe('"insert anyway" on a block', () => {
  it('still redacts what the pack redacts without override, and says so first', async () => {
    const fake = fakeGuard({
      loaded: {
        ...redactContactPolicy,
        categories: {
          ...redactContactPolicy.categories,
          contact: { action: 'redact', allowOverride: false },
        },
      },
    });

    paste(fake, `key AKIAQ4XN7B2M6TPL3VDE mail ${email}`);
    await vi.waitFor(() => expect(noticeKind()).toBe('paste-blocked'));
    expect(noticeText()).toContain('Going ahead anyway still redacts');

    choiceButton('override')!.click();
    const root = document.querySelector('ascent-notice')!.shadowRoot!;
    root.querySelector<HTMLTextAreaElement>('[data-ascent="justification"]')!.value = 'ticket 12';
    root.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();

    await vi.waitFor(() => expect(fake.composer.value).toContain('AKIAQ4XN7B2M6TPL3VDE'));
    expect(fake.composer.value).not.toContain(email);
    expect(fake.composer.value).toContain('[EMAIL_1]');

    // Sending the prompt that holds the value does not ask for a reason a second time.
    const sent: string[] = [];
    const submitGuard = createSubmitGuard(fake.guard, (prompt) => sent.push(prompt));
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    fake.composer.addEventListener('keydown', submitGuard.onKeyDown, { once: true });
    fake.composer.dispatchEvent(enter);

    expect(enter.defaultPrevented).toBe(false);
    expect(sent).toHaveLength(1);
  });
});

describe('pastes while a choice is open', () => {
  it('queue their choices: each held paste is settled in turn, none is lost', async () => {
    const fake = fakeGuard({ loaded: redactContactPolicy });

    paste(fake, 'key AKIAQ4XN7B2M6TPL3VDE');
    await vi.waitFor(() => expect(noticeKind()).toBe('paste-blocked'));
    paste(fake, `Write to ${email} today`);
    paste(fake, 'second key AKIAZ7VQ3M5T2XKL9WQP');
    await settle();
    expect(noticeKind()).toBe('paste-blocked');

    choiceButton('cancel')!.click();
    await vi.waitFor(() => expect(noticeKind()).toBe('paste-choice'));
    choiceButton('redact')!.click();
    await vi.waitFor(() => expect(fake.composer.value).toMatch(/Write to .+ today/));
    expect(fake.composer.value).not.toContain(email);

    await vi.waitFor(() => expect(noticeKind()).toBe('paste-blocked'));
    expect(noticeText()).toContain('Ascent');
    choiceButton('cancel')!.click();
    await vi.waitFor(() => expect(noticeKind()).toBeNull());
    expect(fake.composer.value).not.toContain('AKIA');
  });
});

describe('handlePaste with a paste over 256 KB', () => {
  const filler = 'Quarterly notes, nothing to hide here. '.repeat(7000);

  it('holds it, says it is checking, then inserts it as plain text with a notice', async () => {
    const fake = fakeGuard({ loaded: redactContactPolicy });

    const event = paste(fake, filler);
    expect(event.defaultPrevented).toBe(true);
    expect(noticeKind()).toBe('paste-scanning');
    expect(noticeText()).toContain('is checking this large paste');
    expect(fake.composer.value).toBe('');

    await vi.waitFor(() => expect(noticeKind()).toBe('paste-large'), { timeout: 5000 });
    expect(fake.composer.value).toBe(filler);
  });

  it('offers the choice for a value at its very end, and inserts nothing before it', async () => {
    const fake = fakeGuard({ loaded: redactContactPolicy });

    paste(fake, `${filler} Write to ${email}`);

    await vi.waitFor(() => expect(noticeKind()).toBe('paste-choice'), { timeout: 5000 });
    expect(fake.composer.value).toBe('');
  });
});
