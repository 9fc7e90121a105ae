/**
 * The in-page notice next to the composer. It lives in a shadow root so the chat page's
 * styles cannot restyle it and its styles cannot leak into the page; no React here, the
 * content script stays small.
 */
export interface NoticeContent {
  tone: 'warning' | 'blocked';
  title: string;
  body: string;
  dismissLabel: string;
}

const hostTag = 'ascent-notice';

const styles = `
  :host { all: initial; }
  .notice { position: fixed; z-index: 2147483647; max-width: 420px; box-sizing: border-box;
    font: 13px/1.4 system-ui, sans-serif; padding: 10px 12px; border-radius: 8px;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); display: flex; gap: 10px; align-items: start;
    background: #fff8e1; color: #3d2c00; border: 1px solid #e0b400; }
  .notice[data-tone='blocked'] { background: #fdecea; color: #5f1412; border-color: #d93025; }
  @media (prefers-color-scheme: dark) {
    .notice { background: #3a2f0b; color: #ffe9a8; border-color: #b38f00; }
    .notice[data-tone='blocked'] { background: #3b1210; color: #ffd6d2; border-color: #e57368; }
  }
  strong { display: block; margin-bottom: 2px; }
  button { font: inherit; cursor: pointer; border: 1px solid currentColor; border-radius: 6px;
    background: transparent; color: inherit; padding: 2px 8px; }
  button:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
`;

/** Removes every notice Ascent put on the page. */
export function removeNotices(): void {
  for (const host of document.querySelectorAll(hostTag)) host.remove();
}

/** Places the notice just above the composer, or below it when there is no room above. */
function position(box: HTMLElement, composer: HTMLElement): void {
  const rect = composer.getBoundingClientRect();
  box.style.left = `${Math.max(8, rect.left)}px`;

  const above = rect.top - box.offsetHeight - 8;
  box.style.top = `${above > 8 ? above : rect.bottom + 8}px`;
}

function buildNotice(content: NoticeContent): HTMLElement {
  const box = document.createElement('div');
  box.className = 'notice';
  box.dataset.tone = content.tone;
  box.dataset.ascent = content.tone === 'blocked' ? 'paste-blocked' : 'paste-warning';
  box.setAttribute('role', content.tone === 'blocked' ? 'alert' : 'status');

  const text = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = content.title;
  text.append(title, content.body);

  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = content.dismissLabel;
  dismiss.addEventListener('click', removeNotices);

  box.append(text, dismiss);
  return box;
}

/** Shows one notice by the composer, replacing any earlier one. */
export function showNotice(composer: HTMLElement, content: NoticeContent): void {
  removeNotices();

  const host = document.createElement(hostTag);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = styles;

  const box = buildNotice(content);
  root.append(style, box);
  document.body.append(host);
  position(box, composer);
}
