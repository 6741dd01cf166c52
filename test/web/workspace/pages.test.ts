// The workspace pages through the whole application (app.inject): an adviser creates a company (field errors, the
// duplicate warning), adds a contact, records and edits a consultation with two topics and a referral, and deletes
// the company; a company user reads only their own company; another tenant's objects answer 404.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { auditLog, companies, consultationReferrals, consultations, contacts } from '../../../src/db/schema/index.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createCompany } from '../../../src/app/companies/createCompany.ts';
import { createContact } from '../../../src/app/companies/createContact.ts';
import { createPartner } from '../../../src/app/partners/createPartner.ts';
import { recordConsultation } from '../../../src/app/consultations/recordConsultation.ts';
import type { Actor } from '../../../src/policies/index.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser, csrfOf } from '../../../src/web/testing/browser.ts';

const SECRET = 'test-secret-test-secret-test-secret';
let db: TestDatabase;
let app: FastifyInstance;
let t1: { tenantId: string; companyA: string; companyB: string };
let t2: { tenantId: string; companyA: string; companyB: string };
let adviser: Actor;
let partnerIhk: string;
let partnerAbh: string;
let t2Consultation: string;

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Office One');
  t2 = await makeTenant(db.db, 'Office Two');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example', { name: 'Ben Berater' });
  await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA, name: 'Cora Company' });
  // issue 16: the partner network is editable by admins
  await makeUser(db.db, t1.tenantId, 'admin', 'admin@one.example', { name: 'Ada Admin' });
  const t2Adviser = await makeUser(db.db, t2.tenantId, 'adviser', 'adviser@two.example', { name: 'Dora Two' });
  partnerIhk = (await createPartner(db.db, { ...adviser, role: 'admin' as const }, { name: 'IHK Pfalz', type: 'ihk' })).id;
  partnerAbh = (await createPartner(db.db, { ...adviser, role: 'admin' as const }, { name: 'Ausländerbehörde Kaiserslautern', type: 'immigration_office' })).id;
  t2Consultation = (await recordConsultation(db.db, t2Adviser, t2.companyA, { date: '2026-03-01', channel: 'phone', topics: ['recognition'], kind: 'first' })).id;
  app = await buildApp({ database: db, cookieSecret: SECRET, logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

test('without a session the workspace pages send to the login and come back', async () => {
  const r = await new Browser(app).get('/companies?q=x');
  assert.equal(r.statusCode, 303);
  assert.equal(r.headers.location, `/login?next=${encodeURIComponent('/companies?q=x')}`);
});

test('an adviser works through a company: create (errors, duplicate), contact, consultation, edit, delete', async () => {
  const b = new Browser(app);
  await b.signIn('adviser@one.example');
  const list = await b.get('/companies');
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /<a[^>]*href="\/companies"[^>]*>Unternehmen<\/a>/);
  assert.match(list.body, /Office One – Firma A/);
  assert.doesNotMatch(list.body, /Office Two/);
  assert.doesNotMatch(list.body, /style=/);

  // field errors: the form comes back with the values and each field named
  const bad = await b.submit('/companies/new', '/companies', { name: '', postcode: '123', city: 'Kaiserslautern <b>' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /class="error-summary"/);
  assert.match(bad.body, /<a href="#name">Name: Bitte ausfüllen\.<\/a>/);
  assert.match(bad.body, /<a href="#postcode">Postleitzahl: /);
  assert.match(bad.body, /aria-invalid="true"[^>]*aria-describedby="postcode-error"|id="postcode"[^>]*aria-invalid="true"/);
  assert.match(bad.body, /value="Kaiserslautern &lt;b>"/);

  const created = await b.submit('/companies/new', '/companies', { name: 'Lautrer Laser GmbH', postcode: '67663', city: 'Kaiserslautern', federalState: 'DE-RP', headcount: '12', wzSection: 'C' });
  assert.equal(created.statusCode, 303);
  const companyUrl = created.headers.location!.replace(/\?.*$/, '');
  const companyId = companyUrl.split('/').pop()!;
  // the Land by its name, not its ISO code, on the page and in the form
  const shown = await b.get(companyUrl);
  assert.match(shown.body, /<dt>Bundesland<\/dt><dd>Rheinland-Pfalz<\/dd>/);
  assert.match((await b.get(`${companyUrl}/edit`)).body, /<option value="DE-RP" selected>Rheinland-Pfalz<\/option>/);

  // the same name and postcode: a warning with a confirmation box; confirmed, a second company
  const dup = await b.submit('/companies/new', '/companies', { name: 'Lautrer Laser GmbH', postcode: '67663' });
  assert.equal(dup.statusCode, 409);
  assert.match(dup.body, /Dieses Unternehmen gibt es vielleicht schon/);
  assert.match(dup.body, new RegExp(`href="/companies/${companyId}"`));
  assert.match(dup.body, /name="confirmDuplicate"/);
  const confirmed = await b.submit('/companies/new', '/companies', { name: 'Lautrer Laser GmbH', postcode: '67663', confirmDuplicate: 'yes' });
  assert.equal(confirmed.statusCode, 303);

  const contact = await b.submit(companyUrl, `${companyUrl}/contacts`, { name: 'Petra Personal', role: 'Personalleitung', email: 'petra@laser.example' });
  assert.equal(contact.statusCode, 303);
  const badContact = await b.submit(companyUrl, `${companyUrl}/contacts`, { name: 'X', email: 'not-an-address' });
  assert.equal(badContact.statusCode, 400);
  assert.match(badContact.body, /<a href="#email">E-Mail: /);

  const form = await b.get(`${companyUrl}/consultations/new`);
  assert.match(form.body, /<legend>Themen<\/legend>/);
  assert.match(form.body, /type="checkbox" id="topics" name="topics" value="skilled_immigration"/);
  assert.match(form.body, /IHK Pfalz \(IHK\)/);
  const badConsultation = await b.submit(`${companyUrl}/consultations/new`, `${companyUrl}/consultations/new`, { date: '2026-04-10', kind: 'first', channel: 'phone' });
  assert.equal(badConsultation.statusCode, 400);
  assert.match(badConsultation.body, /<a href="#topics">Themen: Bitte mindestens ein Thema wählen\.<\/a>/);
  assert.match(badConsultation.body, /value="2026-04-10"/);
  // the error summary follows the order of the form, not the order the checks ran in
  const twoErrors = await b.submit(`${companyUrl}/consultations/new`, `${companyUrl}/consultations/new`, { date: '2026-04-10', kind: 'first', channel: 'phone', durationMinutes: 'abc', followUpDate: '2026-04-01' });
  assert.equal(twoErrors.statusCode, 400);
  const summary = [...twoErrors.body.matchAll(/<li><a href="#([A-Za-z]+)">/g)].map((x) => x[1]);
  assert.deepEqual(summary, ['durationMinutes', 'topics', 'followUpDate']);

  const rec = await b.submit(`${companyUrl}/consultations/new`, `${companyUrl}/consultations/new`, {
    date: '2026-04-10',
    kind: 'first',
    channel: 'video',
    durationMinutes: '45',
    topics: ['skilled_immigration', 'recognition'],
    partnerIds: [partnerIhk],
    accessRoute: 'chamber',
    occupations: '2142, 2144',
    record: 'Zwei Bauingenieure aus Kolumbien.',
  });
  assert.equal(rec.statusCode, 303);
  await b.submit(`${companyUrl}/consultations/new`, `${companyUrl}/consultations/new`, { date: '2026-05-02', kind: 'follow_up', channel: 'phone', topics: 'residence_law' });

  const pageHtml = (await b.get(companyUrl)).body;
  assert.match(pageHtml, /Petra Personal/);
  assert.match(pageHtml, /Fachkräfteeinwanderungsgesetz · Anerkennung ausländischer Abschlüsse/);
  assert.match(pageHtml, /IHK Pfalz/);
  // the occupations asked about with their ISCO-08 titles
  assert.match(pageHtml, /2142 Bauingenieur\/innen, 2144 /);
  assert.ok(pageHtml.indexOf('02.05.2026') < pageHtml.indexOf('10.04.2026'), 'newest consultation first');

  const [row] = await db.db.select().from(consultations).where(and(eq(consultations.companyId, companyId), eq(consultations.date, '2026-04-10')));
  assert.deepEqual(row!.topics, ['skilled_immigration', 'recognition']);
  assert.equal(row!.adviserUserId, adviser.userId);

  // edit: the form shows what was saved; the referrals change
  const edit = await b.get(`/consultations/${row!.id}/edit`);
  assert.match(edit.body, new RegExp(`name="partnerIds" value="${partnerIhk}" checked`));
  assert.match(edit.body, /value="2142, 2144"/);
  const saved = await b.submit(`/consultations/${row!.id}/edit`, `/consultations/${row!.id}/edit`, {
    date: '2026-04-10',
    kind: 'first',
    channel: 'video',
    durationMinutes: '45',
    topics: ['skilled_immigration', 'recognition'],
    partnerIds: [partnerIhk, partnerAbh],
    accessRoute: 'chamber',
    occupations: '2142, 2144',
    record: 'Zwei Bauingenieure aus Kolumbien.',
  });
  assert.equal(saved.statusCode, 303);
  assert.equal((await db.db.select().from(consultationReferrals).where(eq(consultationReferrals.consultationId, row!.id))).length, 2);
  const audit = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'consultation'), eq(auditLog.entityId, row!.id), eq(auditLog.action, 'update')));
  assert.equal(audit.length, 1);
  assert.ok('partnerIds' in (audit[0]!.changes as object));

  // company edit
  const editCompany = await b.submit(`${companyUrl}/edit`, `${companyUrl}/edit`, { name: 'Lautrer Laser AG', postcode: '67663', headcount: '300' });
  assert.equal(editCompany.statusCode, 303);
  const [c] = await db.db.select().from(companies).where(eq(companies.id, companyId));
  assert.deepEqual([c!.name, c!.sizeClass, c!.city], ['Lautrer Laser AG', 'large', null]);

  // delete: needs the confirmation box; then anonymised and gone from the pages
  const unconfirmed = await b.submit(companyUrl, `${companyUrl}/delete`, {});
  assert.equal(unconfirmed.statusCode, 400);
  assert.match(unconfirmed.body, /Bitte bestätigen Sie das Löschen\./);
  const deleted = await b.submit(companyUrl, `${companyUrl}/delete`, { confirm: 'yes' });
  assert.equal(deleted.statusCode, 303);
  assert.equal(deleted.headers.location, '/companies?done=deleted');
  assert.equal((await b.get(companyUrl)).statusCode, 404);
  const [anon] = await db.db.select().from(companies).where(eq(companies.id, companyId));
  assert.notEqual(anon!.anonymisedAt, null);
});

test('the list pages and filters; a bad filter names the field', async () => {
  const b = new Browser(app);
  await b.signIn('adviser@one.example');
  const filtered = await b.get('/companies?q=Firma%20B');
  assert.match(filtered.body, /Office One – Firma B/);
  assert.doesNotMatch(filtered.body, /Office One – Firma A/);
  const bad = await b.get('/companies?sizeClass=huge');
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /<a href="#sizeClass">Größenklasse: /);
  const en = await b.get('/companies', { 'accept-language': 'en' });
  assert.match(en.body, /Add a company/);
});

test('a company user reads only their own company, without the adviser forms', async () => {
  const b = new Browser(app);
  await b.signIn('staff@one.example');
  const list = await b.get('/companies');
  assert.equal(list.statusCode, 303);
  assert.equal(list.headers.location, `/companies/${t1.companyA}`);
  const own = await b.get(`/companies/${t1.companyA}`);
  assert.equal(own.statusCode, 200);
  assert.match(own.body, />Mein Unternehmen</);
  assert.doesNotMatch(own.body, /Beratung erfassen|Unternehmen löschen|\/edit"/);
  assert.equal((await b.get(`/companies/${t1.companyB}`)).statusCode, 404, 'another company does not exist for a company user');
  assert.equal((await b.get('/companies/new')).statusCode, 403);
  assert.equal((await b.get(`/companies/${t1.companyA}/edit`)).statusCode, 403);
  assert.equal((await b.get(`/companies/${t1.companyA}/consultations/new`)).statusCode, 403);
  const post = await b.submit('/account', `/companies/${t1.companyA}/edit`, { name: 'Renamed' });
  assert.equal(post.statusCode, 403);
  const del = await b.submit('/account', `/companies/${t1.companyA}/delete`, { confirm: 'yes' });
  assert.equal(del.statusCode, 403);
  const [a] = await db.db.select().from(companies).where(eq(companies.id, t1.companyA));
  assert.equal(a!.name, 'Office One – Firma A');
});

test('another tenant’s company and consultation answer 404; posts without the CSRF token 403', async () => {
  const b = new Browser(app);
  await b.signIn('adviser@one.example');
  for (const url of [`/companies/${t2.companyA}`, `/companies/${t2.companyA}/edit`, `/companies/${t2.companyA}/consultations/new`, `/consultations/${t2Consultation}/edit`, '/companies/not-a-uuid']) {
    const r = await b.get(url);
    assert.equal(r.statusCode, 404, url);
    // the bilingual HTML error page of the shell, never a bare JSON error
    assert.match(String(r.headers['content-type']), /^text\/html/, url);
    assert.match(r.body, /<html lang="de"/, url);
  }
  const csrf = csrfOf((await b.get('/companies/new')).body);
  const del = await b.post(`/companies/${t2.companyA}/delete`, [
    ['_csrf', csrf],
    ['confirm', 'yes'],
  ]);
  assert.equal(del.statusCode, 404);
  const noCsrf = await b.post('/companies', [['name', 'Sneaky GmbH']]);
  assert.equal(noCsrf.statusCode, 403);
  assert.match(String(noCsrf.headers['content-type']), /^text\/html/);
  const [two] = await db.db.select().from(companies).where(eq(companies.id, t2.companyA));
  assert.equal(two!.anonymisedAt, null);
});

test('search: the adviser finds a company by a misspelt name and a record by a word in it; company users may not', async () => {
  const b = new Browser(app);
  await b.signIn('adviser@one.example');
  await b.submit('/companies/new', '/companies', { name: 'Barbarossa Sensortechnik', postcode: '67655' });
  const [c] = await db.db.select().from(companies).where(eq(companies.name, 'Barbarossa Sensortechnik'));
  await recordConsultation(db.db, adviser, c!.id, { date: '2026-04-02', channel: 'phone', topics: ['recognition'], kind: 'first', record: 'Elektroingenieur aus Indien, Blaue Karte besprochen.' });
  const empty = await b.get('/search');
  assert.equal(empty.statusCode, 200);
  assert.match(empty.body, /<a[^>]*href="\/search"[^>]*>Suche<\/a>/);
  const byName = await b.get(`/search?q=${encodeURIComponent('Barbarosa')}`);
  assert.equal(byName.statusCode, 200);
  assert.match(byName.body, new RegExp(`<a href="/companies/${c!.id}">Barbarossa Sensortechnik</a>`));
  const byRecord = await b.get(`/search?q=${encodeURIComponent('Elektroingenieure Indien')}`);
  assert.match(byRecord.body, /Blaue Karte besprochen/);
  const bad = await b.get('/search?q=x');
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /<a href="#q">Suchbegriff: /);
  const staff = new Browser(app);
  await staff.signIn('staff@one.example');
  assert.equal((await staff.get('/search?q=Barbarossa')).statusCode, 403);
});

test('partners: an admin adds one (field errors first), it is offered in the consultation form; company users may not', async () => {
  // (the adviser's side, reading only, is in partners.test.ts: this file's sign-ins are near the rate limit)
  const b = new Browser(app);
  await b.signIn('admin@one.example');
  const bad = await b.submit('/partners', '/partners', { name: '', type: 'bank', email: 'nope' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /<a href="#name">Name: Bitte ausfüllen\.<\/a>/);
  assert.match(bad.body, /<a href="#type">Art: /);
  assert.match(bad.body, /<a href="#email">E-Mail: /);
  const ok = await b.submit('/partners', '/partners', { name: 'Handwerkskammer der Pfalz', type: 'hwk', email: 'info@hwk.example' });
  assert.equal(ok.statusCode, 303);
  const list = await b.get('/partners?done=added');
  assert.match(list.body, /Handwerkskammer der Pfalz/);
  assert.match(list.body, /Der Partner wurde hinzugefügt\./);
  const form = await b.get(`/companies/${t1.companyB}/consultations/new`);
  assert.match(form.body, /Handwerkskammer der Pfalz \(HWK\)/);
  const staff = new Browser(app);
  await staff.signIn('staff@one.example');
  assert.equal((await staff.get('/partners')).statusCode, 403);
});

test('contacts: the adviser edits one (field errors keep the values); company users and other tenants may not', async () => {
  const b = new Browser(app);
  await b.signIn('adviser@one.example');
  const companyUrl = `/companies/${t1.companyB}`;
  assert.equal((await b.submit(companyUrl, `${companyUrl}/contacts`, { name: 'Karl Kontakt', role: 'Inhaber' })).statusCode, 303);
  const pageHtml = (await b.get(companyUrl)).body;
  const m = /href="\/contacts\/([0-9a-f-]{36})\/edit"/.exec(pageHtml);
  assert.ok(m, 'edit link on the company page');
  const editUrl = `/contacts/${m[1]}/edit`;
  const form = await b.get(editUrl);
  assert.match(form.body, /value="Inhaber"/);
  const bad = await b.submit(editUrl, editUrl, { name: 'Karl Kontakt', role: 'Inhaber', email: 'karl(at)example' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /value="karl\(at\)example"/);
  const ok = await b.submit(editUrl, editUrl, { name: 'Karl Kontakt', role: 'Geschäftsführer', phone: '0631 12345' });
  assert.equal(ok.statusCode, 303);
  assert.match((await b.get(companyUrl)).body, /Karl Kontakt<\/strong>, Geschäftsführer/);
  const staff = new Browser(app);
  await staff.signIn('staff@one.example');
  assert.equal((await staff.get(editUrl)).statusCode, 404, 'a contact of another company does not exist for a company user');
});

test('participants: the company’s contact persons as checkboxes (a hint without any), kept on errors, shown in the history', async () => {
  const b = new Browser(app, '127.0.0.2');
  await b.signIn('adviser@one.example');
  const { id: companyId } = await createCompany(db.db, adviser, { name: 'Teilnahme Test GmbH' });
  const companyUrl = `/companies/${companyId}`;
  const newUrl = `${companyUrl}/consultations/new`;
  const empty = await b.get(newUrl);
  assert.match(empty.body, /Teilnehmende Ansprechpersonen/);
  assert.match(empty.body, new RegExp(`noch keine Ansprechperson erfasst\\. <a href="${companyUrl}">Ansprechperson auf der Unternehmensseite hinzufügen</a>`));
  assert.doesNotMatch(empty.body, /name="participantIds"/);

  const karla = (await createContact(db.db, adviser, companyId, { name: 'Karla Kern', role: 'Personalleitung' })).id;
  const jonas = (await createContact(db.db, adviser, companyId, { name: 'Jonas Jung' })).id;
  const form = await b.get(newUrl);
  assert.match(form.body, /<legend>Teilnehmende Ansprechpersonen<\/legend>/);
  assert.match(form.body, new RegExp(`type="checkbox" id="participantIds" name="participantIds" value="${jonas}"`));
  assert.match(form.body, /<label for="participantIds-[0-9a-f-]+">Karla Kern \(Personalleitung\)<\/label>/);
  assert.match(form.body, /<label for="otherParticipants">Weitere Teilnehmende/);

  // a field error elsewhere: the chosen participants and the number stay
  const bad = await b.submit(newUrl, newUrl, { date: '2026-04-10', kind: 'first', channel: 'event', participantIds: [karla], otherParticipants: '12' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, new RegExp(`name="participantIds" value="${karla}" checked`));
  assert.doesNotMatch(bad.body, new RegExp(`name="participantIds" value="${jonas}" checked`));
  assert.match(bad.body, /id="otherParticipants" name="otherParticipants" value="12"/);
  // a contact of another company is refused by field
  const [otherContact] = await db.db.select({ id: contacts.id }).from(contacts).where(eq(contacts.tenantId, t2.tenantId)).limit(1);
  const foreign = await b.submit(newUrl, newUrl, { date: '2026-04-10', kind: 'first', channel: 'event', topics: 'recognition', participantIds: [otherContact?.id ?? crypto.randomUUID()] });
  assert.equal(foreign.statusCode, 400);
  assert.match(foreign.body, /<a href="#participantIds">Teilnehmende Ansprechpersonen: /);
  const negative = await b.submit(newUrl, newUrl, { date: '2026-04-10', kind: 'first', channel: 'event', topics: 'recognition', otherParticipants: '-3' });
  assert.equal(negative.statusCode, 400);
  assert.match(negative.body, /<a href="#otherParticipants">Weitere Teilnehmende: /);

  const ok = await b.submit(newUrl, newUrl, { date: '2026-04-10', kind: 'first', channel: 'event', topics: 'recognition', participantIds: [karla, jonas], otherParticipants: '12' });
  assert.equal(ok.statusCode, 303);
  assert.match((await b.get(companyUrl)).body, /<dt>Teilnehmende<\/dt><dd>Jonas Jung, Karla Kern, 12 weitere Personen<\/dd>/);
  const [row] = await db.db.select().from(consultations).where(eq(consultations.companyId, companyId));
  const edit = await b.get(`/consultations/${row!.id}/edit`);
  assert.match(edit.body, new RegExp(`name="participantIds" value="${karla}" checked`));
  assert.match(edit.body, /id="otherParticipants" name="otherParticipants" value="12"/);

  // a removed contact person stays in the history, without a name
  const deleted = await b.submit(companyUrl, `/contacts/${jonas}/delete`, {});
  assert.equal(deleted.statusCode, 303);
  assert.match((await b.get(companyUrl)).body, /<dd>Karla Kern, gelöschte Person, 12 weitere Personen<\/dd>/);
  assert.match((await b.get(companyUrl, { 'accept-language': 'en' })).body, /<dt>Participants<\/dt><dd>Karla Kern, deleted person, 12 further persons<\/dd>/);
});

test('occupations by job title: resolved to their ISCO-08 code; an ambiguous one comes back with the groups it could mean', async () => {
  // an account and a client address of its own: the login throttle counts sign-ins per account and per address, and
  // the other tests of this file sign in often
  await makeUser(db.db, t1.tenantId, 'adviser', 'occupations@one.example', { name: 'Olga Berufe' });
  const b = await new Browser(app, '10.0.6.1').signIn('occupations@one.example');
  const form = `/companies/${t1.companyB}/consultations/new`;
  const base = { date: '2026-05-04', kind: 'first', channel: 'phone', topics: 'recognition' };
  const ambiguous = await b.submit(form, form, { ...base, occupations: 'Softwareentwickler, Elektroniker' });
  assert.equal(ambiguous.statusCode, 400);
  assert.match(ambiguous.body, /<a href="#occupations">Nachgefragte Berufe \(ISCO-08\): „Elektroniker“ passt zu mehreren ISCO-08-Gruppen: [^<]*7411 [^<]*7412 [^<]*7421 [^<]*\. Bitte den passenden Code angeben\.<\/a>/);
  assert.match(ambiguous.body, /value="Softwareentwickler, Elektroniker"/, 'the typed text is kept');
  const unknown = await b.submit(form, form, { ...base, occupations: 'Quantenfriseur' });
  assert.equal(unknown.statusCode, 400);
  assert.match(unknown.body, /„Quantenfriseur“ kennt Lotse nicht\. Bitte den ISCO-08-Code angeben\./);

  const saved = await b.submit(form, form, { ...base, occupations: 'Softwareentwickler, 7411', record: 'Berufe als Titel' });
  assert.equal(saved.statusCode, 303);
  const [row] = await db.db.select({ occupations: consultations.occupations }).from(consultations).where(eq(consultations.record, 'Berufe als Titel'));
  assert.deepEqual(row!.occupations, ['2512', '7411']);
  const page = await b.get(`/companies/${t1.companyB}`);
  assert.match(page.body, /2512 Softwareentwickler\/innen, 7411 /);
});
