import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  KEY_ENTER_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { createElement, type Composer, type ComposerEvents } from './shell';

/**
 * A Lexical composer as Perplexity, Meta AI and Microsoft 365 Copilot run it: the real
 * editor, so paste (`clipboardData`), input (`beforeinput`) and undo are Lexical's own.
 */
export function mountLexical(
  parent: HTMLElement,
  attributes: Record<string, string>,
  events: ComposerEvents,
): Composer {
  const root = createElement('div', { contenteditable: 'true', ...attributes });
  parent.append(root);

  const editor = createEditor({ namespace: 'replica', onError: (error) => console.error(error) });
  editor.setRootElement(root);
  const unregister = mergeRegister(
    registerRichText(editor),
    registerHistory(editor, createEmptyHistoryState(), 300),
    registerSendKey(editor, events),
    editor.registerTextContentListener(() => events.onChange()),
  );

  return {
    root,
    text: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    clear: () => editor.update(() => $getRoot().clear(), { discrete: true }),
    destroy: () => {
      unregister();
      editor.setRootElement(null);
    },
  };
}

// Enter sends and Shift+Enter breaks the line; Lexical skips Enter during IME composition.
function registerSendKey(editor: LexicalEditor, events: ComposerEvents): () => void {
  return editor.registerCommand(
    KEY_ENTER_COMMAND,
    (event) => {
      if (event?.shiftKey) return false;

      event?.preventDefault();
      events.onSubmit();
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}
