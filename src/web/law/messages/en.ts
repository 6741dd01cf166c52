// English texts of the public page /recht/stand.

import type { LawMessages } from './de.ts';

export const en: LawMessages = {
  title: 'State of the legal figures',
  heading: 'State of the legal figures',
  lead: (today: string): string =>
    `Every figure Lotse checks and plans with: from when and until when it applies, where it comes from and when it was last checked against its source. As of ${today}.`,
  explain:
    'A draft is published but not in force: Lotse does not decide with it and only names it as the expected value. Where a value is unconfirmed, Lotse answers “unclear” and asks for it to be verified.',
  contentsLabel: 'Topics',
  columns: { id: 'Id', valid: 'Valid', value: 'Value', status: 'Status', verified: 'Last verified', source: 'Source' },
  from: (d: string): string => `from ${d}`,
  fromTo: (a: string, b: string): string => `${a} to ${b}`,
  alsoSee: 'See also:',
  counts: (n: number): string => `${n} values`,
};
