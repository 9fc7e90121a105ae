/**
 * The content script's size budget (issues #3 and #5): the whole built script, minified,
 * under 150 KB with no React. Sizes count as WXT's build report does: 1 KB = 1,000 bytes.
 */
export const contentScriptBudgetBytes = 150_000;

// React's element symbols survive minification as strings; every React build has them.
const reactMarks =
  /react\.(?:transitional\.element|element|fragment|portal)|__SECRET_INTERNALS|ReactCurrentOwner/;

/** Does this bundle carry React (or React DOM)? */
export function containsReact(code: string): boolean {
  return reactMarks.test(code);
}

/** Bytes as WXT prints them, e.g. `140.4 KB`. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
