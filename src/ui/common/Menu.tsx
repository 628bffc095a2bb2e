import { onCleanup, onMount, type JSX } from 'solid-js';

export interface MenuItem {
  label: string;
  /** a key shown at the right of the item */
  shortcut?: string;
  disabled?: boolean;
  /** data-action, for tests and styling */
  action: string;
  run(): void;
}

/**
 * A small drop-down menu (a button that opens a list of actions): Esc and a click elsewhere
 * close it. Buttons do not take the focus on mousedown, so an action applies to the grid cell
 * that has it.
 */
export function Menu(props: { label: JSX.Element; title: string; items: MenuItem[]; testId: string; align?: 'left' | 'right' }) {
  let menu!: HTMLDetailsElement;
  const closeOutside = (e: PointerEvent) => {
    if (menu.open && !menu.contains(e.target as Node)) menu.open = false;
  };
  onMount(() => document.addEventListener('pointerdown', closeOutside));
  onCleanup(() => document.removeEventListener('pointerdown', closeOutside));
  return (
    <details class="menu" classList={{ 'menu-right': props.align === 'right' }} ref={menu} data-testid={props.testId} onKeyDown={(e) => e.key === 'Escape' && (menu.open = false)}>
      <summary title={props.title} onMouseDown={(e) => e.preventDefault()}>
        {props.label} ▾
      </summary>
      <div class="menu-items" role="menu">
        {props.items.map((it) => (
          <button
            type="button"
            role="menuitem"
            disabled={it.disabled}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              menu.open = false;
              it.run();
            }}
            data-action={it.action}
          >
            <span>{it.label}</span>
            {it.shortcut ? <kbd>{it.shortcut}</kbd> : null}
          </button>
        ))}
      </div>
    </details>
  );
}
