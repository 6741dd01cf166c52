// The input checker: collects the field errors of one input while reading its values (src/app/common/errors.ts).

import { searchOccupations } from '../../catalogue/search.ts';
import { findMalformedText, isMalformedText } from '../../text.ts';
import { TEXT_MAX } from './codes.ts';
import { assertNoErrors, isUuid, wfe } from './errors.ts';
import type { WorkspaceFieldError } from './errors.ts';

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

  url(field: string, value: unknown, max = 500): string | null {
    const v = this.text(field, value, { max });
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
