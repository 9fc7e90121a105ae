import type { Page } from 'playwright-core';

/**
 * Checks an extension page the way a keyboard user and a low-vision user meet it: text
 * contrast against what is really behind it (WCAG 2 AA: 4.5:1, 3:1 for large text) and a
 * focus ring on every control that Tab reaches. Written here because axe-core is not among
 * Ascent's dependencies; it checks less than axe, only what these pages need.
 */

export interface ContrastProblem {
  text: string;
  ratio: number;
  needed: number;
  color: string;
  background: string;
}

export interface FocusProblem {
  control: string;
  reason: string;
}

/**
 * esbuild (tsx, Vite) may wrap named inner functions in `__name(...)`, which exists in Node
 * but not in the page that evaluates the function.
 */
async function allowNamedFunctions(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (target) => target');
}

/** Visible text whose contrast is below WCAG AA; disabled controls are exempt, as in WCAG. */
export async function findLowContrast(page: Page): Promise<ContrastProblem[]> {
  await allowNamedFunctions(page);
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];

    const parse = (value: string): Rgba => {
      const parts = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const alpha = top[3];
      return [0, 1, 2]
        .map((index) => top[index]! * alpha + bottom[index]! * (1 - alpha))
        .concat(1) as Rgba;
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (value: number) => {
        const share = value / 255;
        return share <= 0.03928 ? share / 12.92 : ((share + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratioOf = (a: Rgba, b: Rgba) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };

    // The canvas behind the page is the root's background, or white/black by colour scheme.
    const canvas = (): Rgba => {
      const root = parse(getComputedStyle(document.documentElement).backgroundColor);
      if (root[3] > 0) return root;
      const body = parse(getComputedStyle(document.body).backgroundColor);
      if (body[3] > 0) return body;
      return matchMedia('(prefers-color-scheme: dark)').matches
        ? [18, 18, 18, 1]
        : [255, 255, 255, 1];
    };

    const backgroundOf = (element: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        const layer = parse(getComputedStyle(node).backgroundColor);
        if (layer[3] > 0) layers.push(layer);
        if (layer[3] >= 1) break;
      }
      return layers.reduceRight((below, layer) => over(layer, below), canvas());
    };

    const isDisabled = (element: Element) =>
      element.closest(':disabled, [aria-disabled="true"]') !== null;

    const problems: ContrastProblem[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!element || !text || isDisabled(element) || element.closest('option, script, style'))
        continue;

      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (style.visibility !== 'visible' || box.width === 0 || box.height === 0) continue;
      if (element.closest('[hidden], details:not([open]) > :not(summary)')) continue;

      let opacity = 1;
      for (let up: Element | null = element; up; up = up.parentElement)
        opacity *= Number(getComputedStyle(up).opacity);
      const background = backgroundOf(element);
      const colour = parse(style.color);
      const color = over([colour[0], colour[1], colour[2], colour[3] * opacity], background);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      const ratio = ratioOf(color, background);
      if (ratio < needed)
        problems.push({
          text: text.slice(0, 60),
          ratio: Math.round(ratio * 100) / 100,
          needed,
          color: style.color,
          background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
        });
    }
    return problems;
  });
}

/** A short description of the focused element, for test messages. */
const describeFocused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '';

    const type = element.getAttribute('type');
    const name =
      element.getAttribute('aria-label') ||
      element.id ||
      (element.textContent ?? '').trim().slice(0, 40);
    return `${element.tagName.toLowerCase()}${type ? `[${type}]` : ''} ${name}`.trim();
  });

/** Marks every control Tab should reach; answers their marks in document order. */
function markControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const radioGroups = new Set<string>();
    const marks: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const box = element.getBoundingClientRect();
      const folded =
        element.closest('details:not([open])') !== null &&
        !element.matches('details:not([open]) > summary');
      if (folded || element.matches(':disabled') || (box.width === 0 && box.height === 0)) continue;

      // Tab stops once per radio group; the arrow keys move within it.
      if (element instanceof HTMLInputElement && element.type === 'radio') {
        if (radioGroups.has(element.name)) continue;
        radioGroups.add(element.name);
      }

      element.dataset.auditControl = String(marks.length);
      marks.push(element.dataset.auditControl);
    }
    return marks;
  });
}

/** Tab starts from the top: focus a throwaway element placed before everything else. */
async function startTabbingFromTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.addEventListener('blur', () => start.remove(), { once: true });
  });
}

/** The focused control's mark and whether an outline or a box shadow shows it. */
function readFocus(page: Page): Promise<{ mark: string; visible: boolean } | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;

    element.dataset.auditControl ??= `unlisted-${Math.random()}`;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    return { mark: element.dataset.auditControl, visible: outline || style.boxShadow !== 'none' };
  });
}

/**
 * Presses Tab through the whole page once, from the top. Every enabled control must be
 * reached (a radio group once) and show an outline or a box shadow when it has the focus.
 */
export async function checkKeyboardFocus(page: Page): Promise<FocusProblem[]> {
  await allowNamedFunctions(page);
  const expected = await markControls(page);
  const problems: FocusProblem[] = [];
  const reached = new Set<string>();

  await startTabbingFromTop(page);
  for (let step = 0; step < expected.length + 10; step++) {
    await page.keyboard.press('Tab');
    const focus = await readFocus(page);
    if (!focus) continue;
    if (reached.has(focus.mark)) break;

    reached.add(focus.mark);
    if (!focus.visible)
      problems.push({ control: await describeFocused(page), reason: 'no visible focus ring' });
  }

  for (const mark of expected.filter((wanted) => !reached.has(wanted))) {
    const control = await page.evaluate((wanted) => {
      const element = document.querySelector(`[data-audit-control="${wanted}"]`);
      return `${element?.tagName.toLowerCase()} ${element?.id || element?.textContent?.trim().slice(0, 40)}`;
    }, mark);
    problems.push({ control, reason: 'not reached by Tab' });
  }
  return problems;
}
