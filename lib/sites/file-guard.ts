import { redact } from '../detectors';
import { log } from '../log';
import { joinFiles, strictestDecision } from './file-decision';
import { evaluateLargeText, evaluateText, largeTextLength } from './evaluate';
import { notify, resolveContextFor, warnAbout, type GuardContext } from './guard-context';
import { isInComposer } from './composer';
import { resolveDecision } from './resolve-decision';

/** Text-like files Ascent reads and scans before the page gets them. */
const textExtensions =
  /\.(txt|csv|tsv|json|jsonl|md|markdown|log|env|ini|cfg|conf|ya?ml|toml|xml|html?|sql|sh|bash|zsh|ps1|py|js|mjs|cjs|ts|tsx|jsx|java|kt|go|rs|rb|php|c|h|cc|cpp|hpp|cs|swift|scala|r|pl|lua|tf|properties|gradle)$/i;

/** Events Ascent dispatches again after checking; they pass unchecked. */
const ownEvents = new WeakSet<Event>();

export function isTextLike(file: File): boolean {
  if (file.type.startsWith('text/') || /json|xml|yaml|x-sh|javascript/.test(file.type)) return true;

  return textExtensions.test(file.name) || /^\.env(\.|$)/.test(file.name);
}

/** Each file's decision under the organisation's policy; null for files that are not text. */
async function decideFiles(guard: GuardContext, texts: (string | null)[]) {
  const policy = await guard.waitForPolicy();
  return Promise.all(
    texts.map((text) =>
      text === null
        ? null
        : text.length > largeTextLength
          ? evaluateLargeText(text, policy)
          : evaluateText(text, policy),
    ),
  );
}

/** The decision for a set of files, and the files as they should reach the page. */
async function checkFiles(guard: GuardContext, composer: HTMLElement, files: File[]) {
  const texts = await Promise.all(files.map((file) => (isTextLike(file) ? file.text() : null)));
  const decisions = await decideFiles(guard, texts);

  // Findings are per file; joined, they point into the joined text.
  const joined = joinFiles(texts, decisions);
  const decision = strictestDecision(joined.decisions);
  const length = texts.reduce((sum, text) => sum + (text?.length ?? 0), 0);
  guard.onChecked('file', length, decision.action, decision.findings);

  const resolution = await resolveDecision(
    joined.text,
    decision,
    resolveContextFor(guard, composer, 'file'),
  );
  if (resolution.kind === 'cancel') return null;
  if (decision.action === 'warn') warnAbout(composer, 'file-warning', decision);
  if (resolution.kind === 'original') return files;

  // Redact each file on its own findings, keeping name and type.
  return files.map((file, index) => {
    const text = texts[index];
    const own = decisions[index];
    if (text === null || text === undefined || !own) return file;

    return new File([redact(text, own.findings).text], file.name, { type: file.type });
  });
}

function toFileList(files: File[]): FileList {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);

  return transfer.files;
}

/** Files other than text cannot be checked; the user is told instead of assuming. */
function noteUnscanned(composer: HTMLElement | null, files: File[]): void {
  const unscanned = files.filter((file) => !isTextLike(file));
  if (composer && unscanned.length > 0) {
    notify(
      composer,
      'info',
      'file-not-scanned',
      'fileNotScannedTitle',
      unscanned.map((file) => file.name).join(', '),
    );
  }
}

/**
 * A file picked through the page's file input: text-like files are read and scanned
 * before the page's own change handler runs; the page then gets them as decided.
 */
export function handleFileChange(guard: GuardContext, event: Event): void {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
  if (ownEvents.has(event) || guard.paused()) return;

  const files = [...(input.files ?? [])];
  const composer = guard.composer();
  noteUnscanned(composer, files);
  if (!composer || !files.some(isTextLike)) return;

  event.stopImmediatePropagation();
  void checkFiles(guard, composer, files)
    .then((allowed) => {
      if (!allowed) {
        input.value = '';
        return;
      }

      input.files = toFileList(allowed);
      const again = new Event('change', { bubbles: true });
      ownEvents.add(again);
      input.dispatchEvent(again);
    })
    .catch((error: Error) => log.error('file check failed:', error));
}

/** Files dropped on the composer: held, scanned, then dropped again as decided. */
export function handleFileDrop(guard: GuardContext, event: DragEvent): void {
  const composer = guard.composer();
  if (ownEvents.has(event) || guard.paused() || !isInComposer(composer, event.target)) return;

  const files = [...(event.dataTransfer?.files ?? [])];
  noteUnscanned(composer, files);
  if (!composer || !files.some(isTextLike)) return;

  event.preventDefault();
  event.stopImmediatePropagation();
  const target = event.target as Node;
  void checkFiles(guard, composer, files)
    .then((allowed) => {
      if (!allowed) return;

      const transfer = new DataTransfer();
      for (const file of allowed) transfer.items.add(file);
      const again = new DragEvent('drop', {
        bubbles: true,
        cancelable: true,
        dataTransfer: transfer,
      });
      ownEvents.add(again);
      target.dispatchEvent(again);
    })
    .catch((error: Error) => log.error('file check failed:', error));
}
