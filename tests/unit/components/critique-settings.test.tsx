// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { CritiqueSettings } from '@/components/options/CritiqueSettings';
import { defaultEffectivePolicy } from '@/lib/policy/effective';
import { critiqueSetting } from '@/lib/storage';
import { answerFromCatalogue } from './catalogue';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

let root: Root;

/**
 * A spy on a promise-returning browser API. The polyfill's types end with the callback
 * overload, which vi.spyOn would pick.
 */
function asyncSpy<T extends object>(api: T, method: keyof T & string) {
  return vi.spyOn(api, method as never) as unknown as MockInstance<
    (...args: unknown[]) => Promise<unknown>
  >;
}

/** The background's answer to every message, such as the policy the options page asks for. */
function answerMessages(answer: unknown): void {
  asyncSpy(browser.runtime, 'sendMessage').mockResolvedValue(answer);
}

/** Renders the section and lets its storage reads and policy request settle. */
async function render(): Promise<void> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<CritiqueSettings />));
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

function checkbox(): HTMLInputElement {
  return document.querySelector<HTMLInputElement>('input[name="critique-enabled"]')!;
}

function baseUrl(): string {
  return document.querySelector<HTMLInputElement>('#critique-base-url')!.value;
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click());
}

async function save(): Promise<void> {
  const button = [...document.querySelectorAll('button')].find(
    (candidate) => candidate.textContent === 'Save',
  )!;
  await click(button);
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

/** A pack in force, stored the way the policy work stores it, and the locks it reports. */
async function packInForce(critique: object, critiqueLocked = false): Promise<void> {
  await fakeBrowser.storage.local.set({ packInForce: { pack: { id: 'acme', critique } } });
  const locks = { ...defaultEffectivePolicy.locks, critiqueEndpoint: critiqueLocked };
  answerMessages({ ...defaultEffectivePolicy, locks });
}

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  fakeBrowser.reset();
  answerFromCatalogue('en');
  asyncSpy(browser.permissions, 'request').mockResolvedValue(true);
});

afterEach(() => {
  act(() => root.unmount());
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the critique settings', () => {
  it('show critique off on a new profile, as stored', async () => {
    await render();

    expect(checkbox().checked).toBe(false);
    expect((await critiqueSetting.getValue()).enabled).toBe(false);
  });

  it('tick and untick with a click', async () => {
    await render();

    await click(checkbox());
    expect(checkbox().checked).toBe(true);
    await click(checkbox());
    expect(checkbox().checked).toBe(false);
  });

  it('store what the checkbox shows, on and then off again', async () => {
    await render();

    await click(checkbox());
    await save();
    expect((await critiqueSetting.getValue()).enabled).toBe(true);
    expect(document.querySelector('[role="status"]')?.textContent).toBe('Saved.');

    await click(checkbox());
    await save();
    expect((await critiqueSetting.getValue()).enabled).toBe(false);
    expect(checkbox().checked).toBe(false);
  });

  it('show a stored choice to use critique as ticked', async () => {
    await critiqueSetting.setValue({ ...(await critiqueSetting.getValue()), enabled: true });
    await render();

    expect(checkbox().checked).toBe(true);
  });

  it("show the pack's pinned endpoint without switching critique on", async () => {
    await packInForce({ endpoint: 'https://ai.acme.example/v1', model: 'acme-small' });
    await render();

    expect(baseUrl()).toBe('https://ai.acme.example/v1');
    expect(checkbox().checked).toBe(false);

    await click(checkbox());
    await save();
    expect(browser.permissions.request).toHaveBeenCalledWith({
      origins: ['https://ai.acme.example/*'],
    });
    expect((await critiqueSetting.getValue()).enabled).toBe(true);
  });

  it('keep critique off when a lock leaves no approved endpoint, and say so', async () => {
    await packInForce({}, true);
    await render();

    expect(checkbox().checked).toBe(false);
    expect(document.querySelector('.error')?.textContent).toMatch(/endpoint/i);
  });

  it('say critique is off for everyone when the pack switches it off', async () => {
    await packInForce({ enabled: false });
    await render();

    expect(document.querySelector('input[name="critique-enabled"]')).toBeNull();
  });
});
