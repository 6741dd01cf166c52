// The recognition finder (/anerkennung): one GET form (occupation search with a choice list of matches, Land and,
// for Rhineland-Palatinate, Landkreis / kreisfreie Stadt) and the result on the same page, bookmarkable. With
// htmx the matches appear while typing; without JavaScript "Suchen" submits the form and the matches come back as a
// choice list. Once there is a result it comes first (on a phone the answer is on the first screen) and the form
// follows under "Angaben ändern".

import type { Lang } from '../../i18n/index.ts';
import type { Occupation } from '../../catalogue/occupations.ts';
import type { OccupationMatch } from '../../catalogue/search.ts';
import { dateDe, dateEn } from '../../law/format.ts';
import type {
  DeepLink,
  OutcomeConsequences,
  RecognitionDeadline,
  RecognitionFound,
  RecognitionResult,
  Reference,
  ResolvedBody,
} from '../../law/recognition/types.ts';
import { Layout } from '../shell/Layout.tsx';
import { ErrorSummary, FieldError, describedBy, groupClass } from '../shell/form.tsx';
import { LAENDER } from '../shell/domain/places.ts';
import { rm } from './messages/index.ts';
import { cm } from '../cases/messages/index.ts';
import type { FinderMessages } from './messages/index.ts';
import { FINDER_PATH, finderUrl } from './query.ts';
import type { FinderError, FinderField, FinderQuery } from './query.ts';

/** A place of a Land the finder offers (Landkreis or kreisfreie Stadt). */
export interface PlaceOption {
  key: string;
  name: string;
  kind: 'city' | 'district';
}

export interface FinderPageProps {
  lang: Lang;
  currentUrl: string;
  query: FinderQuery;
  matches: OccupationMatch[];
  /** the Länder whose places the finder knows, with their places */
  places: Partial<Record<string, readonly PlaceOption[]>>;
  result: RecognitionResult | undefined;
}

const ANCHORS: Record<FinderField, string> = { q: 'q', beruf: 'q', referenz: 'q', land: 'land', ort: 'ort' };

export function errorText(m: FinderMessages, e: FinderError): string {
  return m.errors[e.code](m.fields[e.field]);
}

/** A citation that does not break between "§" and its number (nor after "Abs.", "S.", "Nr."). */
export function nb(ref: string): string {
  return ref.replace(/(§§?|Abs\.|S\.|Nr\.) /g, '$1\u00a0');
}

function fmtDate(iso: string, lang: Lang): string {
  return lang === 'de' ? dateDe(iso) : dateEn(iso);
}

// ------------------------------------------------------------------ the form

export function OccupationChoices({
  lang,
  query,
  matches,
  chosen,
}: {
  lang: Lang;
  query: string;
  matches: OccupationMatch[];
  chosen: Occupation | undefined;
}) {
  const m = rm(lang);
  const entries: Occupation[] = [];
  if (chosen) entries.push(chosen);
  for (const x of matches) if (!entries.some((e) => e.id === x.entry.id)) entries.push(x.entry);
  if (entries.length === 0) return <p class="hint">{query ? m.noResults(query) : m.promptSearch}</p>;
  return (
    <div class="choices occupation-choices">
      {entries.map((o) => {
        const id = `beruf-${o.id}`;
        return (
          <div class="choice" key={o.id}>
            <input type="radio" id={id} name="beruf" value={o.id} checked={chosen?.id === o.id} />
            <label for={id}>
              {o.title[lang]}
              {lang !== 'de' ? (
                <>
                  {' '}
                  <span class="occupation-title-de">
                    (<span lang="de">{o.title.de}</span>)
                  </span>
                </>
              ) : null}
              {o.chamber || chosen?.id === o.id ? (
                <span class="hint choice-hint">{[o.chamber ? m.chambers[o.chamber] : '', chosen?.id === o.id ? m.chosen : ''].filter((x) => x !== '').join(' · ')}</span>
              ) : null}
            </label>
          </div>
        );
      })}
    </div>
  );
}

export function statusText(lang: Lang, query: string, matches: OccupationMatch[]): string {
  const m = rm(lang);
  if (query === '') return '';
  return matches.length === 0 ? m.noResults(query) : m.count(matches.length);
}

function errorFor(query: FinderQuery, m: FinderMessages, ...fields: FinderField[]): string | undefined {
  const e = query.errors.find((x) => fields.includes(x.field));
  return e ? errorText(m, e) : undefined;
}

function FinderForm({ lang, query, matches, places }: Pick<FinderPageProps, 'lang' | 'query' | 'matches' | 'places'>) {
  const m = rm(lang);
  const occupationError = errorFor(query, m, 'q', 'beruf', 'referenz');
  const landError = errorFor(query, m, 'land');
  const placeError = errorFor(query, m, 'ort');
  const land = query.values.land;
  const rpPlaces = places['DE-RP'] ?? [];
  // shown for Rhineland-Palatinate or before a Land is chosen; hidden by CSS (:has) while another Land is selected
  const showPlaces = rpPlaces.length > 0;
  const cities = rpPlaces.filter((p) => p.kind === 'city');
  const districts = rpPlaces.filter((p) => p.kind === 'district');
  const showChoices = query.q !== '' || query.occupation !== undefined;
  return (
    <form method="get" action={FINDER_PATH} class="finder-form" novalidate>
      <div class={groupClass(occupationError)}>
        <label for="q">{m.occupationLabel}</label>
        <p class="hint" id="q-hint">
          {m.occupationHint}
        </p>
        <FieldError id="q-error" text={occupationError} errorPrefix={m.errorPrefix} />
        <div class="search-row">
          <input
            type="search"
            id="q"
            name="q"
            value={query.values.q}
            maxLength={120}
            autocomplete="off"
            aria-describedby={describedBy('q-hint', occupationError && 'q-error')}
            aria-invalid={occupationError ? 'true' : undefined}
            aria-controls="beruf-results"
            hx-get={`${FINDER_PATH}/berufe`}
            hx-trigger="input changed delay:300ms, search"
            hx-target="#beruf-results"
            hx-swap="innerHTML"
          />
          <button type="submit" class="button button-secondary">
            {m.searchButton}
          </button>
        </div>
      </div>
      <p id="beruf-status" class="visually-hidden" role="status">
        {statusText(lang, query.q, matches)}
      </p>
      <fieldset class="finder-matches">
        <legend class="legend-small">{m.matchesLegend}</legend>
        <p class="hint">{m.matchesHint}</p>
        <div id="beruf-results">{showChoices ? <OccupationChoices lang={lang} query={query.q} matches={matches} chosen={query.occupation} /> : <p class="hint">{m.promptSearch}</p>}</div>
      </fieldset>
      <fieldset class="finder-place">
        <legend class="legend-small">{m.placeLegend}</legend>
        <div class={groupClass(landError)}>
          <label for="land">{m.landLabel}</label>
          <p class="hint" id="land-hint">
            {m.landHint}
          </p>
          <FieldError id="land-error" text={landError} errorPrefix={m.errorPrefix} />
          <select id="land" name="land" aria-describedby={describedBy('land-hint', landError && 'land-error')} aria-invalid={landError ? 'true' : undefined}>
            <option value="" selected={land === ''}>
              {m.landPlaceholder}
            </option>
            {LAENDER.map((l) => (
              <option key={l.code} value={l.code} selected={land === l.code}>
                {l[lang]}
              </option>
            ))}
          </select>
        </div>
        {showPlaces ? (
          <div class={`${groupClass(placeError)} finder-ort`}>
            <label for="ort">{m.placeLabel}</label>
            <p class="hint" id="ort-hint">
              {land === 'DE-RP' ? m.placeHintRp : m.placeHint}
            </p>
            <FieldError id="ort-error" text={placeError} errorPrefix={m.errorPrefix} />
            <select id="ort" name="ort" aria-describedby={describedBy('ort-hint', placeError && 'ort-error')} aria-invalid={placeError ? 'true' : undefined}>
              <option value="" selected={query.values.ort === ''}>
                {m.placePlaceholder}
              </option>
              <optgroup label={m.kreisfreieStaedte}>
                {cities.map((p) => (
                  <option key={p.key} value={p.key} selected={query.values.ort === p.key}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label={m.landkreise}>
                {districts.map((p) => (
                  <option key={p.key} value={p.key} selected={query.values.ort === p.key}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
        ) : null}
      </fieldset>
      <div class="button-group">
        <button type="submit" class="button">
          {m.submit}
        </button>
      </div>
    </form>
  );
}

// ------------------------------------------------------------------ the result

function Unconfirmed({ lang }: { lang: Lang }) {
  return <span class="tag tag-warning">{rm(lang).toBeVerified}</span>;
}

function Source({ lang, reference, lastVerified }: { lang: Lang; reference: Reference | undefined; lastVerified?: string }) {
  if (!reference) return null;
  const m = rm(lang);
  return (
    <p class="finder-source">
      {m.source}: <a href={reference.url}>{reference.title}</a>
      {lastVerified ? ` (${m.asOf(fmtDate(lastVerified, lang))})` : null}
    </p>
  );
}

function flagText(m: FinderMessages, kind: 'employment' | 'title' | 'self', on: boolean): string {
  const v = m.flagValues;
  if (kind === 'employment') return on ? v.employmentRegulated : v.employmentFree;
  if (kind === 'title') return on ? v.titleProtected : v.titleFree;
  return on ? v.selfRegulated : v.selfFree;
}

function Body({ lang, body }: { lang: Lang; body: ResolvedBody }) {
  const m = rm(lang);
  if (!body.known) {
    return (
      <div class="notice notice-important">
        <p class="notice-title">{m.askOffice}</p>
        <p>{body.role[lang]}</p>
        <p>{body.note[lang]}</p>
      </div>
    );
  }
  return (
    <div class="finder-body">
      <p class="finder-body-name">
        <strong>{body.name[lang]}</strong> {body.unconfirmed ? <Unconfirmed lang={lang} /> : null}
      </p>
      <dl class="summary-list">
        {body.street || body.postcode || body.city ? (
          <>
        <dt>{m.address}</dt>
        <dd>
          {body.street ? (
            <>
              {body.street}
              <br />
            </>
          ) : null}
          {body.postcode ? `${body.postcode} ` : ''}
          {body.city ?? ''} {body.addressUnconfirmed ? <Unconfirmed lang={lang} /> : null}
        </dd>
          </>
        ) : null}
        {body.url ? (
          <>
            <dt>{m.web}</dt>
            <dd>
              <a href={body.url}>{body.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {body.notes.map((n, i) => (
        <p key={i} class="hint">
          {n[lang]}
        </p>
      ))}
      <Source lang={lang} reference={body.reference} lastVerified={body.lastVerified} />
    </div>
  );
}

function Deadlines({ lang, list }: { lang: Lang; list: RecognitionDeadline[] }) {
  return (
    <ul>
      {list.map((d, i) => (
        <li key={i}>
          {d.text[lang]} <span class="finder-ref">({d.reference.url ? <a href={d.reference.url}>{nb(d.ref)}</a> : nb(d.ref)})</span>
        </li>
      ))}
    </ul>
  );
}

function Outcome({ lang, o }: { lang: Lang; o: OutcomeConsequences }) {
  return (
    <li class="finder-outcome">
      <h4>{o.title[lang]}</h4>
      <p>{o.text[lang]}</p>
      <ul>
        {o.consequences.map((c, i) => (
          <li key={i}>
            {c.text[lang]} <span class="finder-ref">({nb(c.ref)})</span> {c.unconfirmed ? <Unconfirmed lang={lang} /> : null}
          </li>
        ))}
      </ul>
    </li>
  );
}

function Links({ lang, links }: { lang: Lang; links: DeepLink[] }) {
  if (links.length === 0) return null;
  return (
    <ul class="finder-links">
      {links.map((l) => (
        <li key={l.url}>
          <a href={l.url}>{l.label[lang]}</a> {l.unconfirmed ? <Unconfirmed lang={lang} /> : null}
        </li>
      ))}
    </ul>
  );
}

function placeName(lang: Lang, r: RecognitionFound, places: FinderPageProps['places']): string | undefined {
  const land = r.place.land ? LAENDER.find((l) => l.code === r.place.land)?.[lang] : undefined;
  const place = r.place.placeKey && r.place.land ? places[r.place.land]?.find((p) => p.key === r.place.placeKey)?.name : r.place.name;
  if (!land) return undefined;
  return place ? `${place}, ${land}` : land;
}

/** The answer in five lines, for the personnel manager: need, who, cost, duration, residence; details follow. */
function Glance({ lang, r, needsPlace }: { lang: Lang; r: RecognitionFound; needsPlace: boolean }) {
  const m = rm(lang);
  const g = m.glance;
  const reg = r.regulation;
  const decision = r.deadlines?.regular.at(-1);
  const fast = r.deadlines?.accelerated.at(-1);
  return (
    <dl class="summary-list finder-glance" aria-label={g.label}>
      <dt>{g.needed}</dt>
      <dd>
        {reg.employmentRegulated
          ? g.neededYes
          : reg.titleProtected || reg.selfEmploymentOrReservedRegulated
            ? g.neededFor([...(reg.titleProtected ? [g.forTitle] : []), ...(reg.selfEmploymentOrReservedRegulated ? [g.forSelf] : [])])
            : g.neededNo}
      </dd>
      <dt>{m.bodyHeading}</dt>
      <dd>
        {needsPlace ? (
          <a href="#ort">{g.choosePlace}</a>
        ) : (
          <>
            <a href="#finder-body-heading">{r.body.known ? r.body.name[lang] : m.askOffice}</a> {r.body.known && r.body.unconfirmed ? <Unconfirmed lang={lang} /> : null}
          </>
        )}
      </dd>
      <dt>{m.feesHeading}</dt>
      <dd>
        {r.fee.text[lang]} {r.fee.unconfirmed ? <Unconfirmed lang={lang} /> : null}
      </dd>
      <dt>{m.deadlinesHeading}</dt>
      <dd>
        {decision ? decision.text[lang] : g.noDeadline}
        {fast ? (
          <>
            <br />
            {g.fast}: {fast.text[lang]}
          </>
        ) : null}
      </dd>
      <dt>{g.residence}</dt>
      <dd>
        <ul class="finder-glance-outcomes">
          {r.outcomes.map((o) => (
            <li key={o.outcome}>
              {o.title[lang]}
              {o.consequences.length > 0
                ? `: ${o.consequences.map((c) => (c.route !== undefined ? nb(cm(lang).routes[c.route]) : nb(c.ref))).join('; ')}`
                : ''}
            </li>
          ))}
        </ul>
        <a href="#finder-consequences-heading">{g.residenceMore}</a>
      </dd>
    </dl>
  );
}

function Found({ lang, r, places, query }: { lang: Lang; r: RecognitionFound; places: FinderPageProps['places']; query: FinderQuery }) {
  const m = rm(lang);
  const where = placeName(lang, r, places);
  // the body depends on the district (a Handwerkskammer) and the Land has places to choose from: ask for the place
  const needsPlace = !r.body.known && r.place.land !== undefined && r.place.placeKey === undefined && (places[r.place.land]?.length ?? 0) > 0;
  const reg = r.regulation;
  return (
    <>
      <h2 id="result-heading">{m.resultHeading(r.occupation.title[lang])}</h2>
      <p class="finder-meta">
        {r.occupation.kindLabel[lang]}
        {where ? ` · ${m.resultFor(where)}` : null}
      </p>
      <Glance lang={lang} r={r} needsPlace={needsPlace} />
      {r.unconfirmed.length > 0 ? (
        <div class="notice notice-important">
          <p class="notice-title">{m.toBeVerifiedHeading}</p>
          <ul>
            {r.unconfirmed.map((u, i) => (
              <li key={i}>{u[lang]}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <section aria-labelledby="finder-body-heading" class="finder-section">
        <h3 id="finder-body-heading">{m.bodyHeading}</h3>
        {r.place.land === undefined && !r.body.known ? (
          <p class="notice notice-quiet">{m.chooseLandForBody}</p>
        ) : needsPlace ? (
          <p class="notice notice-quiet">
            <a href="#ort">{m.glance.choosePlace}</a>
          </p>
        ) : (
          <Body lang={lang} body={r.body} />
        )}
        {r.alsoRelevant.map((a, i) => (
          <div key={i} class="finder-also">
            <p>
              <strong>{m.alsoRelevant}:</strong> {a.why[lang]}
            </p>
            <Body lang={lang} body={a.body} />
          </div>
        ))}
        <p>
          <strong>{m.onlineApplication}:</strong> {r.onlineText[lang] || m.online[r.onlineApplication]}
        </p>
      </section>

      <section aria-labelledby="finder-costs-heading" class="finder-section finder-facts">
        <h3 id="finder-costs-heading">
          {m.feesHeading} · {m.deadlinesHeading}
        </h3>
        <dl class="summary-list">
          <dt>{m.feesHeading}</dt>
          <dd>
            {r.fee.text[lang]} {r.fee.unconfirmed ? <Unconfirmed lang={lang} /> : null}
            {r.fee.reference ? <Source lang={lang} reference={r.fee.reference} /> : null}
          </dd>
          {r.deadlines ? (
            <>
              <dt>{m.regularProcedure}</dt>
              <dd>
                <Deadlines lang={lang} list={r.deadlines.regular} />
              </dd>
              {r.deadlines.accelerated.length > 0 ? (
                <>
                  <dt>{m.acceleratedProcedure}</dt>
                  <dd>
                    <Deadlines lang={lang} list={r.deadlines.accelerated} />
                  </dd>
                </>
              ) : null}
            </>
          ) : null}
        </dl>
        {r.deadlines?.text[lang] ? <p class="hint">{r.deadlines.text[lang]}</p> : null}
      </section>

      <section aria-labelledby="finder-consequences-heading" class="finder-section">
        <h3 id="finder-consequences-heading">{m.consequencesHeading}</h3>
        <ul class="finder-outcomes">
          {r.outcomes.map((o) => (
            <Outcome key={o.outcome} lang={lang} o={o} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="finder-regulation-heading" class="finder-section">
        <h3 id="finder-regulation-heading">{m.regulationHeading}</h3>
        <dl class="summary-list finder-flags">
          <dt>{m.flags.employment}</dt>
          <dd>{flagText(m, 'employment', reg.employmentRegulated)}</dd>
          <dt>{m.flags.title}</dt>
          <dd>{flagText(m, 'title', reg.titleProtected)}</dd>
          <dt>{m.flags.selfEmployment}</dt>
          <dd>{flagText(m, 'self', reg.selfEmploymentOrReservedRegulated)}</dd>
        </dl>
        {reg.texts.map((t, i) => (
          <p key={i}>{t[lang]}</p>
        ))}
        {!reg.employmentRegulated ? <p class="notice notice-quiet">{m.whyItMatters}</p> : null}
        <ul class="finder-refs">
          {r.legalBasis.map((b, i) => (
            <li key={i}>
              {b.reference ? <a href={b.reference.url}>{nb(b.ref)}</a> : nb(b.ref)}: {b.text[lang]}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="finder-steps-heading" class="finder-section">
        <h3 id="finder-steps-heading">{m.stepsHeading}</h3>
        <ol class="finder-steps">
          {r.steps.map((s) => (
            <li key={s.id}>
              <strong>{s.title[lang]}</strong>
              <p>
                {s.text[lang]}
                {s.ref ? <span class="finder-ref"> ({nb(s.ref)})</span> : null}
              </p>
              {s.link ? (
                <p>
                  <a href={s.link.url}>{s.link.label[lang]}</a>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
        {r.documents.length > 0 ? (
          <details class="finder-documents">
            <summary>{m.documentsHeading}</summary>
            <ul>
              {r.documents.map((d) => (
                <li key={d.code}>{d.label[lang]}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      {r.related.length > 0 ? (
        <section aria-labelledby="finder-related-heading" class="finder-section">
          <h3 id="finder-related-heading">{m.related}</h3>
          <ul class="finder-candidates">
            {r.related.map((c) => (
              <li key={c.id}>
                <a href={finderUrl({ beruf: query.occupation?.id, referenz: c.id, land: r.place.land, ort: r.place.placeKey })}>{c.title[lang]}</a>
                <span class="muted"> – {c.hint[lang]}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="finder-links-heading" class="finder-section">
        <h3 id="finder-links-heading">{m.officialProfile}</h3>
        <Links lang={lang} links={r.links} />
        <p class="finder-sources hint">
          {m.sources}: <a href={r.source.reference.url}>{r.source.reference.title}</a>
          {r.source.alsoSee.map((s) => (
            <span key={s.url}>
              {' · '}
              <a href={s.url}>{s.title}</a>
            </span>
          ))}{' '}
          ({m.asOf(fmtDate(r.source.lastVerified, lang))})
        </p>
      </section>
    </>
  );
}

function Result({ lang, query, result, places }: { lang: Lang; query: FinderQuery; result: RecognitionResult; places: FinderPageProps['places'] }) {
  const m = rm(lang);
  if (result.status === 'found') return <Found lang={lang} r={result} places={places} query={query} />;
  if (result.status === 'choose') {
    return (
      <>
        <h2 id="result-heading">{m.umbrellaHeading}</h2>
        <p>{result.text[lang] || m.umbrellaLead(query.occupation?.title[lang] ?? '')}</p>
        <ul class="finder-candidates">
          {result.candidates.map((c) => (
            <li key={c.id}>
              <a href={finderUrl({ beruf: query.occupation?.id, referenz: c.id, land: query.land, ort: query.place })}>{c.title[lang]}</a>
              <span class="muted"> – {c.hint[lang]}</span>
            </li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <>
      <h2 id="result-heading">{m.resultHeading(query.occupation?.title[lang] ?? '')}</h2>
      <div class="notice notice-important">
        <p>{result.text[lang]}</p>
        <Links lang={lang} links={result.links} />
      </div>
    </>
  );
}

export function FinderPage(p: FinderPageProps) {
  const { lang, currentUrl, query, result } = p;
  const m = rm(lang);
  const errors = query.errors;
  const title = `${errors.length > 0 ? `${m.errorTitlePrefix} ` : ''}${m.title}`;
  const form = <FinderForm lang={lang} query={query} matches={p.matches} places={p.places} />;
  return (
    <Layout lang={lang} title={title} currentUrl={currentUrl}>
      <div class="finder-page">
        <ErrorSummary title={m.errorSummaryTitle} items={errors.map((e) => ({ href: `#${ANCHORS[e.field]}`, text: errorText(m, e) }))} />
        <h1>{m.heading}</h1>
        {result ? (
          <>
            <section aria-labelledby="result-heading" class="finder-result">
              <Result lang={lang} query={query} result={result} places={p.places} />
              <p class="hint finder-disclaimer">{m.disclaimer}</p>
            </section>
            <section aria-labelledby="finder-form-heading" class="finder-again">
              <h2 id="finder-form-heading">{m.changeHeading}</h2>
              {form}
            </section>
          </>
        ) : (
          <>
            <p class="lead">{m.lead}</p>
            {query.occupation === undefined && query.q !== '' && errors.length === 0 ? <p class="notice notice-quiet">{m.chooseOccupationFirst}</p> : null}
            {form}
          </>
        )}
      </div>
    </Layout>
  );
}
