import { onCleanup, onMount } from 'solid-js';
import { t } from '../../i18n';
import type { Change } from '../../store/db';
import type { Workbench } from '../state/workbench';

/** Undo/redo buttons showing what they will undo, and Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y outside text fields. */
export function UndoButtons(props: { wb: Workbench; onStep?: (changes: Change[] | null) => void }) {
  const undo = async () => props.onStep?.(await props.wb.undo());
  const redo = async () => props.onStep?.(await props.wb.redo());
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable]')) return;
    if (!(e.ctrlKey || e.metaKey)) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) {
      e.preventDefault();
      void undo();
    } else if ((key === 'z' && e.shiftKey) || key === 'y') {
      e.preventDefault();
      void redo();
    }
  };
  onMount(() => window.addEventListener('keydown', onKey));
  onCleanup(() => window.removeEventListener('keydown', onKey));
  const h = () => props.wb.history();
  return (
    <div class="undo-buttons">
      {/* Glyphs as in every editor, the words in the label and the tooltip (which also says what will be undone). */}
      <button type="button" class="icon-button" disabled={!h().undo} aria-label={t('undo')} title={h().undo ? t('undoHint', { label: h().undo! }) : t('nothingToUndo')} onClick={() => void undo()} data-testid="undo">
        ↶
      </button>
      <button type="button" class="icon-button" disabled={!h().redo} aria-label={t('redo')} title={h().redo ? t('redoHint', { label: h().redo! }) : t('nothingToRedo')} onClick={() => void redo()} data-testid="redo">
        ↷
      </button>
    </div>
  );
}
