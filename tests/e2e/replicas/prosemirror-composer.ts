import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState, type Command } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { injectStyleOnce, type Composer, type ComposerEvents } from './shell';

/** prosemirror-view's own style sheet, inlined by build-replicas.mjs. */
declare const __PROSEMIRROR_CSS__: string;

/**
 * A ProseMirror composer as ChatGPT and Claude run it: the real editor, so paste, input and
 * undo go through ProseMirror's own handlers.
 */
export function mountProseMirror(
  parent: HTMLElement,
  attributes: Record<string, string>,
  events: ComposerEvents,
): Composer {
  injectStyleOnce('prosemirror', __PROSEMIRROR_CSS__);

  const view = new EditorView(parent, {
    state: createState(events),
    attributes,
    dispatchTransaction(transaction) {
      view.updateState(view.state.apply(transaction));
      if (transaction.docChanged) events.onChange();
    },
  });

  return {
    root: parent,
    text: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
    clear: () => view.updateState(createState(events)),
    destroy: () => view.destroy(),
  };
}

function createState(events: ComposerEvents): EditorState {
  // Enter sends and Shift+Enter starts a new paragraph, as in both tools. ProseMirror itself
  // skips key bindings during IME composition.
  const sendKeys = keymap({
    Enter: () => {
      events.onSubmit();
      return true;
    },
    'Shift-Enter': splitParagraph,
    'Mod-z': undo,
    'Mod-y': redo,
    'Shift-Mod-z': redo,
  });

  return EditorState.create({ schema, plugins: [history(), sendKeys] });
}

// prosemirror-commands is not a dependency; splitting the block is all the replica needs.
const splitParagraph: Command = (state, dispatch) => {
  if (dispatch) {
    const transaction = state.tr.deleteSelection();
    dispatch(transaction.split(transaction.selection.from).scrollIntoView());
  }

  return true;
};
