import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { langFromAcceptLanguage, langFromTag, negotiateLang } from './negotiate.ts';
import { t } from './index.ts';
import { de } from './de.ts';
import { en } from './en.ts';

describe('langFromTag', () => {
  it('accepts supported primary subtags in any case and with regions', () => {
    assert.equal(langFromTag('de'), 'de');
    assert.equal(langFromTag('EN'), 'en');
    assert.equal(langFromTag('de-AT'), 'de');
    assert.equal(langFromTag('de-CH'), 'de');
    assert.equal(langFromTag('en-GB'), 'en');
    assert.equal(langFromTag('en_US'), 'en');
    assert.equal(langFromTag(' en '), 'en');
  });
  it('rejects other languages, junk and non-strings', () => {
    assert.equal(langFromTag('fr'), null);
    assert.equal(langFromTag('deu'), null);
    assert.equal(langFromTag('english'), null);
    assert.equal(langFromTag(''), null);
    assert.equal(langFromTag('de;en'), null);
    assert.equal(langFromTag('<script>'), null);
    assert.equal(langFromTag(undefined), null);
    assert.equal(langFromTag(42), null);
    assert.equal(langFromTag({ lang: 'en' }), null);
  });
  it('takes the first element of a repeated parameter', () => {
    assert.equal(langFromTag(['en', 'de']), 'en');
    assert.equal(langFromTag(['xx', 'en']), null);
    assert.equal(langFromTag([]), null);
  });
});

describe('langFromAcceptLanguage', () => {
  it('picks the supported language with the highest q-value', () => {
    assert.equal(langFromAcceptLanguage('en'), 'en');
    assert.equal(langFromAcceptLanguage('de'), 'de');
    assert.equal(langFromAcceptLanguage('de-AT'), 'de');
    assert.equal(langFromAcceptLanguage('en-US,en;q=0.9,de;q=0.8'), 'en');
    assert.equal(langFromAcceptLanguage('de;q=0.3, en;q=0.9'), 'en');
    assert.equal(langFromAcceptLanguage('en;q=0.3, de-DE;q=0.9'), 'de');
    assert.equal(langFromAcceptLanguage('fr-FR, fr;q=0.9, en;q=0.8, de;q=0.7'), 'en');
    assert.equal(langFromAcceptLanguage('en;Q=0.5, de;q=0.4'), 'en');
  });
  it('keeps header order for equal weights', () => {
    assert.equal(langFromAcceptLanguage('en, de'), 'en');
    assert.equal(langFromAcceptLanguage('de, en'), 'de');
    assert.equal(langFromAcceptLanguage('en;q=0.5, de;q=0.500'), 'en');
  });
  it('treats q=0 as not acceptable', () => {
    assert.equal(langFromAcceptLanguage('en;q=0, de;q=0.1'), 'de');
    assert.equal(langFromAcceptLanguage('de;q=0.000, en;q=0.2'), 'en');
    assert.equal(langFromAcceptLanguage('en;q=0'), null);
  });
  it('ignores entries with malformed weights', () => {
    assert.equal(langFromAcceptLanguage('de;q=2, en;q=0.5'), 'en');
    assert.equal(langFromAcceptLanguage('de;q=abc, en;q=0.1'), 'en');
    assert.equal(langFromAcceptLanguage('de;q=0.1234, en;q=0.1'), 'en');
  });
  it('maps the wildcard to German', () => {
    assert.equal(langFromAcceptLanguage('*'), 'de');
    assert.equal(langFromAcceptLanguage('fr, *;q=0.5'), 'de');
    assert.equal(langFromAcceptLanguage('en;q=0.4, *;q=0.5'), 'de');
  });
  it('returns null when nothing supported is named', () => {
    assert.equal(langFromAcceptLanguage(undefined), null);
    assert.equal(langFromAcceptLanguage(''), null);
    assert.equal(langFromAcceptLanguage('   '), null);
    assert.equal(langFromAcceptLanguage('fr, es;q=0.8'), null);
    assert.equal(langFromAcceptLanguage(',,,;;;'), null);
  });
  it('accepts a header given as a list', () => {
    assert.equal(langFromAcceptLanguage(['fr', 'en;q=0.5']), 'en');
  });
  it('stays bounded on a huge header', () => {
    const huge = 'fr;q=0.9,'.repeat(100_000) + 'en';
    const started = process.hrtime.bigint();
    assert.equal(langFromAcceptLanguage(huge), null);
    assert.ok(process.hrtime.bigint() - started < 50_000_000n, 'took more than 50 ms');
  });
});

describe('negotiateLang', () => {
  it('defaults to German', () => {
    assert.equal(negotiateLang({}), 'de');
    assert.equal(negotiateLang({ acceptLanguage: 'fr, es' }), 'de');
  });
  it('uses Accept-Language when there is no explicit choice', () => {
    assert.equal(negotiateLang({ acceptLanguage: 'en-GB,en;q=0.9' }), 'en');
  });
  it('prefers the cookie to Accept-Language', () => {
    assert.equal(negotiateLang({ cookie: 'de', acceptLanguage: 'en' }), 'de');
    assert.equal(negotiateLang({ cookie: 'en', acceptLanguage: 'de' }), 'en');
  });
  it('prefers the query to the cookie', () => {
    assert.equal(negotiateLang({ query: 'en', cookie: 'de', acceptLanguage: 'de' }), 'en');
    assert.equal(negotiateLang({ query: 'de', cookie: 'en', acceptLanguage: 'en' }), 'de');
  });
  it('falls through invalid explicit values', () => {
    assert.equal(negotiateLang({ query: 'xx', cookie: 'en' }), 'en');
    assert.equal(negotiateLang({ query: 'xx', cookie: 'garbage', acceptLanguage: 'en' }), 'en');
    assert.equal(negotiateLang({ query: '', cookie: '', acceptLanguage: 'fr' }), 'de');
  });
});

describe('catalogues', () => {
  it('t() returns the catalogue of each language', () => {
    assert.equal(t('de'), de);
    assert.equal(t('en'), en);
    assert.equal(t('de').layout.disclaimer, 'Lotse gibt Informationen, keine Rechtsberatung; es entscheiden die Behörden.');
    assert.equal(t('en').layout.disclaimer, 'Lotse gives information, not legal advice; the authorities decide.');
  });
  it('have the same shape, and list lengths match', () => {
    const shape = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(shape);
      if (typeof v === 'function') return `fn/${v.length}`;
      if (v && typeof v === 'object') {
        return Object.fromEntries(Object.keys(v).sort().map((k) => [k, shape((v as Record<string, unknown>)[k])]));
      }
      return typeof v;
    };
    assert.deepEqual(shape(en), shape(de));
  });
  it('have no empty strings', () => {
    const walk = (v: unknown, path: string): void => {
      if (typeof v === 'string') assert.notEqual(v.trim(), '', `empty message at ${path}`);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(de, 'de');
    walk(en, 'en');
  });
});
