// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';

import { handlePaste } from '@/lib/sites/paste-guard';
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
    await settle();
    expect(noticeKind()).toBe('paste-choice');

    choiceButton('redact')!.click();
    await settle();
    expect(fake.composer.value).toMatch(/^Write to .+ today$/);
    expect(fake.composer.value).not.toContain(email);
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
