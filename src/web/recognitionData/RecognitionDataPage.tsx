// The office's recognition data (issue 16): the reference occupations with their competent body per Land and the
// bodies, each marked built-in, own change or own entry, and "to be verified" where something is UNCONFIRMED; the CSV
// export for the office's staff; the CSV import (a file, or the text pasted) and resetting an own entry for admins.
// Import errors are listed naming row and column; the file's text is kept in the text field, so nothing is lost.

import type { CellError } from '../../app/recognition/csvColumns.ts';
import type { RecognitionImportResult } from '../../app/recognition/importReferenceOccupations.ts';
import type { ListedRule, OfficeReferenceOccupations } from '../../app/recognition/listOfficeReferenceOccupations.ts';
import { BODY_ASK, BODY_HWK_DISTRICT, BODY_IHK_DISTRICT } from '../../law/recognition/types.ts';
import { Shell } from '../shell/Shell.tsx';
import { CsrfField, ErrorSummary, Notice } from '../shell/form.tsx';
import { Table } from '../shell/Table.tsx';
import type { PageBase } from '../workspace/form.tsx';
import { may } from '../workspace/form.tsx';
import { cellErrorText, rdm } from './messages.ts';
import type { RecognitionDataMessages } from './messages.ts';

export const PAGE_PATH = '/admin/recognition';

export interface RecognitionDataPageProps extends PageBase {
  csrfToken: string;
  list: OfficeReferenceOccupations;
  /** the import's errors (nothing was saved) */
  errors: CellError[];
  /** the text of the refused file, kept for correcting */
  text: string;
  imported?: RecognitionImportResult;
  notice?: string;
}

function ResetForm({ csrfToken, kind, rowKey, label, name }: { csrfToken: string; kind: string; rowKey: string; label: string; name: string }) {
  return (
    <form method="post" action={`${PAGE_PATH}/reset`} class="inline-form">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="key" value={rowKey} />
      <button type="submit" class="button button-secondary">
        {label}
        <span class="visually-hidden">: {name}</span>
      </button>
    </form>
  );
}

function bodyLabel(m: RecognitionDataMessages, lang: 'de' | 'en', r: ListedRule): string {
  if (r.bodyId === BODY_ASK) return m.ask;
  if (r.bodyId === BODY_HWK_DISTRICT) return m.districtHwk;
  if (r.bodyId === BODY_IHK_DISTRICT) return m.districtIhk;
  return r.bodyName ? r.bodyName[lang] : r.bodyId;
}

export function RecognitionDataPage(p: RecognitionDataPageProps) {
  const { lang, csrfToken, list } = p;
  const m = rdm(lang);
  const admin = may(p.user, 'recognition.data.manage');
  return (
    <Shell lang={lang} title={m.title} currentUrl={p.currentUrl} user={p.user}>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      {p.imported ? <Notice kind="success">{m.imported(p.imported)}</Notice> : null}
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      {p.errors.length > 0 ? (
        <ErrorSummary title={m.errorsTitle(p.errors.length)} items={p.errors.map((e) => ({ href: '#csv', text: cellErrorText(lang, e) }))} />
      ) : null}

      <h2>{m.exportTitle}</h2>
      <p>{m.exportText}</p>
      <p>
        <a class="button button-secondary" href={`${PAGE_PATH}.csv`} download>
          {m.exportLink}
        </a>
      </p>

      {admin ? (
        <>
          <h2 id="import">{m.importTitle}</h2>
          <p>{m.importText}</p>
          <p class="hint">{m.format}</p>
          <form method="post" action={`${PAGE_PATH}/import`} enctype="multipart/form-data" novalidate>
            <CsrfField token={csrfToken} />
            <div class="form-group">
              <label for="file">{m.file}</label>
              <p class="hint" id="file-hint">
                {m.fileHint}
              </p>
              <input type="file" id="file" name="file" accept=".csv,text/csv,text/plain" aria-describedby="file-hint" />
            </div>
            <div class={p.errors.length > 0 ? 'form-group form-group-error' : 'form-group'}>
              <label for="csv">{m.text}</label>
              <p class="hint" id="csv-hint">
                {p.errors.length > 0 ? m.errorsKept : m.textHint}
              </p>
              <textarea id="csv" name="csv" rows={p.errors.length > 0 ? 12 : 4} spellcheck={false} aria-describedby="csv-hint" aria-invalid={p.errors.length > 0 ? 'true' : undefined}>
                {p.text}
              </textarea>
            </div>
            <button type="submit" class="button">
              {m.submit}
            </button>
          </form>
        </>
      ) : null}

      <h2>{m.occupations}</h2>
      <Table caption={m.occupations} captionClass="visually-hidden" columns={[{ label: m.name }, { label: m.kind }, { label: m.competent }, { label: m.origin }, { label: m.status }, ...(admin ? [{ label: m.actions }] : [])]}>
        {list.occupations.map((o) => (
          <tr key={o.key}>
            <th scope="row">
              {o.title[lang]}
              <br />
              <code>{o.id}</code>
              {o.validUntil ? ` (${m.validRange(o.validFrom, o.validUntil)})` : null}
            </th>
            <td>{m.kinds[o.kind]}</td>
            <td>
              <ul class="plain-list">
                {o.rules.map((r) => (
                  <li key={r.land}>
                    {r.land === '*' ? m.allLaender : r.land}: {bodyLabel(m, lang, r)}
                    {r.unconfirmed ? <span class="tag tag-warning">{m.toVerify}</span> : null}
                    {r.own ? (
                      <>
                        {' '}
                        <span class="tag">{m.own}</span>
                        {admin ? <ResetForm csrfToken={csrfToken} kind="zustaendigkeit" rowKey={`${o.id}/${r.land}`} label={m.reset} name={`${o.title[lang]}, ${r.land}`} /> : null}
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </td>
            <td>{m.origins[o.origin]}</td>
            <td>{o.unconfirmed ? <span class="tag tag-warning">{m.toVerify}</span> : m.confirmed}</td>
            {admin ? (
              <td>{o.origin === 'builtIn' ? m.none : <ResetForm csrfToken={csrfToken} kind="beruf" rowKey={o.key} label={o.origin === 'office' ? m.remove : m.reset} name={o.title[lang]} />}</td>
            ) : null}
          </tr>
        ))}
      </Table>

      <h2>{m.bodies}</h2>
      <Table caption={m.bodies} captionClass="visually-hidden" columns={[{ label: m.name }, { label: m.kind }, { label: m.city }, { label: m.origin }, { label: m.status }, ...(admin ? [{ label: m.actions }] : [])]}>
        {list.bodies.map((b) => (
          <tr key={b.id}>
            <th scope="row">
              {b.name[lang]}
              <br />
              <code>{b.id}</code>
            </th>
            <td>{m.bodyKinds[b.kind]}</td>
            <td>{[b.city, b.land].filter(Boolean).join(', ') || m.none}</td>
            <td>{m.origins[b.origin]}</td>
            <td>{b.unconfirmed ? <span class="tag tag-warning">{m.toVerify}</span> : m.confirmed}</td>
            {admin ? (
              <td>{b.origin === 'builtIn' ? m.none : <ResetForm csrfToken={csrfToken} kind="stelle" rowKey={b.id} label={b.origin === 'office' ? m.remove : m.reset} name={b.name[lang]} />}</td>
            ) : null}
          </tr>
        ))}
      </Table>
    </Shell>
  );
}
