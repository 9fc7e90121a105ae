/**
 * The quiet marker by the composer: a small badge with the number of possible sensitive
 * values in what the user typed. It never takes focus and never blocks typing.
 */
const markerTag = 'ascent-marker';

const styles = `
  :host { all: initial; }
  .marker { position: fixed; z-index: 2147483646; pointer-events: none;
    font: 11px/1 system-ui, sans-serif; padding: 3px 6px; border-radius: 9px;
    background: #fff3c4; color: #5c4300; border: 1px solid #e0b400; }
  @media (prefers-color-scheme: dark) {
    .marker { background: #3a2f0b; color: #ffe9a8; border-color: #b38f00; }
  }
`;

export function removeMarker(): void {
  for (const host of document.querySelectorAll(markerTag)) host.remove();
}

/** Shows (or updates) the marker at the composer's top-right corner; 0 removes it. */
export function showMarker(composer: HTMLElement, count: number, label: string): void {
  if (count === 0) {
    removeMarker();
    return;
  }

  let host = document.querySelector(markerTag);
  if (!host) {
    host = document.createElement(markerTag);
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = styles;
    const badge = document.createElement('span');
    badge.className = 'marker';
    badge.dataset.ascent = 'typing-marker';
    badge.setAttribute('role', 'status');
    root.append(style, badge);
    document.body.append(host);
  }

  const badge = host.shadowRoot?.querySelector<HTMLElement>('.marker');
  if (!badge) return;

  badge.textContent = `⚠ ${count}`;
  badge.setAttribute('aria-label', label);
  badge.title = label;
  const rect = composer.getBoundingClientRect();
  badge.style.top = `${Math.max(0, rect.top - 10)}px`;
  badge.style.left = `${Math.max(0, rect.right - 40)}px`;
}
