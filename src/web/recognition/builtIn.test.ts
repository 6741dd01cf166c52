// The finder page on the built-in data (issue 16's finder table, as the page shows it): who decides for the
// Elektroniker variants in Kaiserslautern, the engineer title in Mainz, a regulated health profession, and "ask the
// service office" where the data has no body, never a guess.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import pages from '../pages.ts';
import recognitionPages from './routes.ts';
import { BUILT_IN_FINDER } from './backend.ts';

let app: FastifyInstance;

before(async () => {
  app = Fastify();
  await app.register(cookie);
  await app.register(pages);
  await app.register(recognitionPages, { backend: BUILT_IN_FINDER, today: () => '2026-12-05' });
  await app.ready();
});
after(async () => {
  await app.close();
});

/** The answer at a glance (the first summary list of the result), as text. */
async function glance(url: string): Promise<string> {
  const res = await app.inject({ url, headers: { 'accept-language': 'de' } });
  assert.equal(res.statusCode, 200, url);
  const m = /<dl class="summary-list finder-glance"[\s\S]*?<\/dl>/.exec(res.body);
  assert.ok(m, `${url}: the answer at a glance`);
  return m[0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

test('Elektroniker/in für Betriebstechnik, Kaiserslautern: IHK FOSA, fees and the 3-month decision', async () => {
  const g = await glance('/anerkennung?beruf=elektroniker-betriebstechnik&land=DE-RP&ort=kaiserslautern-stadt');
  assert.match(g, /IHK FOSA/);
  assert.match(g, /€/);
  assert.match(g, /3 Monaten/);
  assert.match(g, /§ 81a/);
  // the residence line names each route in words with its section, for a reader without legal knowledge
  assert.match(g, /Volle Gleichwertigkeit: Fachkraft mit Berufsausbildung, § 18a/);
  assert.match(g, /Qualifizierungsmaßnahme, § 16d Abs\. 1; Anerkennungspartnerschaft, § 16d Abs\. 3/);
});

test('Elektroniker/in für Energie- und Gebäudetechnik, Kaiserslautern: the Handwerkskammer der Pfalz', async () => {
  const g = await glance('/anerkennung?beruf=elektroniker-energie-gebaeudetechnik&land=DE-RP&ort=kaiserslautern-stadt');
  assert.match(g, /Handwerkskammer der Pfalz/);
  assert.match(g, /Für die Arbeit als Angestellte\/r nein; nötig für Selbstständigkeit/);
});

test('the Handwerk variant without a place in RLP asks for the place, not for a guess', async () => {
  const g = await glance('/anerkennung?beruf=elektroniker-energie-gebaeudetechnik&land=DE-RP');
  assert.match(g, /Hängt vom Landkreis oder der Stadt ab/);
  assert.doesNotMatch(g, /Handwerkskammer der Pfalz/);
});

test('Bauingenieur/in, Mainz: the work is free, the title needs the Ingenieurkammer Rheinland-Pfalz', async () => {
  const g = await glance('/anerkennung?beruf=bauingenieur&land=DE-RP&ort=mainz');
  assert.match(g, /Für die Arbeit als Angestellte\/r nein; nötig für die geschützte Berufsbezeichnung/);
  assert.match(g, /Ingenieurkammer Rheinland-Pfalz/);
});

test('a regulated health profession names the Land authority', async () => {
  const g = await glance('/anerkennung?beruf=pflegefachkraft&land=DE-RP&ort=trier');
  assert.match(g, /Ja – ohne Anerkennung darf die Person in diesem Beruf nicht arbeiten/);
  assert.match(g, /Landesamt/);
});

test('a Land without data: "Bitte bei der Servicestelle erfragen"', async () => {
  const g = await glance('/anerkennung?beruf=elektroniker-energie-gebaeudetechnik&land=DE-HB');
  assert.match(g, /Bitte bei der Servicestelle erfragen/);
});
