// The generator of the volume demo (src/dev/seedVolume.ts): everything is generated from word lists and sentence
// templates (volumeWords.ts) by a seeded pseudo-random generator, so the same options give the same data.

import { randomUUID } from 'node:crypto';
import type { companies, consultations, contacts, partners } from '../db/schema/index.ts';
import { sizeClassOf } from '../app/common/codes.ts';
import type { AccessRoute, PartnerType, Topic } from '../app/common/codes.ts';
import type { Fill} from './volumeWords.ts';
import { ACCESS_WEIGHTS, BRAND_HEADS, BRAND_TAILS, CHANNEL_WEIGHTS, CONTACT_ROLES, COUNTRIES, DURATION, FIRST_NAMES, HEADCOUNT, LEGAL, NOTES, OCCUPATIONS, OPENINGS, OUTCOMES, PARTNER_DIRECTORY, PLACES, RECORD_SENTENCES, REFERRAL_TYPES, REGION_ADJECTIVES, SIZE_WEIGHTS, STREETS, SURNAMES, TOPIC_WEIGHTS, TRADES, fill, slug } from './volumeWords.ts';

export const VOLUME_TENANT_NAME = 'Servicestelle Volumen (Demo)';
export const VOLUME_COMPANIES = 2_000;
export const VOLUME_CONSULTATIONS = 20_000;
export const AUDIT_ACTOR = 'cli:seed-volume';

export interface VolumeLogin {
  role: 'admin' | 'adviser' | 'company';
  name: string;
  email: string;
  password: string;
}

/** Publicly known demo credentials: they exist only in a database marked as demo. */
export const VOLUME_LOGINS: readonly VolumeLogin[] = [
  { role: 'admin', name: 'Volumen-Administration (Demo)', email: 'admin@volumen.demo.lotse.example', password: 'volumen-admin-2026' },
  { role: 'adviser', name: 'Jana Krämer (Demo)', email: 'beratung@volumen.demo.lotse.example', password: 'volumen-beratung-2026' },
  { role: 'adviser', name: 'Tobias Weber (Demo)', email: 'beratung2@volumen.demo.lotse.example', password: 'volumen-beratung2-2026' },
  // the company user of the company with the most cases (hundreds at the default scale): its view of its cases
  { role: 'company', name: 'Personalabteilung (Demo)', email: 'firma@volumen.demo.lotse.example', password: 'volumen-firma-2026' },
];

export interface VolumeOptions {
  companies?: number;
  consultations?: number;
  /** candidates get cases: default 10 per company (20,000 for the default 2,000 companies) */
  cases?: number;
  /** the last day of the three years of consultations (ISO date); default: today (UTC) */
  today?: string;
  /** the seed of the pseudo-random generator; default 6 */
  seed?: number;
}

export interface VolumeCounts {
  companies: number;
  contacts: number;
  partners: number;
  users: number;
  consultations: number;
  referrals: number;
  /** consultation × contact person rows */
  participants: number;
  /** candidates (those with a case and a tenth more without one) and their consent declarations */
  candidates: number;
  consents: number;
  cases: number;
  statusChanges: number;
  references: number;
  tasks: number;
  documents: number;
  notes: number;
  auditRows: number;
}

export type VolumeResult =
  | { ok: true; created: true; tenantId: string; counts: VolumeCounts; from: string; to: string; logins: readonly VolumeLogin[] }
  | { ok: true; created: false; tenantId: string; logins: readonly VolumeLogin[] }
  | { ok: false; reason: string };

// --- the generator ---------------------------------------------------------------------------------------------

/** mulberry32: a small, fast, seeded 32-bit generator; good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class Gen {
  constructor(readonly random: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  /** a value by weight: [[value, weight], …] */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.random() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1]![0];
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  /** n distinct items */
  some<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(this.random() * pool.length), 1)[0]!);
    return out;
  }
}

const DAY_MS = 86_400_000;
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

// --- the data --------------------------------------------------------------------------------------------------

export interface VolumeData {
  companies: Array<Omit<typeof companies.$inferInsert, 'tenantId'> & { id: string }>;
  contacts: Array<Omit<typeof contacts.$inferInsert, 'tenantId'> & { id: string }>;
  partners: Array<Omit<typeof partners.$inferInsert, 'tenantId'> & { id: string }>;
  /** adviserIndex: index into the advisers of VOLUME_LOGINS */
  consultations: Array<
    Omit<typeof consultations.$inferInsert, 'tenantId' | 'adviserUserId'> & { id: string; adviserIndex: number; partnerIds: string[]; participantIds: string[] }
  >;
  /** per company: the index of its adviser among the advisers of VOLUME_LOGINS */
  companyAdviserIndex: number[];
  from: string;
  to: string;
}

/** Generates the volume data in memory (no database): the same options give the same data, apart from the ids. */
export function generateVolume(opts: Required<Pick<VolumeOptions, 'companies' | 'consultations' | 'seed'>> & { today: string }): VolumeData {
  const g = new Gen(prng(opts.seed));
  // the participants come from a generator of their own, so that adding them left the rest of the data as it was
  const gp = new Gen(prng(opts.seed ^ 0x5eed));
  const toMs = Date.parse(`${opts.today}T00:00:00Z`);
  const fromMs = toMs - 3 * 365 * DAY_MS;

  const partnerRows = PARTNER_DIRECTORY.map((p) => ({ id: randomUUID(), name: p.name, type: p.type, address: p.address }));
  const partnersOf = (type: PartnerType) => partnerRows.filter((p) => p.type === type);

  // companies
  const names = new Set<string>();
  const companyRows: VolumeData['companies'] = [];
  const companyMeta: { city: string; route: AccessRoute | null; adviserIndex: number; occ: readonly (readonly [string, string])[] }[] = [];
  const contactRows: VolumeData['contacts'] = [];
  const contactsOf: string[][] = [];
  for (let i = 0; i < opts.companies; i++) {
    contactsOf.push([]);
    const [city, postcodes, land, area] = g.weighted(PLACES.map((p) => [p, p[4]] as const));
    const [trade, wz] = g.pick(TRADES);
    const legal = g.weighted(LEGAL);
    let name = '';
    for (let attempt = 0; attempt < 20 && (name === '' || names.has(name.toLowerCase())); attempt++) {
      const style = g.int(0, 9);
      if (style <= 3) name = `${g.pick(SURNAMES)} ${trade} ${legal}`;
      else if (style <= 5) name = `${g.pick(REGION_ADJECTIVES)} ${trade} ${legal}`;
      else if (style <= 7) name = `${g.pick(BRAND_HEADS)}${g.pick(BRAND_TAILS)} ${trade} ${legal}`;
      else if (style === 8) name = `${g.pick(SURNAMES)} & ${g.pick(SURNAMES)} ${trade} ${legal}`;
      else name = `${trade} ${g.pick(SURNAMES)} ${city.split(' ')[0]} ${legal}`;
    }
    if (names.has(name.toLowerCase())) name = `${name} (Niederlassung ${city} ${i})`;
    names.add(name.toLowerCase());
    const sizeClass = g.weighted(SIZE_WEIGHTS);
    const headcount = g.chance(0.85) ? g.int(...HEADCOUNT[sizeClass]) : null;
    const occ = g.some(OCCUPATIONS, g.int(1, 3));
    const fillIn: Fill = { occ: occ[0]![1], country: g.pick(COUNTRIES), n: g.int(1, 6), city };
    const domain = `${slug(name.replace(/ (GmbH.*|AG|e\.K\.|KG|UG.*|OHG|GbR)$/, ''))}.example`;
    companyRows.push({
      id: randomUUID(),
      name,
      street: g.chance(0.95) ? `${g.pick(STREETS)} ${g.int(1, 180)}` : null,
      postcode: g.pick(postcodes),
      city,
      federalState: land,
      municipality: city.replace(/ \(Pfalz\)$/, ''),
      sizeClass: headcount === null ? (g.chance(0.7) ? sizeClass : null) : sizeClassOf(headcount),
      headcount,
      wzSection: g.chance(0.93) ? wz : null,
      website: g.chance(0.6) ? `https://www.${domain}/` : null,
      notes: g.chance(0.3) ? fill(g.pick(NOTES), fillIn) : null,
    });
    companyMeta.push({ city, route: g.weighted(ACCESS_WEIGHTS), adviserIndex: g.chance(0.6) ? 0 : 1, occ });
    const nContacts = g.weighted([[1, 45], [2, 35], [3, 20]] as const);
    const used = new Set<string>();
    for (let k = 0; k < nContacts; k++) {
      const first = g.pick(FIRST_NAMES);
      const last = g.pick(SURNAMES);
      if (used.has(`${first} ${last}`)) continue;
      used.add(`${first} ${last}`);
      const contactId = randomUUID();
      contactsOf[i]!.push(contactId);
      contactRows.push({
        id: contactId,
        companyId: companyRows[i]!.id,
        name: `${first} ${last}`,
        role: g.pick(CONTACT_ROLES),
        email: g.chance(0.85) ? `${slug(first)}.${slug(last)}@${domain}` : null,
        phone: g.chance(0.7) ? `${area} ${g.int(10_000, 9_999_999)}` : null,
      });
    }
  }

  // consultations: a few companies get many, most a handful, some none; each company's earliest one is its first
  const perCompany: number[][] = companyRows.map(() => []);
  const order = g.some(
    companyRows.map((_, i) => i),
    companyRows.length,
  );
  for (let j = 0; j < opts.consultations && companyRows.length > 0; j++) {
    const rank = Math.floor(companyRows.length * Math.pow(g.random(), 1.6));
    // a consultation day: uniform over the range, weekends moved to the Friday before
    let ms = fromMs + g.int(0, Math.round((toMs - fromMs) / DAY_MS)) * DAY_MS;
    const wd = new Date(ms).getUTCDay();
    if (wd === 6) ms -= DAY_MS;
    if (wd === 0) ms -= 2 * DAY_MS;
    perCompany[order[rank]!]!.push(Math.max(ms, fromMs));
  }

  const consultationRows: VolumeData['consultations'] = [];
  perCompany.forEach((days, ci) => {
    days.sort((a, b) => a - b);
    const meta = companyMeta[ci]!;
    const company = companyRows[ci]!;
    const created = days.length > 0 ? days[0]! : fromMs + g.int(0, 3 * 365) * DAY_MS;
    company.createdAt = new Date(created + 8 * 3_600_000);
    company.updatedAt = new Date((days.length > 0 ? days[days.length - 1]! : created) + 17 * 3_600_000);
    days.forEach((ms, k) => {
      const date = isoDay(ms);
      const channel = k === 0 && g.chance(0.5) ? 'on_site' : g.weighted(CHANNEL_WEIGHTS);
      const topics: Topic[] = [];
      const nTopics = g.weighted([[1, 45], [2, 40], [3, 15]] as const);
      while (topics.length < nTopics) {
        const t = g.weighted(TOPIC_WEIGHTS);
        if (!topics.includes(t)) topics.push(t);
      }
      const occ = g.some(meta.occ, g.weighted([[0, 20], [1, 60], [2, 20]] as const));
      const f: Fill = { occ: (occ[0] ?? g.pick(meta.occ))[1], country: g.pick(COUNTRIES), n: g.int(1, 5), city: meta.city };
      const sentences = [k === 0 ? 'Erstberatung des Unternehmens.' : '', g.pick(OPENINGS[channel])];
      for (const t of topics) sentences.push(fill(g.pick(RECORD_SENTENCES[t]), f));
      if (g.chance(0.4)) sentences.push(fill(g.pick(RECORD_SENTENCES[g.weighted(TOPIC_WEIGHTS)]), f));
      const partnerIds: string[] = [];
      if (g.chance(0.25)) {
        for (const t of topics.slice(0, g.int(1, 2))) {
          const candidates = partnersOf(g.pick(REFERRAL_TYPES[t]));
          const p = candidates.length > 0 ? g.pick(candidates) : null;
          if (p && !partnerIds.includes(p.id)) partnerIds.push(p.id);
        }
      }
      // about two in three consultations name one or two of the company's contact persons; events count further guests
      const participantIds = gp.chance(0.65) ? gp.some(contactsOf[ci]!, gp.weighted([[1, 70], [2, 30]] as const)) : [];
      const otherParticipants = channel === 'event' && gp.chance(0.8) ? gp.int(3, 40) : null;
      const [dMin, dMax] = DURATION[channel];
      consultationRows.push({
        id: randomUUID(),
        companyId: company.id,
        date,
        channel,
        durationMinutes: g.chance(0.9) ? g.int(dMin, dMax) : null,
        adviserIndex: g.chance(0.85) ? meta.adviserIndex : 1 - meta.adviserIndex,
        topics,
        occupations: occ.map(([code]) => code),
        record: g.chance(0.97) ? sentences.filter((s) => s !== '').join(' ') : null,
        outcome: g.chance(0.85) ? g.pick(OUTCOMES) : null,
        followUpDate: g.chance(0.3) ? isoDay(ms + g.int(7, 60) * DAY_MS) : null,
        kind: k === 0 ? 'first' : 'follow_up',
        accessRoute: g.chance(0.9) ? meta.route : g.weighted(ACCESS_WEIGHTS),
        createdAt: new Date(ms + g.int(8, 17) * 3_600_000),
        updatedAt: new Date(ms + 18 * 3_600_000),
        otherParticipants,
        partnerIds,
        participantIds,
      });
    });
  });
  consultationRows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    companies: companyRows,
    contacts: contactRows,
    partners: partnerRows,
    consultations: consultationRows,
    companyAdviserIndex: companyMeta.map((m) => m.adviserIndex),
    from: isoDay(fromMs),
    to: opts.today,
  };
}
