// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';

import { defaultEffectivePolicy } from '@/lib/policy/effective';
import { hashValue } from '@/lib/policy/value-hash';
import { handleFileDrop } from '@/lib/sites/file-guard';
import {
  choiceButton,
  fakeGuard,
  noticeKind,
  prepareDom,
  redactContactPolicy,
  settle,
  type FakeGuard,
} from './fake-guard';

// Invented AWS access key ids: secrets, blocked with an override by the default policy.
const firstKey = 'AKIAQ4XN7B2M6TPL3VDE';
const secondKey = 'AKIAZ7VQ3M5T2XKL9WQP';
const policy = { ...defaultEffectivePolicy, allowedValueSalt: 'profile-salt' };

/** Drops text files on the composer the way the content script hears it. */
function drop(fake: FakeGuard, texts: string[]): DragEvent {
  const data = new DataTransfer();
  for (const [index, text] of texts.entries()) {
    data.items.add(new File([text], `notes-${index + 1}.txt`, { type: 'text/plain' }));
  }
  const event = new DragEvent('drop', { bubbles: true, cancelable: true });
  // happy-dom's DragEvent does not take a dataTransfer.
  Object.defineProperty(event, 'dataTransfer', { value: data });
  fake.composer.addEventListener('drop', (heard) => handleFileDrop(fake.guard, heard), {
    once: true,
  });
  fake.composer.dispatchEvent(event);
  return event;
}

/** Marks what the choice names as not sensitive; returns the hashes that were allowed. */
async function markNotSensitive(fake: FakeGuard): Promise<string[]> {
  await settle();
  expect(noticeKind()).toBe('file-blocked');
  choiceButton('not-sensitive')!.click();
  await settle();
  return fake.allowed;
}

const hashes = (...values: string[]) =>
  Promise.all(values.map((value) => hashValue(policy.allowedValueSalt, value)));

beforeEach(prepareDom);

describe('handleFileDrop with several files', () => {
  it('allows the exact value found in the second of two files', async () => {
    const fake = fakeGuard({ loaded: policy });

    drop(fake, ['Quarterly figures, nothing secret.', `deploy key ${firstKey} for staging`]);

    expect(await markNotSensitive(fake)).toEqual(await hashes(firstKey));
  });

  it('allows the exact values found in the second and third of three files', async () => {
    const fake = fakeGuard({ loaded: policy });

    drop(fake, [
      'Meeting notes\nNo values here at all.',
      `staging: ${firstKey}`,
      `A longer preamble before the production key ${secondKey}.`,
    ]);

    expect((await markNotSensitive(fake)).sort()).toEqual(
      (await hashes(firstKey, secondKey)).sort(),
    );
  });

  it('allows only the third file’s value when the first two are clean', async () => {
    const fake = fakeGuard({ loaded: policy });

    drop(fake, ['first file', 'second file, a bit longer than the first', `key ${secondKey}`]);

    expect(await markNotSensitive(fake)).toEqual(await hashes(secondKey));
  });
});

describe('handleFileDrop before the background has answered with the policy', () => {
  it("waits for the organisation's pack and judges the file by it", async () => {
    const fake = fakeGuard({ loaded: null });

    const event = drop(fake, ['Send the minutes to l.bakker@voorbeeldbedrijf.nl']);
    await settle();

    expect(event.defaultPrevented).toBe(true);
    expect(noticeKind()).toBeNull();

    fake.answer(redactContactPolicy);
    await settle();
    expect(noticeKind()).toBe('file-choice');
    expect(choiceButton('redact')).not.toBeNull();
  });
});
