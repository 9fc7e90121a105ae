// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';

import { findComposer, isInComposer, readComposerText } from '@/lib/sites/composer';
import { chatgpt } from '@/lib/sites/chatgpt';
import { claude } from '@/lib/sites/claude';
import { copilot } from '@/lib/sites/copilot';
import { gemini } from '@/lib/sites/gemini';

/** Markup shaped like each tool's page: a decoy contenteditable first, then the composer. */
const replicas = {
  chatgpt: `<div contenteditable="true" class="decoy"></div>
    <form><div id="prompt-textarea" class="ProseMirror" contenteditable="true"><p>hi</p></div>
    <button data-testid="send-button">Send</button></form>`,
  claude: `<div contenteditable="true" class="ProseMirror decoy" hidden></div>
    <fieldset><div aria-label="Write your prompt to Claude">
    <div class="ProseMirror" contenteditable="true"><p>hi</p></div></div></fieldset>`,
  gemini: `<div contenteditable="true"></div>
    <rich-textarea><div class="ql-editor textarea" contenteditable="true"><p>hi</p></div></rich-textarea>`,
  copilot: `<div contenteditable="true"></div>
    <textarea id="userInput" placeholder="Message Copilot">hi</textarea>`,
};

const sites = { chatgpt, claude, gemini, copilot };

describe('findComposer', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each(Object.keys(replicas) as (keyof typeof replicas)[])(
    'finds the %s composer and not the decoy before it',
    (tool) => {
      document.body.innerHTML = replicas[tool];

      const composer = findComposer(document, sites[tool]);

      expect(composer).not.toBeNull();
      expect(composer!.classList.contains('decoy')).toBe(false);
      expect(readComposerText(composer!).trim()).toBe('hi');
    },
  );

  it('returns null when the page has no composer', () => {
    document.body.innerHTML = '<div contenteditable="true"></div><textarea></textarea>';

    expect(findComposer(document, chatgpt)).toBeNull();
    expect(findComposer(document, copilot)).toBeNull();
  });

  it('skips a hidden or read-only copy of the composer', () => {
    document.body.innerHTML = `<div hidden><textarea id="userInput"></textarea></div>
      <textarea id="userInput" readonly></textarea>`;

    expect(findComposer(document, copilot)).toBeNull();
  });

  it('finds the signed-out ChatGPT textarea', () => {
    document.body.innerHTML = '<textarea id="prompt-textarea"></textarea>';

    expect(findComposer(document, chatgpt)?.tagName).toBe('TEXTAREA');
  });

  it('finds a new composer after the page re-renders it', () => {
    document.body.innerHTML = replicas.chatgpt;
    const first = findComposer(document, chatgpt);

    document.body.innerHTML = replicas.chatgpt;
    const second = findComposer(document, chatgpt);

    expect(first?.isConnected).toBe(false);
    expect(second?.isConnected).toBe(true);
  });

  it('knows whether an event target lies inside the composer', () => {
    document.body.innerHTML = replicas.chatgpt;
    const composer = findComposer(document, chatgpt);
    const paragraph = composer!.querySelector('p');

    expect(isInComposer(composer, paragraph)).toBe(true);
    expect(isInComposer(composer, document.querySelector('.decoy'))).toBe(false);
    expect(isInComposer(null, paragraph)).toBe(false);
  });
});
