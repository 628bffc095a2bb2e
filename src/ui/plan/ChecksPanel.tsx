import { For, Show, createMemo } from 'solid-js';
import { t } from '../../i18n';
import type { Check } from '../../engine/checks';

/** Every finding of the engine, errors first, as text with an icon (never colour alone). */
export function ChecksPanel(props: { checks: Check[] }) {
  const sorted = createMemo(() =>
    [...props.checks].sort((a, b) => (a.severity === b.severity ? a.where.localeCompare(b.where, 'uk') : a.severity === 'error' ? -1 : 1)),
  );
  const errors = () => props.checks.filter((c) => c.severity === 'error').length;
  return (
    <section class="checks" aria-label={t('checks')} data-testid="checks-panel">
      <h2>
        {t('checks')}: {errors()} {t('errorsCount')}, {props.checks.length - errors()} {t('warningsCount')}
      </h2>
      <Show when={props.checks.length > 0} fallback={<p>{t('noChecks')}</p>}>
        <ul>
          <For each={sorted()}>
            {(c) => (
              <li class={`check check-${c.severity}`} data-code={c.code}>
                <span class="check-icon" aria-hidden="true">{c.severity === 'error' ? '✖' : '⚠'}</span>
                <span>{c.message}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
