import { For, createSignal } from 'solid-js';
import { t } from '../../i18n';

interface Toast {
  id: number;
  kind: 'info' | 'error';
  text: string;
  action?: { label: string; run: () => void | Promise<void> };
}

const [toasts, setToasts] = createSignal<Toast[]>([]);
let next = 1;

function push(kind: Toast['kind'], text: string, action?: Toast['action']): void {
  const id = next++;
  setToasts((ts) => [...ts.filter((x) => x.text !== text), { id, kind, text, action }]);
  setTimeout(() => dismiss(id), kind === 'error' ? 15_000 : 8_000);
}
function dismiss(id: number): void {
  setToasts((ts) => ts.filter((x) => x.id !== id));
}

export function useToasts() {
  return {
    info: (text: string, action?: Toast['action']) => push('info', text, action),
    error: (text: string) => push('error', text),
  };
}

/** Messages at the bottom of the screen; errors are announced to screen readers. */
export function Toasts() {
  return (
    <div class="toasts">
      <For each={toasts()}>
        {(x) => (
          <div class={`toast toast-${x.kind}`} role={x.kind === 'error' ? 'alert' : 'status'} data-testid={`toast-${x.kind}`}>
            <span aria-hidden="true">{x.kind === 'error' ? '✖' : 'ℹ'}</span>
            <span class="toast-text">{x.text}</span>
            {x.action && (
              <button type="button" onClick={() => { void x.action!.run(); dismiss(x.id); }}>
                {x.action.label}
              </button>
            )}
            <button type="button" class="toast-close" aria-label={t('remove')} onClick={() => dismiss(x.id)}>×</button>
          </div>
        )}
      </For>
    </div>
  );
}
