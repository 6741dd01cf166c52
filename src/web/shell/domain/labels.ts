// The labels of the workspace's objects (companies, contacts, consultations, partners) and the way dates and
// occupations are shown: shared by the workspace pages, the reports and the audit trail.

import type { Lang } from '../../../i18n/index.ts';
import type { ConsultationView } from '../../../app/companies/getCompany.ts';
import { iscoUnitGroup } from '../../../catalogue/isco08.ts';
import { wm } from './messages/index.ts';
import { cm } from '../../workspace/consultations/messages.ts';

/** An ISCO-08 code with its title where the catalogue knows the unit group ("2512 Softwareentwickler/innen"); a
 * shorter code (a major, sub-major or minor group) or one outside the catalogue as it is. */
export function iscoLabel(lang: Lang, code: string): string {
  const group = iscoUnitGroup(code);
  return group ? `${code} ${group.title[lang]}` : code;
}

export function formatDate(lang: Lang, iso: string | null): string {
  if (!iso) return wm(lang).none;
  const [y, mo, d] = iso.split('-');
  return lang === 'de' ? `${d}.${mo}.${y}` : iso;
}

export function companyLabels(lang: Lang): Record<string, string> {
  const c = wm(lang).company;
  return {
    name: c.name,
    street: c.street,
    postcode: c.postcode,
    city: c.city,
    municipality: c.municipality,
    federalState: c.federalState,
    headcount: c.headcount,
    sizeClass: c.sizeClass,
    wzSection: c.wzSection,
    website: c.website,
    notes: c.notes,
  };
}

export function contactLabels(lang: Lang): Record<string, string> {
  const c = wm(lang).company;
  return { name: c.contactName, role: c.contactRole, email: c.contactEmail, phone: c.contactPhone, userId: c.contactName };
}

export function participantsText(lang: Lang, k: Pick<ConsultationView, 'participants' | 'otherParticipants'>): string {
  const c = wm(lang).consultation;
  const names = k.participants.map((p) => p.name ?? c.deletedPerson);
  if (k.otherParticipants) names.push(c.others(k.otherParticipants));
  return names.join(', ');
}

export function consultationLabels(lang: Lang): Record<string, string> {
  const k = wm(lang).consultation;
  return {
    // in the order of the form, which the error summary follows
    date: k.date,
    kind: k.kind,
    channel: k.channel,
    durationMinutes: k.durationMinutes,
    topics: k.topics,
    participantIds: k.participantIds,
    otherParticipants: k.otherParticipants,
    occupations: k.occupations,
    accessRoute: k.accessRoute,
    partnerIds: k.partnerIds,
    record: k.record,
    outcome: k.outcome,
    companySummary: cm(lang).companySummary,
    followUpDate: k.followUpDate,
    completeFollowUpIds: k.completeFollowUpIds,
    adviserUserId: k.adviser,
    // not in the form: the audit trail's names of the follow-up's state
    followUpDoneAt: k.followUpDoneAt,
    followUpDoneBy: k.followUpDoneBy,
  };
}

export function partnerLabels(lang: Lang): Record<string, string> {
  const p = wm(lang).partners;
  return { name: p.name, type: p.type, contactName: p.contactName, email: p.email, phone: p.phone, website: p.website, address: p.address };
}
