// The error the plan raises for input it cannot plan (unknown route, invalid date, § 81a not available).

import type { Text } from '../types.ts';

export class PlanError extends Error {
  readonly text: Text;
  constructor(text: Text) {
    super(text.en);
    this.name = 'PlanError';
    this.text = text;
  }
}
