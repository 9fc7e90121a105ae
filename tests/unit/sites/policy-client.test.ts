// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { defaultEffectivePolicy } from '@/lib/policy/effective';
import { followPolicy, policyWaitMs } from '@/lib/sites/policy-client';
import { redactContactPolicy } from './fake-guard';

/** The background: answers `get-policy` with what `reply` gives, after `delayMs`. */
function background(reply: () => unknown, delayMs: number): void {
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if ((message as { type?: string }).type !== 'get-policy') return undefined;

    setTimeout(() => sendResponse(reply()), delayMs);
    return true;
  });
}

let controller: AbortController;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  controller = new AbortController();
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('followPolicy', () => {
  it("waits for the background's first answer and gives the organisation's pack", async () => {
    background(() => redactContactPolicy, 300);
    const policy = followPolicy('chatgpt.com', () => undefined, controller.signal);
    void policy.refresh();

    const waited = policy.waitForPolicy();
    expect(policy.isLoaded()).toBe(false);
    await vi.advanceTimersByTimeAsync(300);

    expect((await waited).packId).toBe('org-pack');
    expect(policy.isLoaded()).toBe(true);
  });

  it('falls back to the default policy when the background does not answer in time', async () => {
    background(() => redactContactPolicy, 10 * policyWaitMs);
    const policy = followPolicy('chatgpt.com', () => undefined, controller.signal);
    void policy.refresh();

    const waited = policy.waitForPolicy();
    await vi.advanceTimersByTimeAsync(policyWaitMs);

    expect((await waited).packId).toBe(defaultEffectivePolicy.packId);
    expect(policy.isLoaded()).toBe(false);
  });

  it('answers without waiting once the policy is loaded', async () => {
    background(() => redactContactPolicy, 0);
    const policy = followPolicy('chatgpt.com', () => undefined, controller.signal);
    const first = policy.refresh();
    await vi.advanceTimersByTimeAsync(0);
    await first;

    // No timer runs from here on: the answer must not depend on one.
    expect((await policy.waitForPolicy()).packId).toBe('org-pack');
  });

  it("keeps the organisation's pack when a later request fails", async () => {
    let answer: unknown = redactContactPolicy;
    background(() => answer, 0);
    const policy = followPolicy('chatgpt.com', () => undefined, controller.signal);
    const first = policy.refresh();
    await vi.advanceTimersByTimeAsync(0);
    await first;

    answer = { not: 'a policy' };
    const second = policy.refresh();
    await vi.advanceTimersByTimeAsync(0);
    await second;

    expect(policy.current().packId).toBe('org-pack');
  });
});
