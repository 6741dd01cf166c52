// src/text.ts: NUL characters and unpaired surrogates, found by JSON pointer; percent-escapes that are not UTF-8.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayableText, findInvalidPercentEncoding, findMalformedText, hasValidPercentEncoding, isMalformedText } from './text.ts';
import { validateCheckInput } from './law/validate.ts';
import { emailErrors, nameErrors, passwordErrors } from './app/accounts/accounts.ts';
import { Checker } from './app/common/checker.ts';

test('NUL and unpaired surrogates are malformed; pairs, umlauts and other controls are not', () => {
  for (const s of ['\u0000', 'a\u0000', '\ud800', 'a\udc00b', '\udc00\ud800', '🚀\ud83d']) assert.equal(isMalformedText(s), true, JSON.stringify(s));
  for (const s of ['', 'Müller', '🚀', 'a\tb\nc', '\u0001', '\uFFFD']) assert.equal(isMalformedText(s), false, JSON.stringify(s));
  assert.equal(displayableText('a\u0000b\ud800🚀'), 'a\uFFFDb\uFFFD🚀');
});

test('findMalformedText names the first offending value or key as a JSON pointer', () => {
  assert.equal(findMalformedText({ a: 'ok', b: ['x', { 'c/d': 'y\u0000' }] }), '/b/1/c~1d');
  assert.equal(findMalformedText({ ['k\ud800']: 1 }), '/k\ud800');
  assert.equal(findMalformedText({ a: 1, b: null, c: [true] }), undefined);
  assert.equal(findMalformedText('\u0000'), '');
});

test('percent-escapes must decode to UTF-8; a lone % stays a literal', () => {
  for (const s of ['q=%C3%A4', 'q=%F0%9F%9A%80', 'q=100%', 'q=%zz', 'a+b=c']) assert.equal(hasValidPercentEncoding(s), true, s);
  for (const s of ['q=%FF', 'q=%C3%28', 'q=%ED%A0%80', 'q=%C3']) assert.equal(hasValidPercentEncoding(s), false, s);
  assert.equal(findInvalidPercentEncoding('page=2&q%20x=%FF'), 'q x');
  assert.equal(findInvalidPercentEncoding('page=2&q=%C3%A4'), undefined);
});

test('the checkers name the field: workspace Checker, account rules (CLI tenant create, token create), check contract (CLI check)', () => {
  const c = new Checker();
  assert.equal(c.text('name', 'A\u0000'), null);
  c.isco('occupations', 'Software\ud800');
  assert.deepEqual(c.errors.map((e) => [e.field, e.code]), [['name', 'characters'], ['occupations', 'characters']]);
  assert.deepEqual(nameErrors('Office \u0000').map((e) => e.code), ['characters']);
  assert.deepEqual(emailErrors('a\u0000@b.example', 'adminEmail').map((e) => [e.field, e.code]), [['adminEmail', 'characters']]);
  assert.deepEqual(passwordErrors('a long password\ud800', undefined, 'x@y.example').map((e) => e.code), ['characters']);
  const r = validateCheckInput({ decisionDate: '2025-01-01', person: { citizenship: 'I\u0000' } });
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.errors[0]!.path, '/person/citizenship');
  assert.match(!r.ok ? r.errors[0]!.message : '', /NUL character or an unpaired surrogate/);
});
