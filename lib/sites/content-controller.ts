import { browser } from 'wxt/browser';

import { parseContentMessage } from '../content-messages';
import type { Finding } from '../detectors';
import { t } from '../i18n';
import { log } from '../log';
import type { Message, TabStatus } from '../messages';
import { scanForPolicy, type Action } from '../policy/decide';
import type { EffectivePolicy } from '../policy/effective';
import { isInComposer } from './composer';
import { feedComposer } from './composer-feed';
import { trackConversation } from './conversation';
import { largeTextLength, scanInSlices } from './evaluate';
import { handleFileChange, handleFileDrop } from './file-guard';
import type { GuardContext } from './guard-context';
import { insertIntoComposer, type InsertResult } from './insert-text';
import { removeMarker, showMarker } from './marker';
import { removeNotices } from './notice';
import { countByCategory } from '../detectors/count';
import { describeTypes, send } from './outbound';
import { handlePaste } from './paste-guard';
import { followPolicy } from './policy-client';
import { isInReply, watchReplies } from './reply-watch';
import { createSubmitGuard, type SubmitOutcome } from './submit-guard';
import { forgetOverridden } from './resolve-decision';
import type { SiteAdapter } from './types';
import { watchComposer, type ComposerState } from './watch-composer';

// The built content script must stay under 150 KB minified (issue 5); it is ~127 KB: ~70 KB
// lib/detectors with libphonenumber and its metadata, ~26 KB this folder, ~22 KB zod/mini.
// wxt.config.ts keeps the polyfill out of it. A unit test holds the budget
// (tests/unit/content-script-size.test.ts).

/** Text put in by `insert-text` with a template id, until it is sent or cleared. */
interface InsertedTemplate {
  templateId: string;
  text: string;
}

/** Whitespace-free form, to see whether inserted text is still in the composer. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Everything the content script does on one AI tool's page: follows the composer and the
 * policy, checks pastes, files and submits, feeds the side panel, reports the tab's status.
 * The `signal` ends it all when the extension reloads or the page goes away.
 */
export function startContentController(site: SiteAdapter, signal: AbortSignal): void {
  let lastPaste: TabStatus['lastPaste'] = null;
  let typingFindings: Finding[] = [];
  let composerState: ComposerState = 'searching';
  let template: InsertedTemplate | null = null;
  const conversation = trackConversation(site);

  const policy = followPolicy(location.hostname, () => publishStatus(), signal);
  const paused = () => policy.current().paused;
  // Filled once the handlers the watch reports to exist.
  const watching: { watch?: ReturnType<typeof watchComposer> } = {};
  const composer = () => watching.watch?.current() ?? null;

  const status = (): TabStatus => ({
    tool: { id: site.id, name: site.name },
    composer: paused() ? 'paused' : composerState,
    lastPaste,
    typingFindings,
  });

  const publishStatus = () => {
    if (paused()) {
      removeNotices();
      removeMarker();
    }
    send({ type: 'tab-status', status: status() });
  };

  const guard: GuardContext = {
    site,
    composer,
    policy: () => policy.current(),
    loadedPolicy: () => policy.loaded(),
    isPolicyLoaded: () => policy.isLoaded(),
    waitForPolicy: () => policy.waitForPolicy(),
    paused,
    onValuesAllowed: (hashes) => allowValues(policy.current(), hashes),
    onChecked: (kind, length, action, findings) => onChecked(kind, length, action, findings),
  };

  const onChecked = (kind: string, length: number, action: Action, findings: Finding[]) => {
    lastPaste = { time: Date.now(), length, action, findings };
    send({
      type: 'record-event',
      kind: 'paste',
      tool: site.id,
      findingCounts: countByCategory(findings),
      promptLength: length,
    });
    log.debug('checked', kind, action, findings.length);
    publishStatus();
  };

  const feed = feedComposer(
    {
      composer,
      onText: (text) => onComposerText(text),
      // A composer holding a large paste is scanned in slices: the page stays responsive.
      scan: (text) =>
        text.length > largeTextLength
          ? scanInSlices(text, policy.current())
          : scanForPolicy(text, policy.current()),
      onFindings: (findings) => onTypingFindings(findings),
    },
    signal,
  );

  const onComposerText = (text: string) => {
    if (template && !squash(text).includes(squash(template.text))) template = null;
    if (!paused()) send({ type: 'composer-text', tool: site.id, text: text.slice(0, 512 * 1024) });
  };

  const onTypingFindings = (findings: Finding[]) => {
    const current = composer();
    if (paused() || !current) return;

    typingFindings = findings;
    showMarker(
      current,
      findings.length,
      t('typingMarker', [String(findings.length), describeTypes(findings)]),
    );
    publishStatus();
  };

  const onSubmitted = (text: string, outcome: SubmitOutcome) => {
    conversation.checkPath();
    const message: Message = {
      type: 'prompt-submitted',
      tool: site.id,
      text: text.slice(0, 512 * 1024),
      conversationId: conversation.id(),
      followsAnswer: conversation.followsAnswer(),
      outcome,
      ...(template ? { templateId: template.templateId } : {}),
    };
    send(message);
    if (outcome !== 'blocked') {
      conversation.notePrompt();
      template = null;
    }
    setTimeout(() => feed.flush(), 300);
  };

  const submitGuard = createSubmitGuard(guard, onSubmitted);

  const onComposerChange = (_composer: HTMLElement | null, state: ComposerState) => {
    composerState = state;
    log.debug('composer', state, site.id);
    // A notice belongs to the composer it points at; a new or missing composer ends it, and
    // with it the exemption of values overridden for the old composer's prompt.
    removeNotices();
    forgetOverridden();
    removeMarker();
    conversation.checkPath();
    publishStatus();
  };

  const insertText = async (text: string, templateId?: string): Promise<InsertResult> => {
    const result = await insertIntoComposer(composer(), text);
    if (result.ok && templateId) template = { templateId, text };
    feed.flush();
    return result;
  };

  // Answers through `sendResponse` (true keeps the channel open for an async answer): the
  // content script uses the browser's own API, which ignores a returned promise in Chrome.
  const onRuntimeMessage = (
    raw: unknown,
    _sender: unknown,
    sendResponse: (answer: unknown) => void,
  ): boolean => {
    const message = parseContentMessage(raw);
    if (message?.type === 'get-tab-status') sendResponse(status());
    if (message?.type !== 'insert-text') return false;

    const failed: InsertResult = { ok: false, reason: 'not-landed' };
    insertText(message.text, message.templateId).then(sendResponse, () => sendResponse(failed));
    return true;
  };

  const onInput = (event: Event) => {
    if (isInComposer(composer(), event.target)) feed.schedule();
  };

  const onCopy = () => {
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed && isInReply(site, selection.anchorNode)) {
      send({ type: 'reply-copied', tool: site.id });
    }
  };

  const onReply = () => {
    conversation.checkPath();
    send({ type: 'assistant-reply', tool: site.id, conversationId: conversation.id() });
  };

  watching.watch = watchComposer(site, onComposerChange, signal);

  // Capture phase on the window: rich editors (ProseMirror, Quill, Lexical) handle paste
  // and Enter on their own elements and must not get there first.
  const options = { capture: true, signal };
  window.addEventListener('paste', (event) => handlePaste(guard, event), options);
  window.addEventListener('keydown', submitGuard.onKeyDown, options);
  window.addEventListener('click', submitGuard.onClick, options);
  window.addEventListener('change', (event) => handleFileChange(guard, event), options);
  window.addEventListener('drop', (event) => handleFileDrop(guard, event), options);
  window.addEventListener('input', onInput, options);
  document.addEventListener('copy', onCopy, options);
  watchReplies(site, onReply, signal);
  browser.runtime.onMessage.addListener(onRuntimeMessage);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onRuntimeMessage);
    removeNotices();
    removeMarker();
  });

  publishStatus();
  void policy.refresh();
}

/** Values just marked "not sensitive" count as allowed at once, in this page's memory. */
function allowValues(policy: EffectivePolicy, hashes: string[]): void {
  policy.allowedValueHashes = [...new Set([...policy.allowedValueHashes, ...hashes])];
}
