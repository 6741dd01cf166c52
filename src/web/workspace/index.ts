// The workspace pages (issue 6): companies, their contact persons and consultations. Server-rendered forms that work
// without JavaScript; every post carries the CSRF token; bad input comes back with the form, the values kept and
// each wrong field named.
//
//   GET  /companies                              list with paging and a filter (company users: their own company)
//   GET  /companies/new, POST /companies         create (a possible duplicate asks for confirmation)
//   GET  /companies/:id                          details, contacts, consultation history (newest first)
//   GET  /companies/:id/edit, POST same          update
//   POST /companies/:id/delete                   anonymise (after a confirmation checkbox)
//   GET  /partners, POST /partners               the partner directory (referral targets)
//   GET  /partners/:id/edit, POST same           correct a partner;  POST /partners/:id/delete  remove an unused one
//   GET  /partners/:id                           a partner with its referrals;  POST /partners/adopt-rlp  the RLP network
//   GET|POST /cases/:id/referrals…, /consultations/:id/referrals…, /referrals/:id…   tracked referrals (referrals/routes.ts)
//   GET  /follow-ups?due=&who=&page=             the open follow-ups (Wiedervorlagen), the earliest due first
//   POST /consultations/:id/follow-up/done       mark a follow-up done;  POST …/follow-up/reopen  take it back
//   GET  /search?q=                              search companies, contacts and consultation records
//   POST /companies/:id/contacts                 add a contact person;  POST /contacts/:id/delete  remove one
//   GET  /contacts/:id/edit, POST same           change a contact person
//   GET  /companies/:id/consultations/new, POST same     record a consultation (?followUp=id: the follow-up it settles)
//   GET  /consultations/:id/edit, POST same      update;  POST /consultations/:id/delete  delete
// The JSON API of the same use cases is ../api/workspace.ts, registered by app.ts.

import type { FastifyInstance } from 'fastify';
import { checksOwnText } from '../textGuard.ts';
import companies from './companies/routes.ts';
import consultations from './consultations/routes.ts';
import contacts from './contacts/routes.ts';
import followUps from './followUps/routes.ts';
import partners from './partners/routes.ts';
import referrals from './referrals/routes.ts';
import search from './search/routes.ts';

export default async function workspace(app: FastifyInstance): Promise<void> {
  // the use cases' checkers refuse malformed text in the fields the pages use; the forms show the error beside the field
  checksOwnText(app, { query: true, body: true });
  await app.register(companies);
  await app.register(partners);
  await app.register(followUps);
  await app.register(search);
  await app.register(contacts);
  await app.register(consultations);
  // issue 16: tracked referrals of cases and consultations
  await app.register(referrals);
}
