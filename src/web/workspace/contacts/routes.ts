// The contact persons of a company.
//
//   POST /companies/:id/contacts, GET|POST /contacts/:id/edit, POST /contacts/:id/delete

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { createContact } from '../../../app/companies/createContact.ts';
import { deleteContact } from '../../../app/companies/deleteContact.ts';
import { loadContact, updateContact } from '../../../app/companies/updateContact.ts';
import { WorkspaceInputError } from '../../../app/common/errors.ts';
import { requireActor, signedIn } from '../../auth/session.ts';
import { wm } from '../../shell/domain/messages/index.ts';
import { ContactFormPage } from './ContactFormPage.tsx';
import type { WsState } from '../form.tsx';
import { base, formValues, str, page, see, ws } from '../routing.ts';
import type { Body } from '../routing.ts';
import { companyPage } from '../companies/routes.ts';

const CONTACT_KEYS = ['name', 'role', 'email', 'phone'];

export default async function contactsRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const csrf = app.csrfProtection;

  app.post<{ Params: { id: string } }>('/companies/:id/contacts', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, CONTACT_KEYS);
    try {
      await createContact(db, signedIn(request), request.params.id, values);
      return see(reply, `/companies/${request.params.id}?done=saved`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return companyPage(request, reply, request.params.id, { contactState: ws(request, values, err.errors) }, 400);
    }
  });

  const contactForm = (request: FastifyRequest, reply: FastifyReply, contact: { id: string; companyId: string; name: string }, state: WsState, status = 200) =>
    page(
      reply,
      request,
      h(ContactFormPage, {
        ...base(request),
        csrfToken: reply.generateCsrf(),
        state,
        action: `/contacts/${contact.id}/edit`,
        title: wm(request.lang).company.editContact(contact.name),
        cancelHref: `/companies/${contact.companyId}`,
      }),
      status,
    );

  app.get<{ Params: { id: string } }>('/contacts/:id/edit', { preHandler: requireActor }, async (request, reply) => {
    const contact = await loadContact(db, signedIn(request), request.params.id, 'contact.update');
    return contactForm(request, reply, contact, ws(request, Object.fromEntries(CONTACT_KEYS.map((k) => [k, str(contact[k as keyof typeof contact])]))));
  });

  app.post<{ Params: { id: string } }>('/contacts/:id/edit', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, CONTACT_KEYS);
    const contact = await loadContact(db, signedIn(request), request.params.id, 'contact.update');
    try {
      // the form has no account field: keep the link to a company user as it is
      await updateContact(db, signedIn(request), contact.id, { ...values, userId: contact.userId ?? undefined });
      return see(reply, `/companies/${contact.companyId}?done=saved`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return contactForm(request, reply, contact, ws(request, values, err.errors), 400);
    }
  });

  app.post<{ Params: { id: string } }>('/contacts/:id/delete', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const { companyId } = await deleteContact(db, signedIn(request), request.params.id);
    return see(reply, `/companies/${companyId}?done=saved`);
  });
}
