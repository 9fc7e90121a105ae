/**
 * The in-page notices and choices next to the composer. They live in a shadow root so the
 * chat page's styles cannot restyle them and their styles cannot leak into the page; no
 * React here, the content script stays small.
 */
export interface NoticeContent {
  tone: 'info' | 'warning' | 'blocked';
  /** Stable name for tests and the audit trail, e.g. `paste-warning`, `submit-blocked`. */
  kind: string;
  title: string;
  body: string;
  dismissLabel: string;
}

const hostTag = 'ascent-notice';

const styles = `
  :host { all: initial; }
  .notice { position: fixed; z-index: 2147483647; max-width: 440px; box-sizing: border-box;
    font: 13px/1.4 system-ui, sans-serif; padding: 10px 12px; border-radius: 8px;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); display: flex; flex-wrap: wrap; gap: 8px 10px;
    align-items: start; background: #fff8e1; color: #3d2c00; border: 1px solid #e0b400; }
  .notice[data-tone='blocked'] { background: #fdecea; color: #5f1412; border-color: #d93025; }
  .notice[data-tone='info'] { background: #e8f0fe; color: #0b2a5b; border-color: #4c7ad9; }
  @media (prefers-color-scheme: dark) {
    .notice { background: #3a2f0b; color: #ffe9a8; border-color: #b38f00; }
    .notice[data-tone='blocked'] { background: #3b1210; color: #ffd6d2; border-color: #e57368; }
    .notice[data-tone='info'] { background: #10233f; color: #d2e3fc; border-color: #6f9be8; }
  }
  .text { flex: 1 1 260px; }
  strong { display: block; margin-bottom: 2px; }
  .actions { display: flex; flex-wrap: wrap; gap: 6px; width: 100%; }
  button { font: inherit; cursor: pointer; border: 1px solid currentColor; border-radius: 6px;
    background: transparent; color: inherit; padding: 2px 8px; }
  button:focus-visible, textarea:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
  label { display: block; width: 100%; }
  textarea { box-sizing: border-box; width: 100%; font: inherit; margin-top: 4px; color: inherit;
    background: transparent; border: 1px solid currentColor; border-radius: 6px; }
`;

/** Removes every notice Ascent put on the page. */
export function removeNotices(): void {
  for (const host of document.querySelectorAll(hostTag)) host.remove();
}

/** Places the box just above the composer, or below it when there is no room above. */
function position(box: HTMLElement, composer: HTMLElement): void {
  const rect = composer.getBoundingClientRect();
  box.style.left = `${Math.max(8, rect.left)}px`;

  const above = rect.top - box.offsetHeight - 8;
  box.style.top = `${above > 8 ? above : rect.bottom + 8}px`;
}

/** Creates an element with a class and optional text. */
export function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;

  return element;
}

export function makeButton(label: string, action: string, onClick: () => void): HTMLButtonElement {
  const button = make('button', '', label);
  button.type = 'button';
  button.dataset.action = action;
  button.addEventListener('click', onClick);

  return button;
}

/** The frame every notice and choice shares: tone, title and body, labelled for readers. */
export function buildFrame(
  content: Omit<NoticeContent, 'dismissLabel'>,
  role: string,
): HTMLElement {
  const box = make('div', 'notice');
  box.dataset.tone = content.tone;
  box.dataset.ascent = content.kind;
  box.setAttribute('role', role);

  const text = make('div', 'text');
  const title = make('strong', '', content.title);
  title.id = 'ascent-title';
  const body = make('span', '', content.body);
  body.id = 'ascent-body';
  text.append(title, body);
  box.setAttribute('aria-labelledby', title.id);
  box.setAttribute('aria-describedby', body.id);

  box.append(text);
  return box;
}

/** Puts a box by the composer, replacing any earlier notice. */
export function mountBox(composer: HTMLElement, box: HTMLElement): void {
  removeNotices();

  const host = document.createElement(hostTag);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = styles;

  root.append(style, box);
  document.body.append(host);
  position(box, composer);
}

/** Removes the notice of one kind (e.g. `paste-checking`), leaving any other in place. */
export function removeNoticeOfKind(kind: string): void {
  for (const host of document.querySelectorAll(hostTag)) {
    if (host.shadowRoot?.querySelector(`[data-ascent="${kind}"]`)) host.remove();
  }
}

/** Is a choice (role alertdialog) open by the composer, holding someone's text? */
export function isChoiceOpen(): boolean {
  for (const host of document.querySelectorAll(hostTag)) {
    if (host.shadowRoot?.querySelector('[role="alertdialog"]')) return true;
  }

  return false;
}

/**
 * Shows one notice by the composer, replacing any earlier one, but never an open choice:
 * that would cancel the text it holds.
 */
export function showNotice(composer: HTMLElement, content: NoticeContent): void {
  if (isChoiceOpen()) return;

  const alert = content.tone === 'blocked';
  const box = buildFrame(content, alert ? 'alert' : 'status');

  const dismiss = makeButton(content.dismissLabel, 'dismiss', removeNotices);
  box.append(dismiss);
  mountBox(composer, box);
}
