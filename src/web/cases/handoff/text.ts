// The hand-off pack of one step as a plain text file (issue 14): one "label: value" line per field, "[to be entered]"
// where the case holds nothing, the documents with their status, the sources; in the request's language. Plain text
// (not CSV) so that each value can be copied into the portal as it is, and no spreadsheet reads a formula into it.

import type { HandoffPackView } from '../../../app/handoff/getHandoffPack.ts';
import type { Lang } from '../../../i18n/index.ts';
import { hm } from './messages.ts';
import { formatDay } from './HandoffPage.tsx';

/** One line without line breaks or control characters (a value may come from a free-text field). */
function line(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

export function handoffText(pack: HandoffPackView, lang: Lang): string {
  const m = hm(lang);
  const f = pack.form;
  const out: string[] = [];
  out.push(line(f.title[lang]));
  out.push(line(m.caseLine(pack.caseNumber, pack.companyName)));
  out.push(m.prepares);
  out.push('');
  out.push(`${m.lastVerified(formatDay(lang, f.lastVerified))}${f.status === 'unconfirmed' ? ` – ${m.unconfirmed.toUpperCase()}` : ''}`);
  out.push(`${m.source}: ${f.reference.url}`);
  out.push(`${m.filing}: ${f.filing[lang]}`);
  out.push(`${m.filedBy}: ${f.filedBy[lang]}`);
  if (f.url) out.push(`${m.portal}: ${f.url}`);
  for (const s of pack.sections) {
    out.push('');
    out.push(`== ${s.label[lang]}${s.status === 'unconfirmed' ? ` (${m.unconfirmed})` : ''} ==`);
    for (const field of s.fields) out.push(`${field.label[lang]}: ${field.value ? line(field.value[lang]) : `[${m.toBeEntered}]`}`);
  }
  out.push('');
  out.push(`== ${m.documents} ==`);
  if (pack.documents.length === 0) out.push(m.noDocuments);
  for (const d of pack.documents) out.push(`[${m.docStatus[d.status] ?? d.status}] ${line(d.label[lang])}`);
  return out.join('\r\n') + '\r\n';
}
