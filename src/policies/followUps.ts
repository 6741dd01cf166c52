// The office's own worklist of follow-ups (Wiedervorlagen); marking one done is a consultation.update.

import type { EntityPolicy } from './core.ts';

export const FOLLOW_UP_ACTIONS = ['followUp.list'] as const;

export const followUpPolicy: EntityPolicy<(typeof FOLLOW_UP_ACTIONS)[number]> = {
  'followUp.list': { grants: { adviser: true } },
};
