import type { SiteAdapter } from './types';

/** A composer is usable when the user could type into it right now. */
function isEditable(element: Element): boolean {
  if (element instanceof HTMLTextAreaElement) return !element.disabled && !element.readOnly;

  return (
    element.getAttribute('contenteditable') === 'true' || (element as HTMLElement).isContentEditable
  );
}

/**
 * Hidden copies of a composer (templates kept for re-renders, closed dialogs) must not be
 * mistaken for the real one.
 */
function isShown(element: Element): boolean {
  if (element.closest('[hidden], [aria-hidden="true"], [inert]')) return false;

  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return style?.display !== 'none' && style?.visibility !== 'hidden';
}

/**
 * Finds the tool's prompt composer: the first element, by the adapter's selectors in
 * order, that is editable and shown. Returns null when the page has none (yet).
 */
export function findComposer(root: ParentNode, site: SiteAdapter): HTMLElement | null {
  for (const selector of site.composerSelectors) {
    for (const element of root.querySelectorAll(selector)) {
      if (isEditable(element) && isShown(element)) return element as HTMLElement;
    }
  }

  return null;
}

/** The composer's text as the user sees it; paragraphs are separated by new lines. */
export function readComposerText(composer: HTMLElement): string {
  if (composer instanceof HTMLTextAreaElement) return composer.value;

  return composer.innerText ?? composer.textContent ?? '';
}

/** Whether an event target lies inside the composer (editors nest their own elements). */
export function isInComposer(composer: HTMLElement | null, target: EventTarget | null): boolean {
  return composer !== null && target instanceof Node && composer.contains(target);
}
