// The public finder /anerkennung over HTTP (app.inject, no database, a fixed backend): the form, the result for an
// occupation and place, the choice for an umbrella occupation, bad parameters → 400 naming the field, English, and
// the htmx suggestions.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import pages from '../pages.ts';
import recognitionPages from './routes.ts';
import { FIXTURE_BACKEND } from './testing.ts';

let app: FastifyInstance;

before(async () => {
  app = Fastify();
  await app.register(cookie);
  await app.register(pages);
  await app.register(recognitionPages, { backend: FIXTURE_BACKEND, today: () => '2026-12-05' });
  await app.ready();
});

after(async () => {
  await app.close();
});

const get = (url: string, headers: Record<string, string> = { 'accept-language': 'de' }) => app.inject({ method: 'GET', url, headers });

test('GET /anerkennung shows the form: occupation search, Land, RLP places; no account needed', async () => {
  const res = await get('/anerkennung');
  assert.equal(res.statusCode, 200);
  const html = res.body;
  assert.match(html, /<html lang="de"/);
  assert.match(html, /<h1[^>]*>Anerkennung finden<\/h1>/);
  assert.match(html, /<label for="q">Beruf<\/label>/);
  assert.match(html, /<input type="search" id="q" name="q"/);
  assert.match(html, /hx-get="\/anerkennung\/berufe"/);
  assert.match(html, /<label for="land">Bundesland<\/label>/);
  assert.match(html, /<option value="DE-RP">Rheinland-Pfalz<\/option>/);
  assert.match(html, /<label for="ort">Landkreis oder kreisfreie Stadt<\/label>/);
  assert.match(html, /<option value="kaiserslautern-stadt">Kaiserslautern<\/option>/);
  assert.match(html, /<option value="kaiserslautern-kreis">Landkreis Kaiserslautern<\/option>/);
  // the navigation links here
  assert.match(html, /<a href="\/anerkennung" aria-current="page">Anerkennung<\/a>/);
});

test('without JavaScript: the search text gives a choice list of matches', async () => {
  const res = await get('/anerkennung?q=Elektroniker&land=DE-RP&ort=kaiserslautern-stadt');
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /<input type="radio" id="beruf-elektroniker-betriebstechnik" name="beruf" value="elektroniker-betriebstechnik"/);
  assert.match(res.body, /Berufe gefunden/);
  // the place stays chosen
  assert.match(res.body, /<option value="kaiserslautern-stadt" selected>/);
  assert.match(res.body, /<option value="DE-RP" selected>/);
});

test('an occupation and place give the result: body with address and web address, fees, deadlines, consequences', async () => {
  const res = await get('/anerkennung?beruf=elektroniker-betriebstechnik&land=DE-RP&ort=kaiserslautern-stadt');
  assert.equal(res.statusCode, 200);
  const html = res.body;
  assert.match(html, /<h2 id="result-heading">Ergebnis: Elektroniker\/in für Betriebstechnik<\/h2>/);
  assert.match(html, /Arbeitsort: Kaiserslautern, Rheinland-Pfalz/);
  assert.match(html, /IHK FOSA/);
  assert.match(html, /90443 Nürnberg/);
  assert.match(html, /<a href="https:\/\/www.ihk-fosa.de\/">www.ihk-fosa.de<\/a>/);
  assert.match(html, /100 bis 600 €/);
  assert.match(html, /Entscheidung in 3 Monaten/);
  assert.match(html, /Beschleunigtes Fachkräfteverfahren \(§ 81a AufenthG\)/);
  assert.match(html, /Online-Antrag:<\/strong> möglich/);
  assert.match(html, /§\u00a018a AufenthG/);
  assert.match(html, /Als Angestellte\/r arbeiten<\/dt><dd>frei – ohne Anerkennung erlaubt/);
  assert.match(html, /Anerkennungs-Finder/);
  // the result comes before the form (on a phone the answer is on the first screen)
  assert.ok(html.indexOf('result-heading') < html.indexOf('<form method="get" action="/anerkennung"'));
});

test('an unknown competent body says "ask the service office", never a guess', async () => {
  const res = await get('/anerkennung?beruf=elektroniker-betriebstechnik&land=DE-HB');
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /Bitte bei der Servicestelle erfragen/);
  assert.doesNotMatch(res.body, /Nürnberg/);
});

test('an umbrella occupation lists the reference occupations as links', async () => {
  const res = await get('/anerkennung?beruf=elektroniker&land=DE-RP&ort=kaiserslautern-stadt');
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /Welcher Beruf genau\?/);
  assert.match(res.body, /<a href="\/anerkennung\?beruf=elektroniker&amp;referenz=elektroniker-betriebstechnik&amp;land=DE-RP&amp;ort=kaiserslautern-stadt">Elektroniker\/in für Betriebstechnik<\/a>/);
  assert.match(res.body, /referenz=elektroniker-energie-gebaeudetechnik/);
});

test('bad parameters: 400 with the form and an error summary naming the field, never a 500', async () => {
  const cases: Array<[string, RegExp, string]> = [
    ['/anerkennung?beruf=no-such-job', /Beruf: Diesen Beruf kennt Lotse nicht/, '#q'],
    ['/anerkennung?beruf=elektroniker-betriebstechnik&land=DE-XX', /Bundesland: Bitte wählen Sie ein deutsches Bundesland/, '#land'],
    ['/anerkennung?beruf=elektroniker-betriebstechnik&land=DE-RP&ort=atlantis', /Landkreis oder kreisfreie Stadt: Bitte wählen Sie einen Landkreis/, '#ort'],
    ['/anerkennung?beruf=elektroniker-betriebstechnik&ort=atlantis', /Landkreis oder kreisfreie Stadt: Bitte wählen Sie einen Landkreis/, '#ort'],
    ['/anerkennung?beruf=a&beruf=b', /Beruf: Bitte geben Sie nur einen Wert an/, '#q'],
    ['/anerkennung?beruf=elektroniker&referenz=no-such-reference', /Beruf: Diesen Referenzberuf kennt Lotse nicht/, '#q'],
    ['/anerkennung?beruf=elektroniker&referenz=%3Cscript%3E', /Beruf: Diesen Referenzberuf kennt Lotse nicht/, '#q'],
  ];
  for (const [url, message, anchor] of cases) {
    const res = await get(url);
    assert.equal(res.statusCode, 400, url);
    assert.match(res.body, /<div class="error-summary"/, url);
    assert.match(res.body, message, url);
    assert.ok(res.body.includes(`<a href="${anchor}">`), `${url}: the summary links to ${anchor}`);
    assert.match(res.body, /<title>Fehler: /, url);
    assert.doesNotMatch(res.body, /id="result-heading"/, `${url}: no result`);
    assert.doesNotMatch(res.body, /<script>/, url);
  }
});

test('a place left selected for another Land is ignored; a place without its Land gives the Land', async () => {
  const res = await get('/anerkennung?beruf=elektroniker-betriebstechnik&land=DE-BY&ort=mainz');
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /Arbeitsort: Bayern/);
  const noLand = await get('/anerkennung?beruf=elektroniker-betriebstechnik&ort=mainz');
  assert.equal(noLand.statusCode, 200);
  assert.match(noLand.body, /Arbeitsort: Mainz, Rheinland-Pfalz/);
});

test('English: ?lang=en', async () => {
  const res = await get('/anerkennung?beruf=elektroniker-betriebstechnik&land=DE-RP&ort=kaiserslautern-stadt&lang=en', {});
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /<html lang="en"/);
  assert.match(res.body, /<h1[^>]*>Find recognition<\/h1>/);
  assert.match(res.body, /Result: Industrial electronics technician/);
  assert.match(res.body, /Place of work: Kaiserslautern, Rhineland-Palatinate/);
  assert.match(res.body, /€100 to €600/);
  const bad = await get('/anerkennung?land=XX&lang=en', {});
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /Federal state: Please choose a German federal state from the list\./);
});

test('GET /anerkennung/berufe?q= gives the matches as radio buttons for htmx', async () => {
  const res = await get('/anerkennung/berufe?q=Elektroniker');
  assert.equal(res.statusCode, 200);
  assert.doesNotMatch(res.body, /<!doctype/i);
  assert.match(res.body, /name="beruf" value="elektroniker-betriebstechnik"/);
  assert.match(res.body, /<p id="beruf-status" hx-swap-oob="innerHTML">\d+ Berufe gefunden<\/p>/);
  const none = await get('/anerkennung/berufe?q=xyzxyzxyz');
  assert.match(none.body, /hat Lotse keinen Beruf gefunden/);
});
