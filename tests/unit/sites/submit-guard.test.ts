// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';

import { createSubmitGuard, type SubmitOutcome } from '@/lib/sites/submit-guard';
import {
  fakeGuard,
  noticeKind,
  prepareDom,
  redactContactPolicy,
  settle,
  type FakeGuard,
} from './fake-guard';

/** Types `text` into the composer and presses Enter; returns the event and what was sent. */
function submit(fake: FakeGuard, text: string) {
  const sent: [string, SubmitOutcome][] = [];
  const submitGuard = createSubmitGuard(fake.guard, (prompt, outcome) =>
    sent.push([prompt, outcome]),
  );
  fake.composer.value = text;
  const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
  fake.composer.addEventListener('keydown', submitGuard.onKeyDown, { once: true });
  // A prompt Ascent lets go after holding it is sent again through the send control.
  document.querySelector('button')!.addEventListener('click', submitGuard.onClick);
  fake.composer.dispatchEvent(event);
  return { event, sent };
}

beforeEach(prepareDom);

describe('the submit guard before the background has answered with the policy', () => {
  it('lets a clean prompt go at once', () => {
    const fake = fakeGuard({ loaded: null });

    const { event, sent } = submit(fake, 'Summarise the meeting notes from Thursday.');

    expect(event.defaultPrevented).toBe(false);
    expect(sent).toEqual([['Summarise the meeting notes from Thursday.', 'clean']]);
  });

  it("holds a prompt with findings and judges it by the organisation's pack", async () => {
    const fake = fakeGuard({ loaded: null });

    const { event, sent } = submit(fake, 'Write to l.bakker@voorbeeldbedrijf.nl today');
    await settle();

    expect(event.defaultPrevented).toBe(true);
    expect(sent).toEqual([]);

    fake.answer(redactContactPolicy);
    await settle();
    expect(noticeKind()).toBe('submit-choice');
  });
  it('sends a held prompt once the pack only warns, with the warning', async () => {
    const fake = fakeGuard({ loaded: null });

    const { sent } = submit(fake, 'Write to l.bakker@voorbeeldbedrijf.nl today');
    fake.answer({ ...redactContactPolicy, categories: {} });
    await settle();

    expect(noticeKind()).toBe('submit-warning');
    expect(sent).toEqual([['Write to l.bakker@voorbeeldbedrijf.nl today', 'warned']]);
  });
});
