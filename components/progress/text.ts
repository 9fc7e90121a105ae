import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import type { LocalisedText } from '@/lib/progress/missing-evidence';

/** Lesson and model text in the UI language. */
export function local(text: LocalisedText): string {
  return text[uiLanguage()];
}

/** The level's name: ids use hyphens, message keys may not. */
export function levelName(level: string): string {
  return t(`level_${level.replaceAll('-', '_')}` as MessageKey);
}

/** A 0..1 share as a whole percentage. */
export function percentOf(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Offers `content` as a file download named `name`. */
export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
