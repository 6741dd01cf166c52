import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import cookie from '@fastify/cookie';
import pages, { acceptsGzip, isApiPath } from './pages.ts';
import { languageSwitchHref, safeLocalPath } from './urls.ts';
import { HOSTILE_TARGETS, assertSameOriginPath } from './testing/hostileRedirects.ts';

const require = createRequire(import.meta.url);
const HTMX_SOURCE = readFileSync(require.resolve('htmx.org/dist/htmx.min.js'));
const HTMX_VERSION = (JSON.parse(readFileSync(require.resolve('htmx.org/package.json'), 'utf8')) as { version: string }).version;

interface LogLine {
  level: number;
  msg?: string;
  reqId?: string;
  err?: { message?: string; stack?: string };
}

let app: FastifyInstance;
const logs: LogLine[] = [];
let requestCounter = 0;

async function buildApp(): Promise<FastifyInstance> {
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const instance = Fastify({
    logger: { level: 'info', stream },
    genReqId: () => `test-req-${++requestCounter}`,
  });
  await instance.register(cookie);
  await instance.register(pages);

  instance.get('/boom', async () => {
    throw new Error('secret database password xyz');
  });
  instance.get('/bad-form', async () => {
    throw Object.assign(new Error('field "salary" secret detail'), { statusCode: 400 });
  });
  instance.get('/slow-down', async () => {
    throw Object.assign(new Error('rate limited'), { statusCode: 429, headers: { 'retry-after': '30' } });
  });
  instance.get('/weird-status', async () => {
    throw Object.assign(new Error('upstream secret'), { statusCode: 502 });
  });
  instance.get('/api/boom', async () => {
    throw new Error('api secret stack');
  });
  // a route in an encapsulated plugin still gets the shell's error page
  await instance.register(async (child) => {
    child.get('/child/boom', async () => {
      throw new TypeError('child secret');
    });
  });
  await instance.ready();
  return instance;
}

before(async () => {
  app = await buildApp();
});
after(async () => {
  await app.close();
});

function get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url, headers });
}

/** Decodes the few entities preact-render-to-string emits in attribute values. */
function unescapeAttr(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The opening tag of the language-switch link for `lang`. */
function switchLink(html: string, lang: 'de' | 'en'): string {
  const tag = html.match(new RegExp(`<a href="/lang/${lang}\\?back=[^"]*"[^>]*>`))?.[0];
  assert.ok(tag, `no language switch link for ${lang}`);
  return tag;
}

function hrefOf(tag: string): string {
  const m = /href="([^"]*)"/.exec(tag);
  assert.ok(m);
  return unescapeAttr(m[1]!);
}

describe('language', () => {
  it('is German by default', async () => {
    const res = await get('/');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(res.headers['content-language'], 'de');
    assert.match(res.body, /^<!doctype html>\n<html lang="de"/);
    assert.match(res.body, /<h1>Internationale Fachkräfte einstellen – Schritt für Schritt<\/h1>/);
    assert.match(res.body, /Lotse gibt Informationen, keine Rechtsberatung; es entscheiden die Behörden\./);
    assert.match(String(res.headers.vary), /Accept-Language/);
    assert.match(String(res.headers.vary), /Cookie/);
  });

  it('follows Accept-Language on the first visit', async () => {
    const en = await get('/', { 'accept-language': 'en' });
    assert.match(en.body, /^<!doctype html>\n<html lang="en"/);
    assert.match(en.body, /<h1>Hiring international professionals – step by step<\/h1>/);
    assert.match(en.body, /Lotse gives information, not legal advice; the authorities decide\./);
    assert.equal(en.headers['content-language'], 'en');

    assert.match((await get('/', { 'accept-language': 'de-AT,de;q=0.9' })).body, /<html lang="de"/);
    assert.match((await get('/', { 'accept-language': 'fr-FR' })).body, /<html lang="de"/);
    assert.match((await get('/', { 'accept-language': 'fr-FR, en;q=0.5, de;q=0.4' })).body, /<html lang="en"/);
  });

  it('marks the current language in the switch, with lang and hreflang', async () => {
    const res = await get('/about', { 'accept-language': 'en' });
    const de = switchLink(res.body, 'de');
    const en = switchLink(res.body, 'en');
    assert.match(en, /aria-current="true"/);
    assert.doesNotMatch(de, /aria-current/);
    assert.match(de, /hreflang="de"/);
    assert.match(de, /lang="de"/);
    assert.match(en, /hreflang="en"/);
    assert.match(res.body, /<a href="\/lang\/de\?back=[^"]*"[^>]*>Deutsch<\/a>/);
    assert.match(res.body, /<a href="\/lang\/en\?back=[^"]*"[^>]*>English<\/a>/);
  });

  it('keeps path and query in the switch link, without a lang parameter', async () => {
    const res = await get('/about?step=2&name=M%C3%BCller&lang=de');
    const href = hrefOf(switchLink(res.body, 'en'));
    const url = new URL(href, 'http://x');
    assert.equal(url.pathname, '/lang/en');
    assert.equal(url.searchParams.get('back'), '/about?step=2&name=M%C3%BCller');
  });

  it('switches: sets the cookie for a year and redirects back with 303', async () => {
    const res = await get('/lang/en?back=/about');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/about');
    assert.equal(res.headers['cache-control'], 'no-store');
    const setCookie = String(res.headers['set-cookie']);
    assert.match(setCookie, /^lang=en;/);
    assert.match(setCookie, /Max-Age=31536000/);
    assert.match(setCookie, /Path=\//);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Lax/);
    assert.doesNotMatch(setCookie, /Secure/, 'plain HTTP: no Secure flag');
    const c = res.cookies.find((x) => x.name === 'lang');
    assert.equal(c?.value, 'en');

    const next = await get('/about', { cookie: 'lang=en', 'accept-language': 'de' });
    assert.match(next.body, /<html lang="en"/);
    assert.match(next.body, /<h1>About Lotse<\/h1>/);
  });

  it('follows a switch link from a page round trip', async () => {
    const page = await get('/about?x=1', { 'accept-language': 'de' });
    const res = await get(hrefOf(switchLink(page.body, 'en')));
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/about?x=1');
    const back = await get(String(res.headers.location), { cookie: `lang=${res.cookies[0]?.value}`, 'accept-language': 'de' });
    assert.match(back.body, /<html lang="en"/);
  });

  it('lets the cookie beat Accept-Language and ?lang= beat the cookie', async () => {
    const de = await get('/lang/de');
    assert.equal(de.headers.location, '/');
    assert.match(String(de.headers['set-cookie']), /^lang=de;/);
    assert.match((await get('/', { cookie: 'lang=de', 'accept-language': 'en' })).body, /<html lang="de"/);
    assert.match((await get('/?lang=en', { cookie: 'lang=de' })).body, /<html lang="en"/);
    assert.match((await get('/?lang=xx', { cookie: 'lang=en' })).body, /<html lang="en"/);
    assert.match((await get('/', { cookie: 'lang=<script>' })).body, /<html lang="de"/);
  });

  it('answers an unknown language with 404 and no cookie', async () => {
    const res = await get('/lang/fr?back=/about');
    assert.equal(res.statusCode, 404);
    assert.equal(res.headers['set-cookie'], undefined);
  });

  it('sets the Secure flag behind HTTPS', async () => {
    const secureApp = Fastify({ trustProxy: true });
    await secureApp.register(cookie);
    await secureApp.register(pages);
    const res = await secureApp.inject({ url: '/lang/en', headers: { 'x-forwarded-proto': 'https' } });
    assert.match(String(res.headers['set-cookie']), /Secure/);
    await secureApp.close();
  });
});

describe('open redirects', () => {
  const attacks = [
    'https://evil.example/',
    'http://evil.example',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    ' /evil',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'evil.example',
    '',
    '/lang/de?back=//evil.example',
    '/\r\nSet-Cookie: x=1',
    `/${'a'.repeat(3000)}`,
  ];

  for (const back of attacks) {
    it(`lands on / for back=${JSON.stringify(back.slice(0, 40))}`, async () => {
      const res = await get(`/lang/en?back=${encodeURIComponent(back)}`);
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/');
      assert.equal(safeLocalPath(back), '/');
    });
  }

  it('lands on / for a repeated or missing back parameter', async () => {
    assert.equal((await get('/lang/en?back=/about&back=//evil.example')).headers.location, '/');
    assert.equal((await get('/lang/en')).headers.location, '/');
  });

  // Issue 10: the check looked at the raw string but returned the normalised path, so `/..//evil.example` became
  // `//evil.example`. Every result must be checked after normalisation.
  it('safeLocalPath never returns anything but a same-origin path, for every hostile target', () => {
    for (const target of HOSTILE_TARGETS) {
      assertSameOriginPath(safeLocalPath(target), `safeLocalPath(${JSON.stringify(target.slice(0, 40))})`);
      assertSameOriginPath(safeLocalPath(target.toUpperCase()), `safeLocalPath(${JSON.stringify(target.slice(0, 40).toUpperCase())})`);
    }
    assert.equal(safeLocalPath('/..//evil.example'), '/');
    assert.equal(safeLocalPath('/.//evil.example'), '/');
  });

  it('the language switch answers a same-origin Location for every hostile back', async () => {
    for (const target of HOSTILE_TARGETS) {
      const res = await get(`/lang/en?back=${encodeURIComponent(target)}`);
      assert.equal(res.statusCode, 303, JSON.stringify(target));
      assertSameOriginPath(res.headers.location, `back=${JSON.stringify(target.slice(0, 40))}`);
    }
  });

  it('keeps ordinary local paths, normalised and without lang', () => {
    assert.equal(safeLocalPath('/about'), '/about');
    assert.equal(safeLocalPath('/check?a=1&b=2'), '/check?a=1&b=2');
    assert.equal(safeLocalPath('/check?lang=de&a=1'), '/check?a=1');
    assert.equal(safeLocalPath('/about#office'), '/about#office');
    assert.equal(safeLocalPath('/a/../about'), '/about');
    assert.equal(safeLocalPath('/fälle'), '/f%C3%A4lle');
    assert.equal(safeLocalPath(undefined), '/');
    assert.equal(safeLocalPath(['/about']), '/');
    assert.equal(languageSwitchHref('en', '/about?x=1'), '/lang/en?back=%2Fabout%3Fx%3D1');
    assert.equal(languageSwitchHref('de', '//evil.example'), '/lang/de?back=%2F');
  });
});

describe('layout', () => {
  it('has skip link, landmarks, navigation and assets', async () => {
    const html = (await get('/about')).body;
    assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1"\/>/);
    assert.match(html, /<title>Über Lotse – Lotse<\/title>/);
    assert.match(html, /<body><a class="skip-link" href="#main">Zum Inhalt springen<\/a>/);
    assert.match(html, /<header class="site-header">/);
    assert.match(html, /<nav class="main-nav" aria-label="Hauptnavigation">/);
    assert.match(html, /<nav class="lang-switch" aria-label="Sprache">/);
    assert.match(html, /<main id="main" tabindex="-1"/);
    assert.match(html, /<footer class="site-footer">/);
    assert.match(html, /<a href="\/about" aria-current="page">Über Lotse<\/a>/);
    assert.match(html, /<a href="\/check">Prüfung<\/a>/);
    assert.match(html, /<a href="\/">Start<\/a>/);
    assert.match(html, /<link rel="stylesheet" href="\/static\/css\/lotse\.css\?v=[0-9a-f]{12}"\/>/);
    assert.match(html, new RegExp(`<script src="/static/vendor/htmx\\.min\\.js\\?v=${HTMX_VERSION.replace(/\./g, '\\.')}" defer></script>`));
    assert.match(html, /<svg class="brand-mark"[^>]*aria-hidden="true"/);
  });

  it('home page has the four entries, the steps and the advisers note', async () => {
    const html = (await get('/')).body;
    assert.match(html, /<a class="button" href="\/check">Prüfung starten<\/a>/);
    assert.match(html, /<a class="card-link" href="\/anerkennung">Anerkennung <span class="nowrap">finden/);
    assert.match(html, /<a class="card-link" href="\/check">Mit der Prüfung <span class="nowrap">beginnen/);
    assert.match(html, /<a class="card-link" href="\/about#office">Mehr über die <span class="nowrap">Servicestelle/);
    assert.match(html, /<h2 id="how-heading">So funktioniert es<\/h2><ol class="steps"/);
    assert.equal((html.match(/<h3 class="step-title">/g) ?? []).length, 3);
    assert.match(html, /<a class="card-link" href="\/login"><span class="nowrap">Anmelden/);
  });

  it('about page covers the office, open source, data protection and the disclaimer', async () => {
    const html = (await get('/about', { 'accept-language': 'en' })).body;
    for (const id of ['office', 'open-source', 'privacy', 'disclaimer']) assert.match(html, new RegExp(`<h2 id="${id}"`));
    assert.match(html, /AGPL-3\.0-or-later/);
  });

  const pagesToCheck = ['/', '/about', '/does-not-exist', '/boom', '/bad-form', '/lang/xx'];
  for (const lang of ['de', 'en']) {
    for (const url of pagesToCheck) {
      it(`${url} (${lang}) has no inline script, no inline style, no event handler attribute`, async () => {
        const html = (await get(url, { 'accept-language': lang })).body;
        assert.match(html, /^<!doctype html>/);
        const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
        assert.ok(scripts.length >= 1);
        for (const [, attrs, body] of scripts) {
          assert.match(attrs!, /\ssrc="\/static\//, 'every script is external and local');
          assert.equal(body, '', 'no inline script body');
        }
        assert.doesNotMatch(html, /<style[\s>]/i);
        assert.doesNotMatch(html, /\sstyle\s*=/i);
        assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
        assert.doesNotMatch(html, /javascript:/i);
      });
    }
  }
});

describe('error pages', () => {
  it('404 in German', async () => {
    const res = await get('/gibt-es-nicht?x=1');
    assert.equal(res.statusCode, 404);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(res.body, /<html lang="de"/);
    assert.match(res.body, /<h1>Seite nicht gefunden<\/h1>/);
    assert.match(res.body, /<a class="button" href="\/">Zur Startseite<\/a>/);
    // the language switch keeps the missing page, so it can be read in the other language
    assert.equal(new URL(hrefOf(switchLink(res.body, 'en')), 'http://x').searchParams.get('back'), '/gibt-es-nicht?x=1');
  });

  it('404 in English', async () => {
    const res = await get('/nope', { 'accept-language': 'en-US' });
    assert.equal(res.statusCode, 404);
    assert.match(res.body, /<html lang="en"/);
    assert.match(res.body, /<h1>Page not found<\/h1>/);
    assert.match(res.body, /Go to the home page/);
  });

  it('404 for a missing static file is the page too', async () => {
    const res = await get('/static/css/missing.css');
    assert.equal(res.statusCode, 404);
    assert.match(res.body, /Seite nicht gefunden/);
  });

  it('404 under /api/ is a problem document', async () => {
    const res = await get('/api/v1/nothing-here', { accept: 'text/html' });
    assert.equal(res.statusCode, 404);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
    const body = res.json() as Record<string, unknown>;
    assert.equal(body.type, 'about:blank');
    assert.equal(body.title, 'Not Found');
    assert.equal(body.status, 404);
    assert.equal(isApiPath('/api'), true);
    assert.equal(isApiPath('/api?x'), true);
    assert.equal(isApiPath('/apiary'), false);
  });

  for (const lang of ['de', 'en'] as const) {
    it(`500 (${lang}) shows the request id and nothing of the error`, async () => {
      const before = logs.length;
      const res = await get('/boom', { 'accept-language': lang });
      assert.equal(res.statusCode, 500);
      assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
      assert.equal(res.headers['cache-control'], 'no-store');
      assert.match(res.body, new RegExp(`<html lang="${lang}"`));
      assert.match(res.body, lang === 'de' ? /<h1>Es ist ein Fehler aufgetreten<\/h1>/ : /<h1>Something went wrong<\/h1>/);
      const id = /<code>(test-req-\d+)<\/code>/.exec(res.body)?.[1];
      assert.ok(id, 'request id shown');
      assert.doesNotMatch(res.body, /secret|password|xyz/i);
      assert.doesNotMatch(res.body, /\bat [\w.<>]+ \(|pages\.test\.ts|node:internal|Error:/);
      const logged = logs.slice(before).find((l) => l.level === 50 && l.reqId === id);
      assert.ok(logged, 'error logged at level error with the request id');
      assert.equal(logged.err?.message, 'secret database password xyz');
    });
  }

  it('500 for an error in an encapsulated plugin too', async () => {
    const res = await get('/child/boom');
    assert.equal(res.statusCode, 500);
    assert.doesNotMatch(res.body, /child secret|TypeError/);
    assert.match(res.body, /<code>test-req-\d+<\/code>/);
  });

  it('keeps a 4xx status, without echoing the message', async () => {
    const res = await get('/bad-form');
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<h1>Die Anfrage konnte nicht verarbeitet werden<\/h1>/);
    assert.doesNotMatch(res.body, /salary|secret/);
    const limited = await get('/slow-down', { 'accept-language': 'en' });
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.headers['retry-after'], '30');
    assert.match(limited.body, /<h1>Too many requests<\/h1>/);
  });

  it('turns other 5xx errors into 500', async () => {
    const res = await get('/weird-status');
    assert.equal(res.statusCode, 500);
    assert.doesNotMatch(res.body, /upstream|secret/);
  });

  it('answers errors under /api/ with a problem document without internals', async () => {
    const res = await get('/api/boom');
    assert.equal(res.statusCode, 500);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
    const body = res.json() as Record<string, unknown>;
    assert.equal(body.status, 500);
    assert.equal(body.title, 'Internal Server Error');
    assert.doesNotMatch(res.body, /secret|stack/);
    assert.match(String(body.instance), /^test-req-\d+$/);
  });
});

describe('static files', () => {
  it('serves htmx 2.0.x from node_modules with long caching', async () => {
    const res = await get('/static/vendor/htmx.min.js');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/javascript/);
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(HTMX_VERSION, /^2\.0\.\d+$/);
    assert.ok(res.rawPayload.equals(HTMX_SOURCE));
    assert.match(res.body, /version:"2\.0\.\d+"/);
    assert.match(String(res.headers.vary), /Accept-Encoding/);

    const etag = String(res.headers.etag);
    const cached = await get('/static/vendor/htmx.min.js?v=2', { 'if-none-match': etag });
    assert.equal(cached.statusCode, 304);
    assert.equal(cached.body, '');
  });

  it('serves the package gzip file to clients that accept it', async () => {
    const res = await get('/static/vendor/htmx.min.js', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-encoding'], 'gzip');
    assert.ok(gunzipSync(res.rawPayload).equals(HTMX_SOURCE));
    assert.notEqual(res.headers.etag, (await get('/static/vendor/htmx.min.js')).headers.etag);
    const refused = await get('/static/vendor/htmx.min.js', { 'accept-encoding': 'gzip;q=0, br' });
    assert.equal(refused.headers['content-encoding'], undefined);
    assert.equal(acceptsGzip('*'), true);
    assert.equal(acceptsGzip('identity'), false);
    assert.equal(acceptsGzip(undefined), false);
  });

  it('serves the stylesheet linked by the pages, long-cached when versioned', async () => {
    const html = (await get('/')).body;
    const href = unescapeAttr(/<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!);
    const css = await get(href);
    assert.equal(css.statusCode, 200);
    assert.match(String(css.headers['content-type']), /^text\/css/);
    assert.equal(css.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(css.body, /:focus-visible/);
    assert.match(css.body, /@media print/);
    assert.match(css.body, /prefers-reduced-motion/);
    assert.doesNotMatch(css.body, /@import|https?:\/\//, 'no external resources');

    const plain = await get('/static/css/lotse.css');
    assert.equal(plain.headers['cache-control'], 'public, max-age=3600');
    assert.ok(plain.headers.etag);
  });

  it('serves the icon, and nothing outside the static directory', async () => {
    const icon = await get('/static/img/lotse-mark.svg');
    assert.equal(icon.statusCode, 200);
    assert.match(String(icon.headers['content-type']), /^image\/svg\+xml/);
    for (const url of ['/static/../pages.ts', '/static/%2e%2e/pages.ts', '/static/..%2fpages.ts', '/static/', '/static/css/']) {
      const res = await get(url);
      assert.equal(res.statusCode, 404, url);
      assert.doesNotMatch(res.body, /export default async function pages/);
    }
  });
});
