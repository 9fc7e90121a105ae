/** How a tool's composer takes text; insertion and reading differ per kind. */
export type EditorKind = 'prosemirror' | 'quill' | 'lexical' | 'textarea' | 'contenteditable';

/**
 * Everything Ascent assumes about one AI tool's page. One adapter per file in lib/sites;
 * each cites the public markup it was written from and when that was last checked.
 */
export interface SiteAdapter {
  /** Tool id from VOCABULARY.md. */
  id: string;
  /** Name shown to the user. */
  name: string;
  /** Host names served by the tool; a leading `*.` matches any subdomain. */
  hosts: string[];
  /** Path prefixes the tool lives under on a shared host (HuggingChat: `/chat`); all if absent. */
  paths?: string[];
  editorKind: EditorKind;
  /** Tried in order; the first visible, editable match is the composer. */
  composerSelectors: string[];
  sendSelectors: string[];
  replySelectors: string[];
}
