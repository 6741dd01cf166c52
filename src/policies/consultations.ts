// Consultations (Beratungen). The object's company decides what a company user may see.

import type { EntityPolicy } from './core.ts';

export const CONSULTATION_ACTIONS = ['consultation.list', 'consultation.read', 'consultation.create', 'consultation.update', 'consultation.delete'] as const;

export const consultationPolicy: EntityPolicy<(typeof CONSULTATION_ACTIONS)[number]> = {
  'consultation.list': { grants: { adviser: true, company: 'ownCompany' } },
  'consultation.read': { grants: { adviser: true, company: 'ownCompany' } },
  'consultation.create': { grants: { adviser: true } },
  'consultation.update': { grants: { adviser: true } },
  'consultation.delete': { grants: { adviser: true } },
};
