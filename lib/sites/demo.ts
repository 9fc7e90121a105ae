import type { SiteAdapter } from './types';
import { chatgpt } from './chatgpt';

/**
 * The bundled demo page: a ChatGPT replica served on a *.localhost host. Only the demo
 * build (`--mode demo`) registers it, so the store build never matches it.
 */
export const demo: SiteAdapter = {
  ...chatgpt,
  id: 'demo',
  name: 'Ascent demo',
  hosts: ['ascent-demo.localhost'],
};
