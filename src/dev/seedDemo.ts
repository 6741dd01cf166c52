// The demo data of `npm run seed` (and of the first start on an empty embedded database): one service office with an
// admin, an adviser and a company user, two companies with contact persons, the regional partner network of the
// Westpfalz, a few consultations with referrals and participating contact persons, and two candidates with a case each,
// so that the company pages, the search, the report, the board and a case show something on the first visit. It refuses to run next to real data.
//
// The partners are real public bodies (names and web addresses from docs/reference, recognition-integration-facts.md
// § 3); no contact persons, phone numbers or e-mail addresses are invented for them.

import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { companies, consultationParticipants, consultationReferrals, consultations, contacts, partners, referrals, tenants, users } from '../db/schema/index.ts';
import { RLP_NETWORK } from '../app/partners/rlpNetwork.ts';
import { networkRow } from '../app/partners/adoptRlpNetwork.ts';
import { createReferral } from '../app/referrals/createReferral.ts';
import { recordConsent } from '../app/candidates/recordConsent.ts';
import { recordCaseRecognition } from '../app/recognition/recordCaseRecognition.ts';
import { updateReferralStatus } from '../app/referrals/updateReferralStatus.ts';
import { hashPassword } from '../app/accounts/password.ts';
import { writeAudit } from '../app/common/audit.ts';
import { createCandidate } from '../app/candidates/createCandidate.ts';
import { createCase } from '../app/cases/createCase.ts';
import { changeCaseStatus } from '../app/cases/changeCaseStatus.ts';
import { seedDemoTitleCase } from './seedDemoTitle.ts';
import { seedDemoArrivalCase } from './seedDemoArrival.ts';
import type { Actor } from '../policies/index.ts';

export const DEMO_TENANT_NAME = 'IQ-Service MINT Kaiserslautern (Demo)';

export interface DemoLogin {
  role: 'admin' | 'adviser' | 'company';
  email: string;
  password: string;
}

/** Publicly known demo credentials: they exist only in a database marked as demo. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  { role: 'admin', email: 'admin@demo.lotse.example', password: 'demo-admin-2026' },
  { role: 'adviser', email: 'beratung@demo.lotse.example', password: 'demo-beratung-2026' },
  { role: 'company', email: 'personal@westpfalz-elektro.example', password: 'demo-firma-2026' },
];

/**
 * The partner network of the demo office: the Rhineland-Palatinate network (src/app/partners/rlpNetwork.ts, from
 * recognition-integration-facts.md § 3), the ZAB in Bonn (legal-facts.md § 4.4), and one education provider that is
 * invented for the demo and marked so (the fact sheet names no provider of adaptation courses in the Westpfalz).
 */
export const DEMO_EXTRA_PARTNERS: readonly (typeof partners.$inferInsert & { seedKey: string })[] = [
  {
    tenantId: '',
    seedKey: 'demo-zab-bonn',
    name: 'Zentralstelle für ausländisches Bildungswesen (ZAB)',
    type: 'recognition_body',
    region: 'bundesweit',
    address: 'Bonn',
    website: 'https://www.kmk.org/zab/',
    handles: 'Zeugnisbewertung für ausländische Hochschulabschlüsse (nicht reglementierte akademische Berufe).',
    topics: ['recognition'],
  },
  {
    tenantId: '',
    seedKey: 'demo-bildungswerk-westpfalz',
    name: 'Bildungswerk Westpfalz (Demo)',
    type: 'education_provider',
    federalState: 'DE-RP',
    region: 'Kaiserslautern',
    address: 'Kaiserslautern',
    handles: 'Anpassungsqualifizierungen im Elektrohandwerk (Kurs und betrieblich begleitet), Fachsprachkurse. Für die Demo erfunden.',
    topics: ['further_qualification'],
    offers: ['anpassungsqualifizierung_kurs', 'anpassungsqualifizierung_betrieb', 'fachsprachkurs'],
    notes: 'Demo-Eintrag: kein realer Bildungsträger.',
  },
];

export type SeedResult =
  | { ok: true; created: boolean; logins: readonly DemoLogin[] }
  | { ok: false; reason: string };

/** An ISO date `days` before `now` (UTC), so that the demo's consultations fall into the report's default range. */
function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

export async function seedDemo(db: Db, now: Date = new Date()): Promise<SeedResult> {
  const real = await db.select({ id: tenants.id, name: tenants.name }).from(tenants).where(eq(tenants.isDemo, false)).limit(1);
  if (real.length > 0) {
    return {
      ok: false,
      reason: `this database already holds real data (service office "${real[0]!.name}"); demo data is loaded only into an empty or demo database`,
    };
  }
  // this demo office, not any demo tenant (the volume demo of `npm run seed:volume` is one too)
  const existing = await db.select({ id: tenants.id }).from(tenants).where(and(eq(tenants.isDemo, true), eq(tenants.name, DEMO_TENANT_NAME))).limit(1);
  if (existing.length > 0) return { ok: true, created: false, logins: DEMO_LOGINS };

  // Hash outside the transaction: never await slow work while holding PGlite's single connection.
  const hashes = await Promise.all(DEMO_LOGINS.map((l) => hashPassword(l.password)));

  await db.transaction(async (tx) => {
    const [tenant] = await tx.insert(tenants).values({ name: DEMO_TENANT_NAME, isDemo: true }).returning({ id: tenants.id });
    const tenantId = tenant!.id;
    const companyRows = await tx
      .insert(companies)
      .values([
        {
          tenantId,
          name: 'Westpfalz Elektrotechnik GmbH (Demo)',
          street: 'Mannheimer Straße 12',
          postcode: '67655',
          city: 'Kaiserslautern',
          federalState: 'DE-RP',
          municipality: 'Kaiserslautern',
          sizeClass: 'small',
          wzSection: 'F',
          website: 'https://westpfalz-elektro.example',
          notes: 'Sucht zwei Elektroniker/innen für Energie- und Gebäudetechnik.',
        },
        {
          tenantId,
          name: 'Barbarossa Software GmbH (Demo)',
          street: 'Trippstadter Straße 110',
          postcode: '67663',
          city: 'Kaiserslautern',
          federalState: 'DE-RP',
          municipality: 'Kaiserslautern',
          sizeClass: 'small',
          wzSection: 'J',
          website: 'https://barbarossa-software.example',
          notes: 'Interesse an Softwareentwickler/innen aus Indien.',
        },
      ])
      .returning({ id: companies.id, name: companies.name });
    const [westpfalz, barbarossa] = companyRows as [{ id: string; name: string }, { id: string; name: string }];
    const userRows = await tx
      .insert(users)
      .values(
        DEMO_LOGINS.map((l, i) => ({
          tenantId,
          email: l.email,
          name: l.role === 'admin' ? 'Demo-Administration' : l.role === 'adviser' ? 'Demo-Beratung' : 'Petra Schneider (Demo)',
          role: l.role,
          companyId: l.role === 'company' ? westpfalz.id : null,
          passwordHash: hashes[i]!,
        })),
      )
      .returning({ id: users.id, email: users.email, role: users.role });
    const adviserId = userRows.find((u) => u.role === 'adviser')!.id;
    const companyUserId = userRows.find((u) => u.role === 'company')!.id;
    const contactRows = await tx
      .insert(contacts)
      .values([
        { tenantId, companyId: westpfalz.id, name: 'Petra Schneider (Demo)', role: 'Personalleitung', email: 'personal@westpfalz-elektro.example', phone: '0631 000000', userId: companyUserId },
        { tenantId, companyId: westpfalz.id, name: 'Markus Becker (Demo)', role: 'Geschäftsführung', email: 'becker@westpfalz-elektro.example', phone: null, userId: null },
        { tenantId, companyId: barbarossa.id, name: 'Aylin Demir (Demo)', role: 'HR Business Partner', email: 'hr@barbarossa-software.example', phone: null, userId: null },
      ])
      .returning({ id: contacts.id, name: contacts.name });
    const [petra, markus, aylin] = contactRows.map((c) => c.id) as [string, string, string];
    const partnerRows = await tx
      .insert(partners)
      .values([...RLP_NETWORK.map((e) => networkRow(tenantId, e, now)), ...DEMO_EXTRA_PARTNERS.map((p) => ({ ...p, tenantId, createdAt: now, updatedAt: now }))])
      .returning({ id: partners.id, name: partners.name, type: partners.type, seedKey: partners.seedKey });
    const partnerOf = (seedKey: string) => partnerRows.find((p) => p.seedKey === seedKey)!.id;
    const demoConsultations = [
      {
        companyId: westpfalz.id,
        date: daysBefore(now, 42),
        channel: 'on_site',
        durationMinutes: 90,
        topics: ['skilled_immigration', 'recognition'],
        occupations: ['7411'],
        record: 'Erstgespräch im Betrieb: zwei Elektroniker/innen für Energie- und Gebäudetechnik gesucht, Kandidaten aus den Philippinen in Aussicht. Anerkennung der Berufsausbildung bei der Handwerkskammer besprochen.',
        outcome: 'Anerkennungsverfahren bei der HWK vorbereiten; Unterlagen der Kandidaten anfordern.',
        followUpDate: daysBefore(now, 14),
        // settled by the follow-up consultation below
        followUpDoneAt: new Date(`${daysBefore(now, 12)}T15:00:00Z`),
        followUpDoneBy: adviserId,
        kind: 'first',
        accessRoute: 'chamber',
        referrals: [partnerOf('rp-hwk-pfalz')],
        participants: [petra, markus],
      },
      {
        companyId: westpfalz.id,
        date: daysBefore(now, 12),
        channel: 'phone',
        durationMinutes: 30,
        topics: ['recognition', 'further_qualification'],
        occupations: ['7411'],
        record: 'Teilweise Gleichwertigkeit festgestellt; Anpassungsqualifizierung nach § 16d AufenthG als Weg besprochen.',
        outcome: 'Kontakt zum IQ Netzwerk für eine Anpassungsqualifizierung hergestellt; beim Unternehmen nachfragen, ob die Qualifizierung vereinbart ist.',
        followUpDate: daysBefore(now, 2),
        followUpDoneAt: null,
        followUpDoneBy: null,
        kind: 'follow_up',
        accessRoute: 'chamber',
        referrals: [partnerOf('demo-bildungswerk-westpfalz')],
        participants: [petra],
      },
      {
        companyId: barbarossa.id,
        date: daysBefore(now, 20),
        channel: 'video',
        durationMinutes: 60,
        topics: ['skilled_immigration', 'residence_law'],
        occupations: ['2512'],
        record: 'Softwareentwicklerin aus Indien mit Hochschulabschluss; Blaue Karte EU und beschleunigtes Fachkräfteverfahren nach § 81a AufenthG erläutert.',
        outcome: 'Vollmacht für das beschleunigte Fachkräfteverfahren bei der Zentralen Ausländerbehörde vorbereiten.',
        followUpDate: daysBefore(now, -7),
        followUpDoneAt: null,
        followUpDoneBy: null,
        kind: 'first',
        accessRoute: 'internet',
        referrals: [partnerOf('rp-zab-fachkraefte-kaiserslautern'), partnerOf('demo-zab-bonn')],
        participants: [aylin],
      },
    ];
    const consultationRows = await tx
      .insert(consultations)
      .values(demoConsultations.map(({ referrals: _r, participants: _p, ...c }) => ({ tenantId, adviserUserId: adviserId, ...c })))
      .returning({ id: consultations.id });
    const referralRows = consultationRows.flatMap((c, i) => demoConsultations[i]!.referrals.map((partnerId) => ({ consultationId: c.id, partnerId })));
    await tx.insert(consultationReferrals).values(referralRows);
    // issue 16: each referral of a consultation is a tracked one, sent on the consultation's day
    const tracked = await tx
      .insert(referrals)
      .values(
        consultationRows.flatMap((c, i) =>
          demoConsultations[i]!.referrals.map((partnerId) => ({ tenantId, partnerId, consultationId: c.id, status: 'sent', sentOn: demoConsultations[i]!.date, createdBy: adviserId, createdAt: now, updatedAt: now })),
        ),
      )
      .returning({ id: referrals.id, partnerId: referrals.partnerId, consultationId: referrals.consultationId, sentOn: referrals.sentOn });
    const participantRows = consultationRows.flatMap((c, i) => demoConsultations[i]!.participants.map((id) => ({ consultationId: c.id, personKey: id, contactId: id })));
    await tx.insert(consultationParticipants).values(participantRows);
    const audit = (entity: string, entityId: string, changes: Record<string, unknown>) => ({ tenantId, action: 'create', entity, entityId, changes });
    await writeAudit(
      tx,
      { operator: 'cli:seed' },
      undefined,
      audit('tenant', tenantId, { name: DEMO_TENANT_NAME, isDemo: true }),
      ...companyRows.map((c) => audit('company', c.id, { name: c.name })),
      ...userRows.map((u) => audit('user', u.id, { email: u.email, role: u.role })),
      ...contactRows.map((c) => audit('contact', c.id, { name: c.name })),
      ...partnerRows.map((p) => audit('partner', p.id, { name: p.name, type: p.type })),
      ...consultationRows.map((c, i) => {
        const { referrals: partnerIds, participants, ...fields } = demoConsultations[i]!;
        return audit('consultation', c.id, { ...fields, partnerIds, participantIds: participants });
      }),
      ...tracked.map((r) => audit('referral', r.id, { partnerId: r.partnerId, consultationId: r.consultationId, sentOn: r.sentOn, status: 'sent' })),
    );
  });
  await seedDemoCases(db, now);
  return { ok: true, created: true, logins: DEMO_LOGINS };
}

/**
 * Issue 14: two candidates of the demo companies and a case for each, made by the demo adviser through the use cases
 * (candidate, case with its plan's tasks and documents, one status change), so that the board, a case page, the
 * company's overview and the hand-off pack show something on the first visit. Invented persons, marked "(Demo)".
 */
async function seedDemoCases(db: Db, now: Date): Promise<void> {
  const [tenant] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.name, DEMO_TENANT_NAME)).limit(1);
  const tenantId = tenant!.id;
  await db.update(tenants).set({ casePrefix: 'KL' }).where(eq(tenants.id, tenantId));
  const [adviserRow] = await db.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.role, 'adviser'))).limit(1);
  const adviser: Actor = { userId: adviserRow!.id, tenantId, role: 'adviser', companyId: null };
  const companyRows = await db.select({ id: companies.id, name: companies.name }).from(companies).where(eq(companies.tenantId, tenantId));
  const companyId = (prefix: string) => companyRows.find((c) => c.name.startsWith(prefix))!.id;
  const [barbarossaConsultation] = await db
    .select({ id: consultations.id })
    .from(consultations)
    .where(and(eq(consultations.tenantId, tenantId), eq(consultations.companyId, companyId('Barbarossa'))))
    .limit(1);
  const today = now.toISOString().slice(0, 10);
  const developer = await createCandidate(
    db,
    adviser,
    companyId('Barbarossa'),
    {
      name: 'Priya Raman (Demo)',
      birthDate: '1995-03-14',
      citizenship: 'IN',
      email: 'priya.raman@candidate.example',
      preferredLanguage: 'en',
      otherLanguages: 'Tamil (Muttersprache), Hindi',
      recognitionStatus: 'not_needed',
      facts: {
        person: { german: 'A2', english: 'C1', firstTitleInGermany: true },
        qualification: { level: 'academic', awardedOn: '2017-06-30', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 4, germanAssessment: 'comparable' },
        experience: [{ isco: '2512', from: '2017-08-01', relatedToQualification: true }],
      },
    },
    now,
  );
  const electrician = await createCandidate(
    db,
    adviser,
    companyId('Westpfalz'),
    {
      name: 'Maria Santos (Demo)',
      birthDate: '1992-09-02',
      citizenship: 'PH',
      email: 'maria.santos@candidate.example',
      preferredLanguage: 'en',
      otherLanguages: 'Tagalog (Muttersprache)',
      recognitionStatus: 'partial',
      // issue 17: asked with the consent for reporting (recorded below)
      reportSex: 'female',
      reportEmploymentStatus: 'employed',
      reportIsced: 'isced_3_4',
      reportDisability: 'not_stated',
      reportForeignOrigin: 'yes',
      facts: {
        person: { german: 'B1', english: 'B2', firstTitleInGermany: true },
        qualification: { level: 'vocational', awardedOn: '2013-03-31', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 3, germanAssessment: 'partial' },
        experience: [{ isco: '7411', from: '2013-05-01', relatedToQualification: true }],
      },
    },
    now,
  );
  const developerCase = await createCase(
    db,
    adviser,
    {
      companyId: companyId('Barbarossa'),
      candidateId: developer.id,
      consultationId: barbarossaConsultation?.id,
      routeId: '18g-standard',
      procedure: 'accelerated',
      jobTitle: 'Softwareentwicklerin Backend',
      occupationIsco: '2512',
      annualGrossSalaryEur: '58000',
      federalState: 'DE-RP',
      municipality: 'Kaiserslautern',
      startDate: daysBefore(now, 10),
    },
    today,
    now,
  );
  await changeCaseStatus(db, adviser, developerCase.id, { status: 'ba_approval', changedOn: daysBefore(now, 3) }, today, now);
  const electricianCase = await createCase(
    db,
    adviser,
    {
      companyId: companyId('Westpfalz'),
      candidateId: electrician.id,
      routeId: '16d1-qualification',
      jobTitle: 'Elektronikerin für Energie- und Gebäudetechnik',
      occupationIsco: '7411',
      annualGrossSalaryEur: '38000',
      federalState: 'DE-RP',
      municipality: 'Kaiserslautern',
      startDate: daysBefore(now, 5),
    },
    today,
    now,
  );
  // issue 17: Maria Santos agreed to the funder's reporting, so the funder report shows her in its breakdowns
  await recordConsent(db, adviser, electrician.id, { purpose: 'funder_reporting', given: true, declaredOn: daysBefore(now, 5), textVersion: '2026-12-v1' }, now);
  // issue 16: the HWK's partial-equivalence notice on the electrician's case, with the differences it names
  await recordCaseRecognition(
    db,
    adviser,
    electricianCase.id,
    {
      outcome: 'partial',
      referenceOccupationId: 'elektroniker-energie-gebaeudetechnik',
      competentBody: 'Handwerkskammer der Pfalz, Kaiserslautern',
      appliedOn: daysBefore(now, 120),
      decidedOn: daysBefore(now, 30),
      regulated: 'no',
      germanLevel: 'B1',
      residesInGermany: 'no',
      deficits: 'Wesentliche Unterschiede: Gebäudesystemtechnik (KNX), VDE-Vorschriften und Arbeitssicherheit nach DGUV; Praxis in der Gebäudetechnik.',
      deficitTags: ['normen_vde', 'arbeitssicherheit', 'fachpraxis'],
    },
    today,
    now,
  );
  // issue 16: the electrician's case referred to the education provider for an adaptation course, which came back done
  const [provider] = await db
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.tenantId, tenantId), eq(partners.seedKey, 'demo-bildungswerk-westpfalz')))
    .limit(1);
  const referral = await createReferral(
    db,
    adviser,
    { caseId: electricianCase.id },
    { partnerId: provider!.id, measureKind: 'anpassungsqualifizierung_kurs', purpose: 'Anpassungsqualifizierung zu den im Bescheid genannten Unterschieden (Gebäudetechnik, VDE-Vorschriften)', sentOn: daysBefore(now, 5) },
    today,
    now,
  );
  await updateReferralStatus(db, adviser, referral.id, { status: 'accepted', on: daysBefore(now, 4) }, today, now);
  await updateReferralStatus(
    db,
    adviser,
    referral.id,
    { status: 'done', on: daysBefore(now, 1), outcome: 'Platz im Kurs ab dem nächsten Monat zugesagt; Qualifizierungsplan liegt vor.' },
    today,
    now,
  );
  // issue 15: a Blue Card holder after arrival, with the residence title recorded
  await seedDemoTitleCase(db, adviser, companyId('Westpfalz'), now);
  // issue 17: a skilled worker who arrived last week, with her family and the onboarding plan
  await seedDemoArrivalCase(db, adviser, companyId('Barbarossa'), now);
}
