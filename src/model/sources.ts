import type { FundingSource } from './schema';

/** The five sources of the official Додаток 1 form, in the form's order. */
export const STANDARD_SOURCES: readonly FundingSource[] = [
  { id: 'state', name: 'Державний бюджет', kind: 'state' },
  { id: 'regional', name: 'Обласний бюджет', kind: 'regional' },
  { id: 'district', name: 'Районний бюджет', kind: 'district' },
  { id: 'local', name: 'Бюджет територіальної громади', kind: 'local' },
  { id: 'other', name: 'Інші джерела', kind: 'other' },
];

/** The bucket for money a document does not divide by source. */
export const UNDIVIDED_SOURCE: FundingSource = { id: 'undivided', name: 'Без розподілу за джерелами', kind: 'undivided' };
