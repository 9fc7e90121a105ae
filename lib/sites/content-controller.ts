import { browser } from 'wxt/browser';

import { findingTypes, scanText, type Finding } from '../detectors';
import { t, uiLanguage } from '../i18n';
import { log } from '../log';
import { parseMessage, type Message, type TabStatus } from '../messages';
import { decide, type Decision } from '../policy/decide';
import { countByCategory } from '../progress/events';
import { isInComposer, readComposerText } from './composer';
import { removeNotices, showNotice } from './notice';
import type { SiteAdapter } from './types';
import { watchComposer, type ComposerState, type ComposerWatch } from './watch-composer';

/** Enter on the composer and a click on the send control can both fire for one send. */
const submitDedupMs = 500;

/** Sends to Ascent's other contexts; no receiver (side panel closed) is not an error. */
function send(message: Message): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Readable names of the types found, in the browser's language, each named once. */
function describeTypes(findings: readonly Finding[]): string {
  const language = uiLanguage();
  const labels = new Map(findingTypes().map((info) => [info.type, info.label[language]]));
  const names = new Set(findings.map((finding) => labels.get(finding.type) ?? finding.type));
  return [...names].join(', ');
}

function record(kind: 'paste' | 'submit', tool: string, findings: Finding[], length: number): void {
  send({
    type: 'record-event',
    kind,
    tool,
    findingCounts: countByCategory(findings),
    promptLength: length,
  });
}

/**
 * Everything the content script does on one AI tool's page: follows the composer, checks
 * pastes and submits, shows notices, reports the tab's status. The `signal` ends it all
 * when the extension reloads or the page goes away.
 */
export function startContentController(site: SiteAdapter, signal: AbortSignal): void {
  let lastPaste: TabStatus['lastPaste'] = null;
  let lastSubmitAt = 0;
  // Kept here rather than read from the watch: the watch reports its first state while it
  // is still being set up.
  let composerState: ComposerState = 'searching';

  const status = (): TabStatus => ({
    tool: { id: site.id, name: site.name },
    composer: composerState,
    lastPaste,
  });

  const publishStatus = () => send({ type: 'tab-status', status: status() });

  const onComposerChange = (_composer: HTMLElement | null, state: ComposerState) => {
    composerState = state;
    log.debug('composer', state, site.id);
    // A notice belongs to the composer it points at; a new or missing composer ends it.
    removeNotices();
    publishStatus();
  };

  const watch: ComposerWatch = watchComposer(site, onComposerChange, signal);

  const onPaste = (event: ClipboardEvent) => handlePaste(event);
  const handlePaste = (event: ClipboardEvent) => {
    const composer = watch.current();
    if (!composer || !isInComposer(composer, event.target)) return;

    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!text) return;

    const decision = decide(scanText(text));
    applyPasteDecision(event, composer, decision);
    lastPaste = {
      time: Date.now(),
      length: text.length,
      action: decision.action,
      findings: decision.findings,
    };
    record('paste', site.id, decision.findings, text.length);
    publishStatus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Enter that confirms an IME composition is not a submit; Shift+Enter is a new line.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229)
      return;
    if (isInComposer(watch.current(), event.target)) handleSubmit();
  };

  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const sendControl = target?.closest(site.sendSelectors.join(', '));
    if (sendControl) handleSubmit();
  };

  const handleSubmit = () => {
    const composer = watch.current();
    const now = Date.now();
    if (!composer || now - lastSubmitAt < submitDedupMs) return;

    const text = readComposerText(composer).trim();
    if (!text) return;

    lastSubmitAt = now;
    record('submit', site.id, scanText(text), text.length);
  };

  const onRuntimeMessage = (raw: unknown): Promise<TabStatus> | undefined => {
    const message = parseMessage(raw);
    return message?.type === 'get-tab-status' ? Promise.resolve(status()) : undefined;
  };

  // Capture phase on the window: rich editors (ProseMirror, Quill, Lexical) handle paste
  // and Enter on their own elements and must not get there first.
  const options = { capture: true, signal };
  window.addEventListener('paste', onPaste, options);
  window.addEventListener('keydown', onKeyDown, options);
  window.addEventListener('click', onClick, options);
  browser.runtime.onMessage.addListener(onRuntimeMessage);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onRuntimeMessage);
    removeNotices();
  });

  publishStatus();
}

/**
 * Carries out the decision on a paste. Allow and monitor leave the paste to the page
 * untouched (formatting survives); warn lets it through and says so; redact and block
 * stop it before the editor sees it, until the redaction choice exists.
 */
function applyPasteDecision(
  event: ClipboardEvent,
  composer: HTMLElement,
  decision: Decision,
): void {
  const { action, findings } = decision;
  if (action === 'allow' || action === 'monitor') return;

  const types = describeTypes(findings);
  if (action === 'warn') {
    const body = t('pasteWarningBody', types);
    showNotice(composer, {
      tone: 'warning',
      title: t('pasteWarningTitle'),
      body,
      dismissLabel: t('dismiss'),
    });
    return;
  }

  // ProseMirror ignores defaultPrevented, so propagation must stop as well.
  event.preventDefault();
  event.stopImmediatePropagation();
  const body = t('pasteBlockedBody', types);
  showNotice(composer, {
    tone: 'blocked',
    title: t('pasteBlockedTitle'),
    body,
    dismissLabel: t('dismiss'),
  });
}
