// The partner network (issue 6; issue 16): the directory with type, region and what each partner handles, filtered by
// type, Land and region; for admins the form to add one and the action "RLP-Netzwerk übernehmen".

import { FEDERAL_STATES, MEASURE_KINDS, PARTNER_TYPES, TOPICS } from '../../../app/common/codes.ts';
import type { PartnerRow } from '../../../app/partners/listPartners.ts';
import { Shell } from '../../shell/Shell.tsx';
import { wm } from '../../shell/domain/messages/index.ts';
import { Choices, Csrf, ErrorSummary, Input, Select, TextArea, may } from '../form.tsx';
import type { PageBase, WsState } from '../form.tsx';
import { Table } from '../../shell/Table.tsx';
import { rfm } from '../referrals/messages.ts';
import type { Lang } from '../../../i18n/index.ts';

export function partnerFieldLabels(lang: Lang): Record<string, string> {
  const p = wm(lang).partners;
  const n = rfm(lang).network;
  return {
    name: p.name,
    type: p.type,
    federalState: n.federalState,
    region: n.region,
    contactName: p.contactName,
    email: p.email,
    phone: p.phone,
    website: p.website,
    contactFormUrl: n.contactFormUrl,
    address: p.address,
    openingHours: n.openingHours,
    handles: n.handles,
    topics: n.topics,
    offers: n.offers,
    notes: n.notes,
    unconfirmed: n.unconfirmed,
  };
}

export function PartnerFields({ state }: { state: WsState }) {
  const m = wm(state.lang);
  const p = m.partners;
  const r = rfm(state.lang);
  const n = r.network;
  return (
    <>
      <Input state={state} name="name" label={p.name} optional={false} />
      <Select state={state} name="type" label={p.type} optional={false} options={PARTNER_TYPES.map((t) => ({ value: t, label: m.partnerTypes[t] }))} />
      <Select state={state} name="federalState" label={n.federalState} options={FEDERAL_STATES.map((s) => ({ value: s, label: s }))} />
      <Input state={state} name="region" label={n.region} hint={n.regionHint} />
      <TextArea state={state} name="handles" label={n.handles} />
      <Choices state={state} name="topics" legend={n.topics} multiple options={TOPICS.map((t) => ({ value: t, label: m.topics[t] }))} />
      <Choices state={state} name="offers" legend={n.offers} multiple options={MEASURE_KINDS.map((k) => ({ value: k, label: r.measureKinds[k] }))} />
      <Input state={state} name="contactName" label={p.contactName} />
      <Input state={state} name="email" label={p.email} type="email" />
      <Input state={state} name="phone" label={p.phone} type="tel" />
      <Input state={state} name="website" label={p.website} />
      <Input state={state} name="contactFormUrl" label={n.contactFormUrl} />
      <Input state={state} name="address" label={p.address} />
      <Input state={state} name="openingHours" label={n.openingHours} />
      <TextArea state={state} name="notes" label={n.notes} hint={n.notesHint} />
      <Choices state={state} name="unconfirmed" legend={n.unconfirmed} multiple options={[{ value: 'true', label: n.toVerify }]} />
    </>
  );
}

export interface PartnerListFilter {
  type: string;
  federalState: string;
  region: string;
}

export function PartnersPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  partners,
  state,
  notice,
  filter,
}: PageBase & { csrfToken: string; partners: PartnerRow[]; state: WsState; notice?: string; filter: PartnerListFilter }) {
  const m = wm(lang);
  const p = m.partners;
  const n = rfm(lang).network;
  const admin = may(user, 'partner.manage');
  const select = (name: keyof PartnerListFilter, label: string, all: string, options: { value: string; label: string }[]) => (
    <div class="form-group">
      <label for={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={filter[name] === o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <Shell lang={lang} title={p.title} currentUrl={currentUrl} user={user}>
      <h1>{p.title}</h1>
      <p>{p.intro}</p>
      {notice ? (
        <div class="notice notice-success" role="status">
          {notice}
        </div>
      ) : null}
      <ErrorSummary state={state} labels={partnerFieldLabels(lang)} />
      <form method="get" action="/partners" class="ws-filter" aria-label={n.filter}>
        {select('type', p.type, n.allTypes, PARTNER_TYPES.map((t) => ({ value: t, label: m.partnerTypes[t] })))}
        {select('federalState', n.federalState, n.allRegions, FEDERAL_STATES.map((s) => ({ value: s, label: s })))}
        <div class="form-group">
          <label for="filter-region">{n.region}</label>
          <input type="text" id="filter-region" name="region" value={filter.region} />
        </div>
        <button type="submit" class="button">
          {n.show}
        </button>
      </form>
      <p role="status">{n.count(partners.length)}</p>
      {partners.length === 0 ? (
        <p>{p.none}</p>
      ) : (
        <Table caption={p.title} captionClass="visually-hidden" columns={[{ label: p.name }, { label: p.type }, { label: n.region }, { label: n.handles }, { label: p.phone }]}>
          {partners.map((x) => (
            <tr key={x.id}>
              <th scope="row">
                <a href={`/partners/${x.id}`}>{x.name}</a>
                {x.unconfirmed ? <span class="tag tag-warning"> {n.toVerify}</span> : null}
              </th>
              <td>{m.partnerTypes[x.type as keyof typeof m.partnerTypes] ?? x.type}</td>
              <td>{[x.federalState, x.region].filter(Boolean).join(' · ') || m.none}</td>
              <td>{x.handles ? (x.handles.length > 160 ? `${x.handles.slice(0, 157)}…` : x.handles) : m.none}</td>
              <td>{x.phone ?? m.none}</td>
            </tr>
          ))}
        </Table>
      )}
      {admin ? (
        <>
          <section aria-labelledby="adopt-title">
            <h2 id="adopt-title">{n.adoptTitle}</h2>
            <p>{n.adoptText}</p>
            <form method="post" action="/partners/adopt-rlp">
              <Csrf token={csrfToken} />
              <button type="submit" class="button button-secondary">
                {n.adoptButton}
              </button>
            </form>
          </section>
          <h2>{p.add}</h2>
          <form method="post" action="/partners" novalidate>
            <Csrf token={csrfToken} />
            <PartnerFields state={state} />
            <button type="submit" class="button">
              {p.add}
            </button>
          </form>
        </>
      ) : (
        <p class="hint">{n.adminOnly}</p>
      )}
    </Shell>
  );
}
