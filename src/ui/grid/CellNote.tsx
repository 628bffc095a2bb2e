import { Show, createSignal, onCleanup, type JSX } from 'solid-js';
import { useToasts } from '../common/toasts';

export interface CellNote {
  /** a message for the person at the keyboard; `at` places it under a cell, else it is a toast */
  message(kind: 'info' | 'error', text: string, at?: { rowId: string; colId: string }): void;
  hide(): void;
  visible(): boolean;
  /** the note itself, rendered once by the grid's view */
  View: () => JSX.Element;
}

/**
 * The note under a grid cell that says why a value was refused (or that a copy worked): errors
 * stay 8 s and are announced to screen readers, infos 2.5 s. Without the cell on screen the
 * message becomes a toast.
 */
export function createCellNote(host: () => HTMLElement | undefined): CellNote {
  const toasts = useToasts();
  const [note, setNote] = createSignal<{ kind: 'info' | 'error'; text: string; x: number; y: number } | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  return {
    message(kind, text, at) {
      const cell = at && host()?.querySelector<HTMLElement>(`.ag-row[row-id="${CSS.escape(at.rowId)}"] .ag-cell[col-id="${CSS.escape(at.colId)}"]`);
      if (!cell) {
        if (kind === 'error') toasts.error(text);
        else toasts.info(text);
        return;
      }
      const r = cell.getBoundingClientRect();
      setNote({ kind, text, x: r.left, y: r.bottom + 2 });
      clearTimeout(timer);
      timer = setTimeout(() => setNote(null), kind === 'error' ? 8000 : 2500);
    },
    hide: () => setNote(null),
    visible: () => note() !== null,
    View: () => (
      <Show when={note()}>
        {(n) => (
          <div class={`cell-note cell-note-${n().kind}`} role={n().kind === 'error' ? 'alert' : 'status'} style={{ left: `${n().x}px`, top: `${n().y}px` }} data-testid="cell-note">
            <span aria-hidden="true">{n().kind === 'error' ? '✖ ' : ''}</span>
            {n().text}
          </div>
        )}
      </Show>
    ),
  };
}
