/**
 * Reads the detector corpus. Files use inline markup: `⟦type|value⟧` labels a value that
 * must be found, `⟦!type|value⟧` a near miss that must not. The loader strips the markers
 * and returns the plain text with the labelled spans (UTF-16 offsets).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface LabelledSpan {
  type: string;
  start: number;
  end: number;
  /** True for a near miss: nothing of this type may be reported here. */
  nearMiss: boolean;
}

export interface CorpusDocument {
  file: string;
  text: string;
  spans: LabelledSpan[];
  /** True for the earlier holdouts (holdout/ to holdout-v5/): written blind, seen since. */
  holdout: boolean;
  /** True for the newest holdout (holdout-v6/, once written): blind, scored once, never tuned on. */
  blind: boolean;
}

export const detectorCorpusFolder = new URL('./detectors/', import.meta.url).pathname;

const markerPattern = /⟦(!?)([a-z0-9_]+)\|([\s\S]*?)⟧/g;

/** Strips the markers from one marked-up text and computes the spans. */
export function parseMarkup(marked: string): { text: string; spans: LabelledSpan[] } {
  const spans: LabelledSpan[] = [];
  let text = '';
  let cursor = 0;

  for (const match of marked.matchAll(markerPattern)) {
    text += marked.slice(cursor, match.index);
    const value = match[3]!;
    spans.push({ type: match[2]!, start: text.length, end: text.length + value.length, nearMiss: match[1] === '!' });
    text += value;
    cursor = match.index + match[0].length;
  }

  return { text: text + marked.slice(cursor), spans };
}

function listFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

/** The holdout that has not been seen; every older one has become tuning data. */
export const blindFolder = '/holdout-v6/';

/**
 * Loads corpus documents. `include` is the tuning part and the earlier holdouts (seen, so
 * usable for tuning), `exclude` the tuning part alone, `only` the earlier holdouts, and
 * `blind` the newest holdout alone: it is never part of any other selection, so no tuning
 * output can show its values.
 */
export function loadDetectorCorpus(
  selection: 'include' | 'exclude' | 'only' | 'blind' = 'include',
): CorpusDocument[] {
  return listFiles(detectorCorpusFolder)
    // README and manifest describe the markup; they are not documents.
    .filter((file) => /\.(txt|env|log|csv|ya?ml|ts|js|py|eml)$/.test(file))
    .filter((file) => file.includes(blindFolder) === (selection === 'blind'))
    .map((file) => ({
      file,
      holdout: /\/holdout(?:-v\d+)?\//.test(file) && !file.includes(blindFolder),
      blind: file.includes(blindFolder),
      ...parseMarkup(readFileSync(file, 'utf8')),
    }))
    .filter((document) => (selection === 'exclude' ? !document.holdout : selection === 'only' ? document.holdout : true));
}
