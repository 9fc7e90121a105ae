/**
 * A guard context for unit tests of the paste, file and submit guards (happy-dom): a
 * HuggingChat-like textarea composer, and a policy the test answers when it chooses, as the
 * background does some moments after load.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { Finding } from '@/lib/detectors';
import type { Action } from '@/lib/policy/decide';
import { defaultEffectivePolicy, type EffectivePolicy } from '@/lib/policy/effective';
import type { GuardContext } from '@/lib/sites/guard-context';
import { huggingchat } from '@/lib/sites/huggingchat';
import english from '@/public/_locales/en/messages.json';

export interface FakeGuard {
  guard: GuardContext;
  composer: HTMLTextAreaElement;
  /** Hashes the guards marked "not sensitive". */
  allowed: string[];
  checked: { kind: string; action: Action; findings: Finding[] }[];
  /** The background answers with `policy`. */
  answer(policy: EffectivePolicy): void;
  /** The bounded wait runs out without an answer: the default policy stays. */
  giveUp(): void;
}

/** The organisation's pack: contact details are redacted, not just warned about. */
export const redactContactPolicy: EffectivePolicy = {
  ...defaultEffectivePolicy,
  packId: 'org-pack',
  allowedValueSalt: 'org-salt',
  categories: {
    ...defaultEffectivePolicy.categories,
    contact: { action: 'redact', allowOverride: true },
  },
};

/** The fake browser has no catalogue; the English one stands in, and the DOM gets editing. */
export function prepareDom(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (key: string) => (english as Record<string, { message: string }>)[key]?.message ?? '',
  );
  // happy-dom has no execCommand: insertion falls back to the textarea's value setter.
  document.execCommand = () => false;
  document.body.innerHTML =
    '<form><textarea enterkeyhint="send"></textarea><button name="submit">Send</button></form>';
}

export function fakeGuard(options: { loaded: EffectivePolicy | null }): FakeGuard {
  const composer = document.querySelector('textarea')!;
  let policy = { ...(options.loaded ?? defaultEffectivePolicy) };
  let loaded = options.loaded !== null;
  let finishWait: (policy: EffectivePolicy) => void = () => undefined;
  const waited = new Promise<EffectivePolicy>((resolve) => (finishWait = resolve));
  const fake: FakeGuard = {
    composer,
    allowed: [],
    checked: [],
    answer(next) {
      policy = { ...next };
      loaded = true;
      finishWait(policy);
    },
    giveUp: () => finishWait(policy),
    guard: {
      site: huggingchat,
      composer: () => composer,
      policy: () => policy,
      loadedPolicy: () => (loaded ? Promise.resolve(policy) : waited),
      isPolicyLoaded: () => loaded,
      waitForPolicy: () => (loaded ? Promise.resolve(policy) : waited),
      paused: () => false,
      onValuesAllowed: (hashes) => fake.allowed.push(...hashes),
      onChecked: (kind, _length, action, findings) => fake.checked.push({ kind, action, findings }),
    },
  };

  return fake;
}

/** The button of Ascent's choice by the composer, e.g. `redact`, `not-sensitive`. */
export function choiceButton(action: string): HTMLButtonElement | null {
  const root = document.querySelector('ascent-notice')?.shadowRoot;
  return root?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`) ?? null;
}

/** The kind of notice or choice shown, e.g. `paste-choice`, or null for none. */
export function noticeKind(): string | null {
  const root = document.querySelector('ascent-notice')?.shadowRoot;
  return root?.querySelector<HTMLElement>('[data-ascent]')?.dataset.ascent ?? null;
}

/** Lets pending promises and zero-delay timers run. */
export function settle(ms = 20): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
