// The partner directory (referral targets) with the form to add one.

import { PARTNER_TYPES } from '../../../app/common/codes.ts';
import type { PartnerRow } from '../../../app/partners/listPartners.ts';
import { Shell } from '../../shell/Shell.tsx';
import { wm } from '../../shell/domain/messages/index.ts';
import { Csrf, ErrorSummary, Input, Select } from '../form.tsx';
import type { PageBase, WsState } from '../form.tsx';
import { Table } from '../../shell/Table.tsx';

export function PartnerFields({ state }: { state: WsState }) {
  const m = wm(state.lang);
  const p = m.partners;
  return (
    <>
      <Input state={state} name="name" label={p.name} optional={false} />
      <Select state={state} name="type" label={p.type} optional={false} options={PARTNER_TYPES.map((t) => ({ value: t, label: m.partnerTypes[t] }))} />
      <Input state={state} name="contactName" label={p.contactName} />
      <Input state={state} name="email" label={p.email} type="email" />
      <Input state={state} name="phone" label={p.phone} type="tel" />
      <Input state={state} name="website" label={p.website} />
      <Input state={state} name="address" label={p.address} />
    </>
  );
}

export function PartnersPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  partners,
  state,
  notice,
}: PageBase & { csrfToken: string; partners: PartnerRow[]; state: WsState; notice?: string }) {
  const m = wm(lang);
  const p = m.partners;
  const labels: Record<string, string> = { name: p.name, type: p.type, contactName: p.contactName, email: p.email, phone: p.phone, website: p.website, address: p.address };
  return (
    <Shell lang={lang} title={p.title} currentUrl={currentUrl} user={user}>
      <h1>{p.title}</h1>
      <p>{p.intro}</p>
      {notice ? (
        <div class="notice notice-success" role="status">
          {notice}
        </div>
      ) : null}
      <ErrorSummary state={state} labels={labels} />
      {partners.length === 0 ? (
        <p>{p.none}</p>
      ) : (
        <Table columns={[{ label: p.name }, { label: p.type }, { label: p.contactName }, { label: p.email }, { label: p.phone }, { label: p.actions }]}>
          {partners.map((x) => (
            <tr key={x.id}>
              <th scope="row">{x.website ? <a href={x.website}>{x.name}</a> : x.name}</th>
              <td>{m.partnerTypes[x.type as keyof typeof m.partnerTypes] ?? x.type}</td>
              <td>{x.contactName ?? m.none}</td>
              <td>{x.email ? <a href={`mailto:${x.email}`}>{x.email}</a> : m.none}</td>
              <td>{x.phone ?? m.none}</td>
              <td>
                <a href={`/partners/${x.id}/edit`}>
                  {m.edit}
                  <span class="visually-hidden">: {x.name}</span>
                </a>
              </td>
            </tr>
          ))}
        </Table>
      )}
      <h2>{p.add}</h2>
      <form method="post" action="/partners" novalidate>
        <Csrf token={csrfToken} />
        <PartnerFields state={state} />
        <button type="submit" class="button">
          {p.add}
        </button>
      </form>
    </Shell>
  );
}

// --- contact form ----------------------------------------------------------------------------------------------
