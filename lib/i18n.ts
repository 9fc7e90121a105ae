import { browser } from 'wxt/browser';

import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;
export type Language = 'en' | 'nl';

/**
 * A UI string in the browser's language. English is the fallback the browser itself
 * applies; a key missing in both would show as the key, which a unit test prevents.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The language for content that lives outside _locales (tips, finding labels). */
export function uiLanguage(): Language {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** The message key of a role's name: ids use hyphens, message keys may not. */
export function roleMessageKey(role: string): MessageKey {
  return `role_${role.replaceAll('-', '_')}` as MessageKey;
}
