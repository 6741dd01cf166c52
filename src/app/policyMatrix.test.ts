// The policy matrix through the use cases, on the database (in-memory PGlite, or a throwaway PostgreSQL database with
// DATABASE_URL): for every role and every action that a use case performs, the use case runs against an object of each
// kind of target it can reach (the own company, another company of the tenant, another tenant; tenant-wide objects of
// the own tenant and of another) and must go through, refuse (ForbiddenError, 403) or not find (NotFoundError, 404)
// exactly as src/policies/matrixTesting.ts expects. A use case that loads objects without the tenant scope, or asks the
// policy about the wrong action or target, fails here even where the pure matrix test of index.ts passes.
//
// Each role × action runs in a world of its own (two service offices with companies, contacts, consultations,
// partners, users, invitations and tokens), so that a deletion allowed in one case cannot change another case.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { companies } from '../db/schema/index.ts';
import { openTestDb } from '../db/testing.ts';
import type { TestDatabase } from '../db/testing.ts';
import { ACTIONS, ForbiddenError, NotFoundError, ROLES, UnauthenticatedError, visitor } from '../policies/index.ts';
import type { Action, Actor, Decision, Role } from '../policies/index.ts';
import { VISITOR_SCOPES, expectedDecision, expectedVisitorOutcome } from '../policies/matrixTesting.ts';
import type { Scope } from '../policies/matrixTesting.ts';
import { deleteCheck } from './checks/deleteCheck.ts';
import { loadCheck } from './checks/loadCheck.ts';
import { saveCheckInput, saveCheckPage } from './checks/saveCheck.ts';
import { startCheck } from './checks/startCheck.ts';
import { makeTenant, makeUser, recordingMailer } from '../dev/accountsTesting.ts';
import { CASE_MATRIX_AREAS } from '../dev/caseWorldTesting.ts';
import { CASE_ACTIONS } from '../policies/cases.ts';
import { CASE_RECOGNITION_ACTIONS } from '../policies/caseRecognition.ts';
import { buildReport } from './reports/buildReport.ts';
import { buildFunderReport, funderExportRecords, funderReportRecords } from './reports/funderReport.ts';
import { completeFollowUp } from './followUps/completeFollowUp.ts';
import { createApiToken } from './accounts/createApiToken.ts';
import { createCalendarFeed } from './calendar/createCalendarFeed.ts';
import { getCalendarFeed } from './calendar/getCalendarFeed.ts';
import { listFeedTasks } from './calendar/listFeedTasks.ts';
import { revokeCalendarFeed } from './calendar/revokeCalendarFeed.ts';
import { createCompany } from './companies/createCompany.ts';
import { createContact } from './companies/createContact.ts';
import { createPartner } from './partners/createPartner.ts';
import { deleteCompany } from './companies/deleteCompany.ts';
import { deleteConsultation } from './consultations/deleteConsultation.ts';
import { deleteContact } from './companies/deleteContact.ts';
import { deletePartner } from './partners/deletePartner.ts';
import { disableUser } from './accounts/disableUser.ts';
import { companyContacts, getCompany } from './companies/getCompany.ts';
import { getConsultation } from './consultations/getConsultation.ts';
import { inviteUser } from './accounts/inviteUser.ts';
import { listApiTokens } from './accounts/listApiTokens.ts';
import { listAuditTrail } from './audit/listAuditTrail.ts';
import { listCompanies } from './companies/listCompanies.ts';
import { listConsultations } from './consultations/listConsultations.ts';
import { listFollowUps } from './followUps/listFollowUps.ts';
import { listPartners } from './partners/listPartners.ts';
import { listUsers } from './accounts/listUsers.ts';
import { recordConsultation } from './consultations/recordConsultation.ts';
import { reopenFollowUp } from './followUps/reopenFollowUp.ts';
import { revokeApiToken } from './accounts/revokeApiToken.ts';
import { revokeInvitation } from './accounts/revokeInvitation.ts';
import { setReminderFrequency } from './reminders/setReminderFrequency.ts';
import { searchWorkspace } from './search/searchWorkspace.ts';
import { updateCompany } from './companies/updateCompany.ts';
import { updateConsultation } from './consultations/updateConsultation.ts';
import { loadContact, updateContact } from './companies/updateContact.ts';
import { updatePartner } from './partners/updatePartner.ts';
import { exportReferenceOccupations } from './recognition/exportReferenceOccupations.ts';
import { importReferenceOccupations } from './recognition/importReferenceOccupations.ts';
import { listOfficeReferenceOccupations } from './recognition/listOfficeReferenceOccupations.ts';
import { resetReferenceOccupation } from './recognition/resetReferenceOccupation.ts';
import { adoptRlpNetwork } from './partners/adoptRlpNetwork.ts';
import { createReferral } from './referrals/createReferral.ts';
import { listReferrals } from './referrals/listReferrals.ts';
import { setReferralFollowUp } from './referrals/setReferralFollowUp.ts';
import { updateReferralStatus } from './referrals/updateReferralStatus.ts';

let db: TestDatabase;
before(async () => {
  db = await openTestDb();
});
after(async () => {
  await db.destroy();
});

type CompanyScope = 'ownCompany' | 'otherCompany' | 'otherTenant';
type TenantScope = 'ownTenant' | 'otherTenant';

interface World {
  actors: Record<Role, Actor>;
  /** companies: C1 (the company user's), C2 (same office), C3 (another office) */
  company: Record<CompanyScope, string>;
  contact: Record<CompanyScope, string>;
  consultation: Record<CompanyScope, string>;
  partner: Record<TenantScope, string>;
  /** issue 16: a second partner per office, and a referral of each consultation to it (with a follow-up date) */
  partnerB: Record<TenantScope, string>;
  referral: Record<CompanyScope, string>;
  /** an adviser account that is not the actor */
  user: Record<TenantScope, string>;
  invitation: Record<TenantScope, string>;
  /** the acting role's own token (own tenant) and a token of a user of the other office */
  token: Record<TenantScope, string>;
  /** checks saved within a tenant, for a company */
  check: Record<CompanyScope, string>;
}

const CONSULTATION = { date: '2026-04-01', channel: 'phone', topics: ['recognition'], kind: 'first', followUpDate: '2026-04-15' };
const MAIL = { mailer: recordingMailer(), publicUrl: 'http://lotse.test' };
// issue 16: an office's own competent body, as one row of the recognition data's CSV
const BODY_CSV =
  'satz;id;art;bezeichnung;ort;quelle_titel;quelle_url;zuletzt_geprueft;zu_pruefen\r\n' +
  'stelle;matrix-stelle;other;Matrix-Stelle;Mainz;Quelle;https://example.org/q;2026-12-05;nein\r\n';
let worlds = 0;

async function makeWorld(role: Role): Promise<World> {
  const n = ++worlds;
  const t1 = await makeTenant(db.db, `Matrix ${n} One`);
  const t2 = await makeTenant(db.db, `Matrix ${n} Two`);
  const setup1 = await makeUser(db.db, t1.tenantId, 'admin', `setup${n}@one.example`);
  const setup2 = await makeUser(db.db, t2.tenantId, 'admin', `setup${n}@two.example`);
  const actors: Record<Role, Actor> = {
    admin: await makeUser(db.db, t1.tenantId, 'admin', `admin${n}@one.example`),
    adviser: await makeUser(db.db, t1.tenantId, 'adviser', `adviser${n}@one.example`),
    company: await makeUser(db.db, t1.tenantId, 'company', `staff${n}@one.example`, { companyId: t1.companyA }),
  };
  const company: Record<CompanyScope, string> = { ownCompany: t1.companyA, otherCompany: t1.companyB, otherTenant: t2.companyA };
  const setupOf = (s: CompanyScope) => (s === 'otherTenant' ? setup2 : setup1);
  const contact = {} as Record<CompanyScope, string>;
  const consultation = {} as Record<CompanyScope, string>;
  const check = {} as Record<CompanyScope, string>;
  for (const s of ['ownCompany', 'otherCompany', 'otherTenant'] as const) {
    check[s] = await startCheck(db.db, setupOf(s), { companyId: company[s] });
    contact[s] = (await createContact(db.db, setupOf(s), company[s], { name: `Person ${s}` })).id;
    consultation[s] = (await recordConsultation(db.db, setupOf(s), company[s], CONSULTATION)).id;
  }
  const partner = {
    ownTenant: (await createPartner(db.db, setup1, { name: 'HWK der Pfalz', type: 'hwk' })).id,
    otherTenant: (await createPartner(db.db, setup2, { name: 'IHK Zwei', type: 'ihk' })).id,
  };
  const partnerB = {
    ownTenant: (await createPartner(db.db, setup1, { name: 'Bildungswerk Eins', type: 'education_provider' })).id,
    otherTenant: (await createPartner(db.db, setup2, { name: 'Bildungswerk Zwei', type: 'education_provider' })).id,
  };
  const referral = {} as Record<CompanyScope, string>;
  for (const s of ['ownCompany', 'otherCompany', 'otherTenant'] as const) {
    const partnerId = partnerB[s === 'otherTenant' ? 'otherTenant' : 'ownTenant'];
    referral[s] = (await createReferral(db.db, setupOf(s), { consultationId: consultation[s] }, { partnerId, sentOn: '2026-04-01', followUpDate: '2026-04-20' }, '2026-04-01')).id;
  }
  const user = {
    ownTenant: (await makeUser(db.db, t1.tenantId, 'adviser', `colleague${n}@one.example`)).userId,
    otherTenant: (await makeUser(db.db, t2.tenantId, 'adviser', `colleague${n}@two.example`)).userId,
  };
  const invitation = {
    ownTenant: (await inviteUser(db.db, setup1, { email: `invited${n}@one.example`, role: 'adviser' }, MAIL)).invitationId,
    otherTenant: (await inviteUser(db.db, setup2, { email: `invited${n}@two.example`, role: 'adviser' }, MAIL)).invitationId,
  };
  const token = {
    ownTenant: (await createApiToken(db.db, actors[role], { name: 'own token' })).id,
    otherTenant: (await createApiToken(db.db, setup2, { name: 'their token' })).id,
  };
  return { actors, company, contact, consultation, partner, partnerB, referral, user, invitation, token, check };
}

async function outcome(run: Promise<unknown>): Promise<Decision> {
  try {
    await run;
    return 'allow';
  } catch (err) {
    if (err instanceof NotFoundError) return 'notFound';
    if (err instanceof ForbiddenError) return 'forbidden';
    throw err;
  }
}

interface Case {
  /** which kind of target the use case reaches; lists reach the company user's own company, staff the tenant */
  scope: Scope | ((role: Role) => Scope);
  run(w: World, a: Actor): Promise<unknown>;
}

const onCompany = (run: (w: World, a: Actor, s: CompanyScope) => Promise<unknown>): Case[] =>
  (['ownCompany', 'otherCompany', 'otherTenant'] as const).map((s) => ({ scope: s, run: (w, a) => run(w, a, s) }));
const onTenant = (run: (w: World, a: Actor, s: TenantScope) => Promise<unknown>): Case[] =>
  (['ownTenant', 'otherTenant'] as const).map((s) => ({ scope: s, run: (w, a) => run(w, a, s) }));
const listScope = (role: Role): Scope => (role === 'company' ? 'ownCompany' : 'ownTenant');

/** Lists must not show what the matrix hides: nothing of the other office, for a company user nothing of C2. */
async function visibleCompanies(w: World, a: Actor, ids: string[]): Promise<void> {
  assert.ok(!ids.includes(w.company.otherTenant), 'another office’s company is listed');
  if (a.role === 'company') assert.ok(!ids.includes(w.company.otherCompany), 'a company user sees another company');
}

const CASES: Partial<Record<Action, Case[]>> = {
  'company.list': [
    {
      scope: listScope,
      run: async (w, a) => visibleCompanies(w, a, (await listCompanies(db.db, a, { pageSize: 100 })).items.map((c) => c.id)),
    },
  ],
  'company.read': onCompany((w, a, s) => getCompany(db.db, a, w.company[s])),
  'company.create': [{ scope: 'ownTenant', run: (_w, a) => createCompany(db.db, a, { name: 'Neue Firma GmbH' }) }],
  'company.update': onCompany((w, a, s) => updateCompany(db.db, a, w.company[s], { name: 'Umbenannt GmbH' })),
  'company.delete': onCompany((w, a, s) => deleteCompany(db.db, a, w.company[s])),
  // the company row read directly, so that only the listing itself is decided for the actor
  'contact.list': onCompany(async (w, a, s) => companyContacts(db.db, a, await companyRow(w.company[s]))),
  'contact.read': onCompany((w, a, s) => loadContact(db.db, a, w.contact[s], 'contact.read')),
  'contact.create': onCompany((w, a, s) => createContact(db.db, a, w.company[s], { name: 'Neue Person' })),
  'contact.update': onCompany((w, a, s) => updateContact(db.db, a, w.contact[s], { name: 'Umbenannte Person' })),
  'contact.delete': onCompany((w, a, s) => deleteContact(db.db, a, w.contact[s])),
  'consultation.list': [
    {
      scope: listScope,
      run: async (w, a) => {
        const items = (await listConsultations(db.db, a, { pageSize: 100 })).items;
        assert.ok(!items.some((k) => k.id === w.consultation.otherTenant), 'another office’s consultation is listed');
        if (a.role === 'company') assert.ok(!items.some((k) => k.id === w.consultation.otherCompany), 'a company user sees another company’s consultation');
      },
    },
  ],
  'consultation.read': onCompany((w, a, s) => getConsultation(db.db, a, w.consultation[s])),
  'consultation.create': onCompany((w, a, s) => recordConsultation(db.db, a, w.company[s], CONSULTATION)),
  'consultation.update': [
    ...onCompany((w, a, s) => updateConsultation(db.db, a, w.consultation[s], { ...CONSULTATION, channel: 'video' })),
    // marking the follow-up done, or open again, is a change of the consultation
    ...onCompany((w, a, s) => completeFollowUp(db.db, a, w.consultation[s])),
    ...onCompany((w, a, s) => reopenFollowUp(db.db, a, w.consultation[s])),
  ],
  'consultation.delete': onCompany((w, a, s) => deleteConsultation(db.db, a, w.consultation[s])),
  'followUp.list': [
    {
      scope: 'ownTenant',
      run: async (w, a) => {
        const items = (await listFollowUps(db.db, a, { pageSize: 100 }, '2026-12-02')).items;
        assert.ok(items.length >= 2, 'the own office’s follow-ups are listed');
        assert.ok(!items.some((k) => k.consultationId === w.consultation.otherTenant), 'another office’s follow-up is listed');
      },
    },
  ],
  'partner.list': [{ scope: 'ownTenant', run: (_w, a) => listPartners(db.db, a) }],
  // issue 16: the RLP network is adopted by an admin (partner.manage)
  'partner.manage': [
    { scope: 'ownTenant', run: (_w, a) => createPartner(db.db, a, { name: 'Neuer Partner', type: 'other' }) },
    ...onTenant((w, a, s) => updatePartner(db.db, a, w.partner[s], { name: 'Umbenannter Partner', type: 'hwk' })),
    ...onTenant((w, a, s) => deletePartner(db.db, a, w.partner[s])),
    { scope: 'ownTenant', run: (_w, a) => adoptRlpNetwork(db.db, a) },
  ],
  // issue 16: referrals, the office's record
  'referral.list': [
    {
      scope: 'ownTenant',
      run: async (w, a) => {
        const items = await listReferrals(db.db, a);
        assert.ok(items.some((r) => r.id === w.referral.ownCompany), 'the own office’s referral is listed');
        assert.ok(!items.some((r) => r.id === w.referral.otherTenant), 'another office’s referral is listed');
      },
    },
    { scope: 'ownTenant', run: (w, a) => listReferrals(db.db, a, { partnerId: w.partnerB.ownTenant, open: true }) },
    { scope: 'ownTenant', run: (_w, a) => listReferrals(db.db, a, { followUpUntil: '2026-12-31' }) },
  ],
  'referral.create': onCompany((w, a, s) =>
    createReferral(db.db, a, { consultationId: w.consultation[s] }, { partnerId: w.partner[s === 'otherTenant' ? 'otherTenant' : 'ownTenant'] }, '2026-12-02'),
  ),
  'referral.update': [
    ...onCompany((w, a, s) => updateReferralStatus(db.db, a, w.referral[s], { status: 'accepted', on: '2026-04-05' }, '2026-12-02')),
    ...onCompany((w, a, s) => setReferralFollowUp(db.db, a, w.referral[s], true)),
  ],
  search: [{ scope: 'ownTenant', run: (_w, a) => searchWorkspace(db.db, a, { q: 'Firma' }) }],
  'report.read': [{ scope: 'ownTenant', run: (_w, a) => buildReport(db.db, a, { from: '2026-01-01', to: '2026-12-31' }, '2026-12-02') }],
  'report.funder': [{ scope: 'ownTenant', run: (_w, a) => buildFunderReport(db.db, a, { quarter: '2026-Q4' }, '2026-12-02') }],
  'report.records': [
    { scope: 'ownTenant', run: (_w, a) => funderReportRecords(db.db, a, { quarter: '2026-Q4' }, { kind: 'persons', dim: 'all', key: null }, '2026-12-02') },
    { scope: 'ownTenant', run: (_w, a) => funderExportRecords(db.db, a, { quarter: '2026-Q4' }, '2026-12-02') },
  ],
  'audit.read': [{ scope: 'ownTenant', run: (_w, a) => listAuditTrail(db.db, a) }],
  'user.list': [{ scope: 'ownTenant', run: (_w, a) => listUsers(db.db, a) }],
  'user.invite': [{ scope: 'ownTenant', run: (_w, a) => inviteUser(db.db, a, { email: `new-${a.userId}@one.example`, role: 'adviser' }, MAIL) }],
  'user.disable': onTenant((w, a, s) => disableUser(db.db, a, { userId: w.user[s] })),
  'invitation.revoke': onTenant((w, a, s) => revokeInvitation(db.db, a, { invitationId: w.invitation[s] })),
  'apiToken.create': [
    { scope: 'ownTenant', run: (_w, a) => createApiToken(db.db, a, { name: 'another token' }) },
    { scope: 'ownTenant', run: (_w, a) => listApiTokens(db.db, a) },
  ],
  'apiToken.revoke': onTenant((w, a, s) => revokeApiToken(db.db, a, { tokenId: w.token[s] })),
  // issue 15: the own calendar feed; reading it lists the actor's tasks (a company user's: their company's)
  'calendarFeed.manage': [
    { scope: 'ownTenant', run: (_w, a) => createCalendarFeed(db.db, a) },
    { scope: 'ownTenant', run: (_w, a) => getCalendarFeed(db.db, a) },
    { scope: 'ownTenant', run: (_w, a) => revokeCalendarFeed(db.db, a) },
  ],
  'calendarFeed.read': [{ scope: listScope, run: (_w, a) => listFeedTasks(db.db, a) }],
  'reminders.update': [{ scope: 'ownTenant', run: (_w, a) => setReminderFrequency(db.db, a, { frequency: 'weekly' }) }],
  // issue 16: the office's recognition data (one tenant-wide object: the actor's own office's)
  'recognition.data.read': [
    { scope: 'ownTenant', run: (_w, a) => listOfficeReferenceOccupations(db.db, a) },
    { scope: 'ownTenant', run: (_w, a) => exportReferenceOccupations(db.db, a, '2026-12-05') },
  ],
  'recognition.data.manage': [
    { scope: 'ownTenant', run: (_w, a) => importReferenceOccupations(db.db, a, BODY_CSV) },
    { scope: 'ownTenant', run: (_w, a) => resetReferenceOccupation(db.db, a, { kind: 'stelle', key: 'matrix-stelle' }) },
  ],
  'check.create': onCompany((w, a, s) => startCheck(db.db, a, { companyId: w.company[s] })),
  'check.read': onCompany((w, a, s) => found(loadCheck(db.db, a, w.check[s]))),
  'check.update': [
    ...onCompany((w, a, s) => found(saveCheckPage(db.db, a, w.check[s], 'occupation', { isco: '2512' }))),
    ...onCompany((w, a, s) => found(saveCheckInput(db.db, a, w.check[s], null))),
  ],
  'check.delete': onCompany((w, a, s) => found(deleteCheck(db.db, a, w.check[s]))),
};

/** The check use cases answer "not there" with undefined or false (the pages show 404): as NotFoundError here. */
async function found(run: Promise<unknown>): Promise<unknown> {
  const r = await run;
  if (r === undefined || r === false) throw new NotFoundError();
  return r;
}

async function companyRow(id: string) {
  const [row] = await db.db.select().from(companies).where(eq(companies.id, id));
  assert.ok(row, 'the company exists');
  return row;
}

/** Actions that no use case performs yet: the pure matrix test covers them; a new use case belongs in CASES. */
const NOT_YET_A_USE_CASE: readonly Action[] = ['tenant.settings.read', 'tenant.settings.update'];

test('every action is either run through its use cases here or named as not yet a use case', () => {
  const covered = Object.keys(CASES) as Action[];
  // the case area's actions (issue 14) run in the matrix files of their areas (src/app/<area>/policyMatrix.test.ts)
  const caseArea = new Set<Action>([...CASE_ACTIONS, ...CASE_RECOGNITION_ACTIONS]);
  assert.deepEqual([...covered, ...NOT_YET_A_USE_CASE].sort(), ACTIONS.filter((a) => !caseArea.has(a)).sort());
});

test('the matrix files of the case area together cover each of its actions once', () => {
  const listed = Object.values(CASE_MATRIX_AREAS).flat();
  assert.deepEqual([...listed].sort(), [...CASE_ACTIONS, ...CASE_RECOGNITION_ACTIONS].sort());
});

for (const role of ROLES) {
  for (const [action, cases] of Object.entries(CASES) as [Action, Case[]][]) {
    test(`use cases: ${role} × ${action}`, async () => {
      const w = await makeWorld(role);
      const actor = w.actors[role];
      for (const c of cases) {
        const scope = typeof c.scope === 'function' ? c.scope(role) : c.scope;
        const expected = expectedDecision(action, role, scope);
        assert.equal(await outcome(c.run(w, actor)), expected, `${role} ${action} on ${scope}: expected ${expected}`);
      }
    });
  }
}

// The visitor column: a visitor (not signed in) owns the anonymous checks whose key they hold; anyone else's check does
// not exist for them. (A visitor on a tenant's use cases is refused by the pure matrix test: those take a signed-in actor.)
const VISITOR_CASES: Partial<Record<Action, (key: string, id: string) => Promise<unknown>>> = {
  'check.create': () => startCheck(db.db, visitor()),
  'check.read': (key, id) => found(loadCheck(db.db, visitor(key), id)),
  'check.update': async (key, id) => {
    await found(saveCheckPage(db.db, visitor(key), id, 'occupation', { isco: '2512' }));
    await found(saveCheckInput(db.db, visitor(key), id, null));
  },
  'check.delete': (key, id) => found(deleteCheck(db.db, visitor(key), id)),
};

for (const [action, run] of Object.entries(VISITOR_CASES) as [Action, (key: string, id: string) => Promise<unknown>][]) {
  test(`use cases: visitor × ${action}`, async () => {
    for (const scope of VISITOR_SCOPES) {
      const own = await startCheck(db.db, visitor());
      const other = await startCheck(db.db, visitor());
      const expected = expectedVisitorOutcome(action, scope);
      let got: string;
      try {
        await run(own, scope === 'ownKey' ? own : other);
        got = 'allow';
      } catch (err) {
        if (err instanceof NotFoundError) got = 'notFound';
        else if (err instanceof UnauthenticatedError) got = 'unauthenticated';
        else throw err;
      }
      assert.equal(got, expected, `visitor ${action} on ${scope}`);
    }
  });
}
