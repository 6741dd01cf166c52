// The state of every legal figure the engine knows, for `lotse law status` and the public page /recht/stand:
// each value with its validity, the value in words, its source, the day it was last checked, and its status.
// Pure: the caller passes today's date (the law has no clock).

import type { Text } from '../types.ts';
import type { DatedValue, Parameter, Reference, Unit, ValueStatus } from './parameter.ts';
import { allParameters, valueStatus } from './parameter.ts';
import { addDays } from '../dates.ts';
import { dateDe, dateEn, eurDe, eurEn, numberDe, numberEn, pctDe, pctEn } from '../format.ts';
import './index.ts';
import './plan/fees.ts';
import './plan/durations.ts';
import './plan/westbalkan.ts';
import '../residence/parameters.ts';
import '../integration/parameters.ts';

export type Topic = 'salary' | 'blueCard' | 'experience' | 'age45' | 'chancenkarte' | 'recognition' | 'westbalkan' | 'ict' | 'reform' | 'residence' | 'plan';

/** Topics in the order the page shows them. */
export const TOPICS: readonly Topic[] = ['salary', 'blueCard', 'experience', 'age45', 'chancenkarte', 'recognition', 'westbalkan', 'ict', 'reform', 'residence', 'plan'];

export const TOPIC_TITLES: Record<Topic, Text> = {
  salary: { de: 'Beitragsbemessungsgrenze (Grundlage der Gehaltsgrenzen)', en: 'Contribution ceiling (basis of the salary thresholds)' },
  blueCard: { de: 'Blaue Karte EU', en: 'EU Blue Card' },
  experience: { de: 'Berufserfahrung (§ 6 BeschV)', en: 'Professional experience (§ 6 BeschV)' },
  age45: { de: 'Erstmalige Erteilung ab 45 Jahren', en: 'First grant at 45 or older' },
  chancenkarte: { de: 'Chancenkarte', en: 'Opportunity card (Chancenkarte)' },
  recognition: { de: 'Anerkennung (§ 16d AufenthG)', en: 'Recognition (§ 16d AufenthG)' },
  westbalkan: { de: 'Westbalkanregelung', en: 'Western Balkans rule' },
  ict: { de: 'ICT-Karte', en: 'ICT card' },
  reform: { de: 'Inkrafttreten der Reform 2023', en: 'Entry into force of the 2023 reform' },
  residence: { de: 'Aufenthalt in Deutschland: Niederlassung, Arbeitgeberwechsel, Familie, Einbürgerung', en: 'Residence in Germany: settlement, change of employer, family, naturalisation' },
  plan: { de: 'Verfahrensplan: Gebühren und Dauern', en: 'Process plan: fees and durations' },
};

export const STATUS_TITLES: Record<ValueStatus, Text> = {
  in_force: { de: 'geprüft', en: 'verified' },
  draft: { de: 'Entwurf, nicht in Kraft', en: 'draft, not in force' },
  unconfirmed: { de: 'nicht bestätigt', en: 'unconfirmed' },
  stale: { de: 'seit über 12 Monaten nicht geprüft', en: 'not verified for over 12 months' },
};

export interface StatusRow {
  id: string;
  topic: Topic;
  description: Text;
  unit: Unit;
  validFrom: string;
  /** the last day the value applies (its validUntil, or the day before the next value); null: open-ended */
  validUntil: string | null;
  /** the value in words, e.g. "101.400 €" / "€101,400"; "nicht bestätigt" for a value carried as unknown */
  value: Text;
  /** the raw value (for --json) */
  raw: unknown;
  reference: Reference;
  alsoSee: Reference[];
  lastVerified: string;
  status: ValueStatus;
  note?: string;
}

/** The topic of a parameter, from its scope and id. */
export function topicOf(p: Parameter<unknown>): Topic {
  if ((p.scope ?? 'check') === 'plan') return 'plan';
  if (p.scope === 'residence') return 'residence';
  const id = p.id;
  if (id.startsWith('sgb6.')) return 'salary';
  if (id.startsWith('aufenthg.18g')) return 'blueCard';
  if (id.startsWith('beschv.6')) return 'experience';
  if (id.startsWith('aufenthg.18.2') || id.startsWith('beschv.1.2')) return 'age45';
  if (id.startsWith('aufenthg.20')) return 'chancenkarte';
  if (id.startsWith('aufenthg.16d')) return 'recognition';
  if (id.startsWith('beschv.26')) return 'westbalkan';
  if (id.startsWith('aufenthg.19')) return 'ict';
  return 'reform';
}

/** The unit of one field of an object value, by its name ("maxDays", "minEur", "inCompanyGross"). */
function unitOfKey(key: string, unit: Unit): Unit {
  if (/Days/i.test(key)) return 'days';
  if (/Months/i.test(key)) return 'months';
  if (/Eur$/.test(key)) return 'EUR';
  if (/Gross$|Net$/.test(key)) return unit === 'EUR/month' ? 'EUR/month' : 'EUR';
  return 'count';
}

function scalar(v: unknown, unit: Unit): Text {
  if (v === null || v === undefined) return { de: 'nicht bestätigt', en: 'unconfirmed' };
  if (typeof v === 'number') {
    if (unit === 'ratio') return { de: pctDe(v), en: pctEn(v) };
    if (unit === 'EUR' || unit === 'EUR/year' || unit === 'EUR/month') {
      const per = unit === 'EUR/year' ? { de: ' im Jahr', en: ' a year' } : unit === 'EUR/month' ? { de: ' im Monat', en: ' a month' } : { de: '', en: '' };
      return { de: `${eurDe(v)}${per.de}`, en: `${eurEn(v)}${per.en}` };
    }
    const suffix: Partial<Record<Unit, Text>> = { days: { de: ' Tage', en: ' days' }, months: { de: ' Monate', en: ' months' }, years: { de: ' Jahre', en: ' years' } };
    const s = suffix[unit] ?? { de: '', en: '' };
    return { de: `${numberDe(v)}${s.de}`, en: `${numberEn(v)}${s.en}` };
  }
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? { de: dateDe(v), en: dateEn(v) } : { de: v, en: v };
  if (typeof v === 'boolean') return v ? { de: 'ja', en: 'yes' } : { de: 'nein', en: 'no' };
  if (Array.isArray(v)) {
    const parts = v.map((x) => scalar(x, unit));
    return { de: parts.map((x) => x.de).join(', '), en: parts.map((x) => x.en).join(', ') };
  }
  // an object: its fields, one level deep, as "key: value"
  const entries = Object.entries(v as Record<string, unknown>).filter(([k]) => k !== 'rows');
  const parts = entries.map(([k, x]) => {
    const nested = typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : null;
    const isText = nested !== null && typeof nested.de === 'string' && typeof nested.en === 'string';
    const inner = nested !== null && !isText ? JSON.stringify(nested) : null;
    const t = isText ? { de: nested!.de as string, en: nested!.en as string } : inner === null ? scalar(x, unitOfKey(k, unit)) : { de: inner, en: inner };
    return { de: `${k}: ${t.de}`, en: `${k}: ${t.en}` };
  });
  return { de: parts.map((x) => x.de).join('; '), en: parts.map((x) => x.en).join('; ') };
}

/** One value in words. */
export function valueText(v: DatedValue<unknown>, unit: Unit): Text {
  return scalar(v.value, unit);
}

/** Every value of every registered parameter (check and plan), by topic order, then id, then validFrom. */
export function lawStatus(today: string): StatusRow[] {
  const rows: StatusRow[] = [];
  for (const p of allParameters()) {
    const topic = topicOf(p);
    p.values.forEach((v, i) => {
      const next = p.values[i + 1];
      const until = v.validUntil ?? (next !== undefined ? addDays(next.validFrom, -1) : null);
      rows.push({
        id: p.id,
        topic,
        description: p.description,
        unit: p.unit,
        validFrom: v.validFrom,
        validUntil: until,
        value: valueText(v, p.unit),
        raw: v.value,
        reference: v.reference,
        alsoSee: [...(v.alsoSee ?? [])],
        lastVerified: v.lastVerified,
        status: valueStatus(v, today),
        ...(v.note !== undefined ? { note: v.note } : {}),
      });
    });
  }
  const order = (t: Topic): number => TOPICS.indexOf(t);
  return rows.sort((a, b) => order(a.topic) - order(b.topic) || a.id.localeCompare(b.id) || a.validFrom.localeCompare(b.validFrom));
}
