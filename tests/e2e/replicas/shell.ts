/**
 * The page around each replica's composer: a decoy field, the composer's frame, a send button
 * whose state follows the editor, a message list, and `window.__replica` for tests.
 */

/** What a mounted composer offers the page; each replica builds it from the real editor. */
export interface Composer {
  /** The outermost element the composer added; removing it removes the whole composer. */
  root: HTMLElement;
  text(): string;
  clear(): void;
  destroy(): void;
}

/** Callbacks a composer reports through, always from the editor's own events. */
export interface ComposerEvents {
  onChange(): void;
  onSubmit(): void;
}

export type MountComposer = (slot: HTMLElement, events: ComposerEvents) => Composer;

/** Everything that differs between tools. */
export interface ReplicaSpec {
  title: string;
  /** Tag that wraps composer and send button, e.g. ChatGPT's `form`, Claude's `fieldset`. */
  frameTag: string;
  sendButton: Record<string, string>;
  mountComposer: MountComposer;
  renderUserMessage(text: string): HTMLElement;
  /** Builds the assistant reply; `finish` is called once the reply has "streamed". */
  renderReply(text: string): { element: HTMLElement; finish(): void };
  /** Extra content above the chat, used by the demo page. */
  renderIntro?(): HTMLElement;
}

export interface ReplicaApi {
  sent: string[];
  /** Names of files the page received through a drop. */
  dropped: string[];
  rerender(): void;
  navigate(path: string): void;
  removeComposer(): void;
  restoreComposer(): void;
  text(): string;
}

declare global {
  interface Window {
    __replica: ReplicaApi;
  }
}

const replyDelayMs = 150;

// Just enough layout to make the demo page and the screenshots readable.
const pageCss = `
  body { font: 15px/1.5 system-ui, sans-serif; max-width: 760px; margin: 24px auto; }
  .message-list > * { margin: 8px 0; padding: 8px 12px; border-radius: 8px; background: #f3f3f3; }
  .composer-frame { display: flex; gap: 8px; align-items: flex-end; border: 0; padding: 0; }
  .composer-slot { flex: 1; border: 1px solid #999; border-radius: 12px; padding: 8px 12px; }
  .composer-slot [contenteditable], .composer-slot textarea { min-height: 3em; outline: none; }
  .composer-slot textarea { width: 100%; border: 0; font: inherit; resize: vertical; }
  .composer-slot p { margin: 0; }
`;

/** Creates an element with attributes and optional text, to keep page building terse. */
export function createElement(
  tag: string,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);

  if (text !== undefined) element.textContent = text;

  return element;
}

/** Adds a style sheet once per page, keyed by name. */
export function injectStyleOnce(name: string, css: string): void {
  if (document.querySelector(`style[data-replica-style="${name}"]`)) return;

  const style = createElement('style', { 'data-replica-style': name }, css);
  document.head.append(style);
}

/** Builds the page and wires `window.__replica`. */
export function startReplica(spec: ReplicaSpec): void {
  document.title = spec.title;
  injectStyleOnce('page', pageCss);
  if (spec.renderIntro) document.body.append(spec.renderIntro());

  document.body.append(createDecoy());

  const messages = createElement('div', { class: 'message-list', role: 'log' });
  const frame = createElement(spec.frameTag, { class: 'composer-frame' });
  const slot = createElement('div', { class: 'composer-slot' });
  const sendButton = createElement('button', { type: 'button', ...spec.sendButton });
  sendButton.textContent = 'Send';
  frame.append(slot, sendButton);

  // The real pages put the conversation above the composer.
  document.body.append(messages, frame);

  const page = new ReplicaPage(spec, slot, sendButton as HTMLButtonElement, messages);
  window.__replica = page.api();
  document.addEventListener('drop', (event) => {
    for (const file of event.dataTransfer?.files ?? []) window.__replica.dropped.push(file.name);
  });
  window.addEventListener('popstate', () => page.remount());
}

/**
 * An empty contenteditable earlier in the page, like the real tools' rename fields: an
 * adapter that takes the first contenteditable it finds picks this one.
 */
function createDecoy(): HTMLElement {
  const nav = createElement('nav', { class: 'sidebar', 'aria-label': 'Chat history' });
  const decoy = createElement('div', {
    contenteditable: 'true',
    class: 'rename-field',
    'aria-label': 'Rename chat',
    style: 'display:inline-block;min-width:8em;min-height:1em;opacity:0.4;font-size:11px',
  });

  nav.append(createElement('span', {}, 'Untitled chat '), decoy);

  return nav;
}

class ReplicaPage {
  private composer: Composer | undefined;
  private readonly sent: string[] = [];

  constructor(
    private readonly spec: ReplicaSpec,
    private readonly slot: HTMLElement,
    private readonly sendButton: HTMLButtonElement,
    private readonly messages: HTMLElement,
  ) {
    sendButton.addEventListener('click', () => this.send());
    this.mount();
  }

  api(): ReplicaApi {
    return {
      sent: this.sent,
      dropped: [],
      rerender: () => this.remount(),
      navigate: (path) => this.navigate(path),
      removeComposer: () => this.unmount(),
      restoreComposer: () => this.composer ?? this.mount(),
      text: () => this.composer?.text() ?? '',
    };
  }

  remount(): void {
    this.unmount();
    this.mount();
  }

  private mount(): void {
    this.composer = this.spec.mountComposer(this.slot, {
      onChange: () => this.updateSendButton(),
      onSubmit: () => this.send(),
    });
    this.updateSendButton();
  }

  private unmount(): void {
    this.composer?.destroy();
    this.composer?.root.remove();
    this.composer = undefined;
    this.updateSendButton();
  }

  // A route change in these apps opens another conversation with a fresh composer.
  private navigate(path: string): void {
    history.pushState({}, '', path);
    this.messages.replaceChildren();
    this.remount();
  }

  private updateSendButton(): void {
    this.sendButton.disabled = (this.composer?.text().trim() ?? '') === '';
  }

  private send(): void {
    const text = this.composer?.text().trim() ?? '';
    if (!this.composer || text === '') return;

    this.sent.push(text);
    this.messages.append(this.spec.renderUserMessage(text));
    this.composer.clear();
    this.updateSendButton();

    const reply = this.spec.renderReply(`Replica answer number ${this.sent.length}.`);
    this.messages.append(reply.element);
    setTimeout(reply.finish, replyDelayMs);
  }
}
