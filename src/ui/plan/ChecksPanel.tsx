import { For, Show, createMemo } from 'solid-js';
import { t } from '../../i18n';
import type { Check } from '../../engine/checks';

const collator = new Intl.Collator('uk');

/** Every finding of the engine, errors first, as text with an icon (never colour alone); a click jumps to its cell. */
export function ChecksPanel(props: { checks: Check[]; onJump?: (c: Check) => void; open?: boolean }) {
  const sorted = createMemo(() =>
    [...props.checks].sort((a, b) => (a.severity === b.severity ? collator.compare(a.where, b.where) : a.severity === 'error' ? -1 : 1)),
  );
  const errors = () => props.checks.filter((c) => c.severity === 'error').length;
  return (
    <details class="checks" data-testid="checks-panel" open={props.open}>
      <summary>
        <h2>
          {t('checks')}: {errors()} {t('errorsCount')}, {props.checks.length - errors()} {t('warningsCount')}
        </h2>
      </summary>
      <Show when={props.checks.length > 0} fallback={<p>{t('noChecks')}</p>}>
        <ul>
          <For each={sorted()}>
            {(c) => (
              <li class={`check check-${c.severity}`} data-code={c.code}>
                <button type="button" class="check-link" onClick={() => props.onJump?.(c)}>
                  <span class="check-icon" aria-hidden="true">{c.severity === 'error' ? '✖' : '⚠'}</span>
                  <span>{c.message}</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </details>
  );
}
