import type { Finding } from './types';

/** A redacted text and the map from each placeholder back to its value (memory only). */
export interface Redaction {
  text: string;
  placeholders: Map<string, string>;
}

/**
 * Replaces every finding with a placeholder such as `[EMAIL_1]` or `[IBAN_2]`. The same
 * value gets the same placeholder within one text, so a reader still sees that two
 * mentions are one person. The map must stay in memory: it holds the values.
 */
export function redact(text: string, findings: Finding[]): Redaction {
  const placeholders = new Map<string, string>();
  const byValue = new Map<string, string>();
  const counters = new Map<string, number>();
  const parts: string[] = [];
  let cursor = 0;

  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < cursor) continue;

    const value = text.slice(finding.start, finding.end);
    const key = `${finding.type}\u0000${value}`;
    const placeholder = byValue.get(key) ?? nextPlaceholder(finding.type, counters);
    byValue.set(key, placeholder);
    placeholders.set(placeholder, value);

    parts.push(text.slice(cursor, finding.start), placeholder);
    cursor = finding.end;
  }

  parts.push(text.slice(cursor));
  return { text: parts.join(''), placeholders };
}

function nextPlaceholder(type: string, counters: Map<string, number>): string {
  const count = (counters.get(type) ?? 0) + 1;
  counters.set(type, count);
  return `[${type.toUpperCase()}_${count}]`;
}

/** Puts the original values back where their placeholders are (for example in a reply). */
export function restore(text: string, placeholders: Map<string, string>): string {
  return text.replace(
    /\[[A-Z0-9_]+_\d+\]/g,
    (placeholder) => placeholders.get(placeholder) ?? placeholder,
  );
}
