// The audit trail page (issue 6), for admins:
//
//   GET /admin/audit?entity=&entityId=&actorUserId=&action=&from=&to=&related=1&page=
//
// The whole trail of the office with filters, or the trail of one record (`entity` and `entityId`; a company with
// `related=1` includes its contact persons and consultations). Other roles are refused like every page refuses
// within the tenant (403, see authorizeRequest in ../auth/session.ts); bad filter values answer 400 with the form and
// each wrong field named.

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { deletedPartnerNames, listAuditTrail } from '../../app/audit/listAuditTrail.ts';
import { listPartners } from '../../app/partners/listPartners.ts';
import { listUsers } from '../../app/accounts/listUsers.ts';
import { WorkspaceInputError } from '../../app/common/errors.ts';
import { authorize } from '../../policies/index.ts';
import { requireActor, signedIn } from '../auth/session.ts';
import { sendPage } from '../shell/html.ts';
import { AuditPage, FILTER_KEYS } from './views.tsx';
import type { AuditFilterValues, AuditNames } from './views.tsx';

type Query = Record<string, unknown>;

function text(v: unknown): string {
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
}

export default async function audit(app: FastifyInstance): Promise<void> {
  const db = app.database.db;

  app.get<{ Querystring: Query }>('/admin/audit', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    authorize(actor, 'audit.read', { tenantId: actor.tenantId });
    const q = request.query;
    const values = Object.fromEntries(FILTER_KEYS.map((k) => [k, text(q[k])])) as AuditFilterValues;
    const accounts = await listUsers(db, actor);
    const partners = await listPartners(db, actor);
    const names: AuditNames = {
      users: new Map(accounts.users.map((u) => [u.id, u.name])),
      companies: new Map(accounts.companies.map((c) => [c.id, c.name])),
      // deleted partners by the name their deletion recorded; current names win
      partners: new Map([...(await deletedPartnerNames(db, actor)), ...partners.map((p) => [p.id, p.name] as const)]),
    };
    const props = {
      lang: request.lang,
      currentUrl: request.url,
      user: { name: actor.name, role: actor.role },
      values,
      names,
      users: accounts.users.map((u) => ({ id: u.id, name: u.name })),
    };
    reply.header('cache-control', 'no-store');
    try {
      const list = await listAuditTrail(db, actor, {
        entity: q.entity,
        entityId: q.entityId,
        actorUserId: q.actorUserId,
        action: q.action,
        from: q.from,
        to: q.to,
        related: q.related,
        page: q.page,
        pageSize: q.pageSize,
      });
      const id = list.filter.entityId;
      const recordName =
        id === null ? null : list.filter.entity === 'company' ? (names.companies.get(id) ?? null) : list.filter.entity === 'partner' ? (names.partners.get(id) ?? null) : list.filter.entity === 'user' ? (names.users.get(id) ?? null) : null;
      return sendPage(reply, h(AuditPage, { ...props, errors: [], list, recordName }), { lang: request.lang });
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return sendPage(reply, h(AuditPage, { ...props, errors: err.errors, list: null, recordName: null }), { lang: request.lang, status: 400 });
    }
  });
}
