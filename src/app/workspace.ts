// Shared rules of the workspace use cases (issue 6): the codes of topics, channels, access routes and partner types,
// input checks with field errors, paging, and the audit diff. The database repeats the codes as CHECK constraints.

import type { Actor } from '../policies/index.ts';
import { NotFoundError } from '../policies/index.ts';
import { searchOccupations } from '../catalogue/search.ts';
import { MALFORMED_TEXT_MESSAGE, findMalformedText, isMalformedText } from '../text.ts';

export const TOPICS = ['skilled_immigration', 'residence_law', 'recognition', 'further_qualification', 'integration_management'] as const;
export type Topic = (typeof TOPICS)[number];
export const CHANNELS = ['on_site', 'phone', 'video', 'email', 'event'] as const;
export type Channel = (typeof CHANNELS)[number];
export const KINDS = ['first', 'follow_up'] as const;
export type ConsultationKind = (typeof KINDS)[number];
export const ACCESS_ROUTES = ['own_initiative', 'chamber', 'employment_agency', 'event', 'recommendation', 'internet', 'other'] as const;
export type AccessRoute = (typeof ACCESS_ROUTES)[number];
export const PARTNER_TYPES = ['employment_agency', 'immigration_office', 'ihk', 'hwk', 'education_provider', 'recognition_body', 'other'] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];
export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
/** WZ 2008 sections A–U (their titles, German and English: wzSections in src/web/workspace/messages.ts) */
export const WZ_SECTIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U'] as const;
export type WzSection = (typeof WZ_SECTIONS)[number];
/** ISO 3166-2 codes of the 16 Länder */
export const FEDERAL_STATES = ['DE-BW', 'DE-BY', 'DE-BE', 'DE-BB', 'DE-HB', 'DE-HH', 'DE-HE', 'DE-MV', 'DE-NI', 'DE-NW', 'DE-RP', 'DE-SL', 'DE-SN', 'DE-ST', 'DE-SH', 'DE-TH'];

/** micro < 10, small < 50, medium < 250, large */
export function sizeClassOf(headcount: number): SizeClass {
  if (headcount < 10) return 'micro';
  if (headcount < 50) return 'small';
  if (headcount < 250) return 'medium';
  return 'large';
}

export const TEXT_MAX = 200;
export const LONG_TEXT_MAX = 20_000;
export const PAGE_SIZE_DEFAULT = 25;
export const PAGE_SIZE_MAX = 100;

export type WorkspaceErrorCode =
  | 'required'
  | 'tooLong'
  | 'characters'
  | 'email'
  | 'url'
  | 'postcode'
  | 'integer'
  | 'date'
  | 'oneOf'
  | 'topicsRequired'
  | 'isco'
  | 'unknown'
  | 'followUpBeforeDate'
  | 'noFollowUp'
  | 'occupationUnknown'
  | 'occupationAmbiguous';

export interface WorkspaceFieldError {
  field: string;
  code: WorkspaceErrorCode;
  message: string;
  /** what was typed, for an error about one item of a list (an occupation by name) */
  term?: string;
  /** ISCO-08 codes that the term could mean */
  suggestions?: string[];
}

const ENGLISH: Record<WorkspaceErrorCode, string> = {
  required: 'is required',
  tooLong: 'is too long',
  characters: MALFORMED_TEXT_MESSAGE,
  email: 'is not an e-mail address',
  url: 'is not a web address (http or https)',
  postcode: 'is not a German postcode (five digits)',
  integer: 'is not a whole number in the allowed range',
  date: 'is not a date (YYYY-MM-DD)',
  oneOf: 'is not one of the allowed values',
  topicsRequired: 'needs at least one topic',
  isco: 'is not an ISCO-08 code (one to four digits)',
  unknown: 'is not known in this service office',
  followUpBeforeDate: 'is before the date of the consultation',
  noFollowUp: 'is not set: this consultation has no follow-up',
  occupationUnknown: 'names an occupation that is not in the catalogue; give its ISCO-08 code',
  occupationAmbiguous: 'names an occupation that fits several ISCO-08 unit groups; give the code',
};

/** An occupation typed by name: its ISCO-08 unit group when the catalogue's best matches agree on one (those
 * scoring at least 90 % of the best), otherwise the unit groups it could mean (none: unknown). */
export function resolveOccupation(term: string): { code: string | null; suggestions: string[] } {
  const matches = searchOccupations(term, 'de', 12);
  if (matches.length === 0) return { code: null, suggestions: [] };
  const top = matches[0]!.score;
  const close = [...new Set(matches.filter((m) => m.score >= 0.9 * top).map((m) => m.entry.isco))];
  if (close.length === 1) return { code: close[0]!, suggestions: [] };
  return { code: null, suggestions: [...new Set(matches.map((m) => m.entry.isco))].slice(0, 5) };
}

export function wfe(field: string, code: WorkspaceErrorCode, detail?: string): WorkspaceFieldError {
  return { field, code, message: detail ? `${ENGLISH[code]}: ${detail}` : ENGLISH[code] };
}

/** Bad input to a workspace use case: nothing was written. HTTP 400. */
export class WorkspaceInputError extends Error {
  readonly statusCode = 400;
  constructor(readonly errors: WorkspaceFieldError[]) {
    super(errors.map((e) => `${e.field} ${e.message}`).join('; '));
    this.name = 'WorkspaceInputError';
  }
}

export function assertNoErrors(errors: WorkspaceFieldError[]): void {
  if (errors.length > 0) throw new WorkspaceInputError(errors);
}

/** A company with the same name and postcode exists: the caller may confirm and create it anyway. HTTP 409. */
export class DuplicateCompanyError extends Error {
  readonly statusCode = 409;
  constructor(readonly duplicates: { id: string; name: string; postcode: string | null; city: string | null }[]) {
    super(`A company with this name and postcode exists already (${duplicates.length}); confirm to create it anyway.`);
    this.name = 'DuplicateCompanyError';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
/** Ids come from URLs: anything not shaped like one is simply not found. */
export function assertId(value: unknown): asserts value is string {
  if (!isUuid(value)) throw new NotFoundError();
}

/** Collects the field errors of one input while reading its values. */
export class Checker {
  readonly errors: WorkspaceFieldError[] = [];

  /** trimmed text; '' and undefined become null; a NUL character or an unpaired surrogate is an error (src/text.ts) */
  text(field: string, value: unknown, opts: { required?: boolean; max?: number } = {}): string | null {
    if (value !== undefined && value !== null && typeof value !== 'string') {
      this.errors.push(wfe(field, 'oneOf', 'text expected'));
      return null;
    }
    if (typeof value === 'string' && isMalformedText(value)) {
      this.errors.push(wfe(field, 'characters'));
      return null;
    }
    const v = (value ?? '').trim();
    if (v === '') {
      if (opts.required) this.errors.push(wfe(field, 'required'));
      return null;
    }
    if (v.length > (opts.max ?? TEXT_MAX)) {
      this.errors.push(wfe(field, 'tooLong'));
      return null;
    }
    return v;
  }

  email(field: string, value: unknown): string | null {
    const v = this.text(field, value, { max: 254 });
    if (v !== null && !/^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/.test(v)) {
      this.errors.push(wfe(field, 'email'));
      return null;
    }
    return v === null ? null : v.toLowerCase();
  }

  url(field: string, value: unknown): string | null {
    const v = this.text(field, value, { max: 500 });
    if (v === null) return null;
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`;
    try {
      const u = new URL(withScheme);
      if ((u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.')) return u.toString();
    } catch {
      // reported below
    }
    this.errors.push(wfe(field, 'url'));
    return null;
  }

  postcode(field: string, value: unknown): string | null {
    const v = this.text(field, value, { max: 10 });
    if (v !== null && !/^\d{5}$/.test(v)) {
      this.errors.push(wfe(field, 'postcode'));
      return null;
    }
    return v;
  }

  /** a whole number in [min, max]; numbers or digit strings */
  integer(field: string, value: unknown, min: number, max: number, opts: { required?: boolean } = {}): number | null {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (opts.required) this.errors.push(wfe(field, 'required'));
      return null;
    }
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      this.errors.push(wfe(field, 'integer', `${min}–${max}`));
      return null;
    }
    return n;
  }

  date(field: string, value: unknown, opts: { required?: boolean } = {}): string | null {
    const v = this.text(field, value, { max: 10 });
    if (v === null) {
      if (opts.required && !this.errors.some((e) => e.field === field)) this.errors.push(wfe(field, 'required'));
      return null;
    }
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!m || !d || d.toISOString().slice(0, 10) !== v || Number(m[1]) < 1990 || Number(m[1]) > 2100) {
      this.errors.push(wfe(field, 'date'));
      return null;
    }
    return v;
  }

  oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[], opts: { required?: boolean } = {}): T | null {
    if (value === undefined || value === null || value === '') {
      if (opts.required) this.errors.push(wfe(field, 'required'));
      return null;
    }
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.errors.push(wfe(field, 'oneOf', allowed.join(', ')));
      return null;
    }
    return value as T;
  }

  /** a list of allowed values, without repetitions; a single string counts as a list of one (HTML forms) */
  list<T extends string>(field: string, value: unknown, allowed: readonly T[]): T[] {
    const items = value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value];
    const out: T[] = [];
    for (const item of items) {
      if (typeof item !== 'string' || !(allowed as readonly string[]).includes(item)) {
        this.errors.push(wfe(field, 'oneOf', allowed.join(', ')));
        return [];
      }
      if (!out.includes(item as T)) out.push(item as T);
    }
    return out;
  }

  /** ids (uuids), without repetitions */
  ids(field: string, value: unknown): string[] {
    const items = value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value];
    const out: string[] = [];
    for (const item of items) {
      if (!isUuid(item)) {
        this.errors.push(wfe(field, 'unknown'));
        return [];
      }
      const id = item.toLowerCase();
      if (!out.includes(id)) out.push(id);
    }
    return out;
  }

  /** ISCO-08 codes (1–4 digits) or occupations by name, which the occupation catalogue resolves to their unit group
   * when it is unambiguous; a string lists them separated by commas or semicolons (codes also by spaces) */
  isco(field: string, value: unknown): string[] {
    if (typeof value === 'string' && value.length > TEXT_MAX * 10) {
      this.errors.push(wfe(field, 'tooLong'));
      return [];
    }
    if (findMalformedText(value) !== undefined) {
      this.errors.push(wfe(field, 'characters'));
      return [];
    }
    const items =
      value === undefined || value === null
        ? []
        : Array.isArray(value)
          ? value
          : typeof value === 'string'
            ? value
                .split(/[,;\n]+/)
                .map((s) => s.trim())
                .flatMap((s) => (/^[\d\s]+$/.test(s) ? s.split(/\s+/) : [s]))
                .filter((s) => s !== '')
            : [value];
    const out: string[] = [];
    let failed = false;
    for (const item of items) {
      if (typeof item !== 'string') {
        this.errors.push(wfe(field, 'isco', String(item)));
        return [];
      }
      const term = item.trim();
      if (term.length > TEXT_MAX) {
        this.errors.push(wfe(field, 'tooLong'));
        return [];
      }
      let code: string | null = /^\d{1,4}$/.test(term) ? term : null;
      if (code === null) {
        if (/^\d/.test(term)) {
          this.errors.push(wfe(field, 'isco', term));
          return [];
        }
        const found = resolveOccupation(term);
        if (found.code === null) {
          // report the first name that does not resolve, with what it could mean
          if (!failed) {
            const e = wfe(field, found.suggestions.length > 0 ? 'occupationAmbiguous' : 'occupationUnknown', term);
            this.errors.push({ ...e, term, suggestions: found.suggestions });
          }
          failed = true;
          continue;
        }
        code = found.code;
      }
      if (!out.includes(code)) out.push(code);
    }
    if (failed) return [];
    if (out.length > 50) {
      this.errors.push(wfe(field, 'tooLong'));
      return [];
    }
    return out;
  }

  done(): void {
    assertNoErrors(this.errors);
  }
}

/** The fields that differ between before and after (only keys present in `after`), as { field: [old, new] }. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(after)) {
    const old = before[k] ?? null;
    const now = v ?? null;
    if (JSON.stringify(old) !== JSON.stringify(now)) out[k] = [old, now];
  }
  return out;
}

/** The `actor` text of audit rows. */
export function auditActorOf(actor: Actor): string {
  return `user:${actor.userId}`;
}

export interface Paging {
  page: number;
  pageSize: number;
}

/** page ≥ 1, 1 ≤ pageSize ≤ PAGE_SIZE_MAX; bad values are errors naming the field */
export function paging(c: Checker, page: unknown, pageSize: unknown): Paging {
  return {
    page: c.integer('page', page, 1, 1_000_000) ?? 1,
    pageSize: c.integer('pageSize', pageSize, 1, PAGE_SIZE_MAX) ?? PAGE_SIZE_DEFAULT,
  };
}

export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
