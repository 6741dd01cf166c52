// Reading untrusted form bodies: the page's fields, dates as people write them, amounts in euros, required and
// one-of fields.

import { isIsoDate } from '../../../law/dates.ts';
import type { Text } from '../../../law/types.ts';
import { displayableText, isMalformedText } from '../../../text.ts';
import { MAX_FIELD_LENGTH, tx } from './model.ts';
import type { FieldError, FormValues } from './model.ts';

/**
 * Takes the page's fields from a parsed form body. Anything but a single string (a repeated field, an object)
 * and anything longer than 200 characters is an error for that field; unknown fields are ignored.
 */
export function readForm(body: unknown, fields: readonly string[]): { values: FormValues; errors: FieldError[] } {
  const values: FormValues = {};
  const errors: FieldError[] = [];
  const record = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  for (const f of fields) {
    if (!Object.prototype.hasOwnProperty.call(record, f)) continue;
    const v = record[f];
    if (typeof v !== 'string') {
      errors.push({ field: f, message: tx('Dieses Feld wurde mehrfach oder in falscher Form gesendet.', 'This field was sent more than once or in the wrong form.') });
      continue;
    }
    if (v.length > MAX_FIELD_LENGTH) {
      errors.push({ field: f, message: tx(`Die Eingabe ist zu lang (höchstens ${MAX_FIELD_LENGTH} Zeichen).`, `The entry is too long (at most ${MAX_FIELD_LENGTH} characters).`) });
      values[f] = '';
      continue;
    }
    if (isMalformedText(v)) {
      errors.push({
        field: f,
        message: tx(
          'Die Eingabe enthält ein unzulässiges Zeichen (ein Nullzeichen oder ein unvollständiges Unicode-Zeichen).',
          'The entry contains a character that is not allowed (a NUL character or an incomplete Unicode character).',
        ),
      });
      values[f] = displayableText(v.trim());
      continue;
    }
    values[f] = v.trim();
  }
  return { values, errors };
}

/** A date as typed: ISO (the date input) or German "TT.MM.JJJJ"; undefined if neither or not a real day. */
export function parseDateInput(raw: string): string | undefined {
  let iso = raw;
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw);
  if (de) iso = `${de[3]}-${de[2]!.padStart(2, '0')}-${de[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * An amount in euro as typed: "52000", "52.000", "52 000 €", "52.000,50", "52,000.50". Returns a number,
 * 'negative', or undefined when it is not an amount.
 */
export function parseEuro(raw: string): number | 'negative' | undefined {
  let s = raw.replace(/\s|\u00a0|€|EUR/gi, '');
  if (s.startsWith('-') || s.startsWith('−')) return /\d/.test(s) ? 'negative' : undefined;
  if (s === '') return undefined;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d{1,2}$/.test(s)) s = s.replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(s)) s = s.replace(/,/g, '');
  else if (!/^\d+(\.\d{1,2})?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

export function parseWhole(raw: string): number | undefined {
  return /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
}

export const YES_NO = new Set(['yes', 'no']);

export function need(values: FormValues, errors: FieldError[], field: string, message: Text): string | undefined {
  const v = values[field];
  if (v === undefined || v === '') {
    errors.push({ field, message });
    return undefined;
  }
  return v;
}

export function oneOf<T extends string>(values: FormValues, errors: FieldError[], field: string, allowed: readonly T[], missing: Text): T | undefined {
  const v = need(values, errors, field, missing);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) {
    errors.push({ field, message: tx('Bitte wählen Sie eine der angebotenen Antworten.', 'Please choose one of the answers offered.') });
    return undefined;
  }
  return v as T;
}

export function dateField(
  values: FormValues,
  errors: FieldError[],
  field: string,
  opts: { required: boolean; min: string; max: string; missing: Text; range: Text },
): string | undefined {
  const raw = values[field] ?? '';
  if (raw === '') {
    if (opts.required) errors.push({ field, message: opts.missing });
    return undefined;
  }
  const iso = parseDateInput(raw);
  if (iso === undefined) {
    errors.push({ field, message: tx('Bitte geben Sie ein gültiges Datum an, z. B. 31.12.2020.', 'Please enter a valid date, e.g. 2020-12-31.') });
    return undefined;
  }
  if (iso < opts.min || iso > opts.max) {
    errors.push({ field, message: opts.range });
    return undefined;
  }
  return iso;
}
