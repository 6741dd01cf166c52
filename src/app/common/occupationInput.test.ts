// The occupations asked about in a consultation, as advisers type them: ISCO-08 codes or job titles, which the
// occupation catalogue resolves when its best matches agree on one unit group; an unknown or ambiguous title is an
// error naming the field, with what was typed and the groups it could mean.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Checker, resolveOccupation } from './checker.ts';

function read(value: unknown): { codes: string[]; errors: Checker['errors'] } {
  const c = new Checker();
  const codes = c.isco('occupations', value);
  return { codes, errors: c.errors };
}

const RESOLVED: [string, string[]][] = [
  ['2142, 2512', ['2142', '2512']],
  ['2142 2512', ['2142', '2512']],
  ['2142;2512\n7411', ['2142', '2512', '7411']],
  ['Softwareentwickler', ['2512']],
  ['Softwareentwickler/in, 7411', ['2512', '7411']],
  // a typo, a gender form, a synonym, an English title
  ['Softwareentwikler', ['2512']],
  ['Schweißerin', ['7212']],
  ['Krankenpfleger', ['3221']],
  ['software developer', ['2512']],
  // the same group twice counts once
  ['2512, Softwareentwickler', ['2512']],
  ['', []],
];

for (const [typed, codes] of RESOLVED) {
  test(`occupations "${typed.replace(/\n/g, '\\n')}" → ${JSON.stringify(codes)}`, () => {
    const r = read(typed);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.codes, codes);
  });
}

test('an ambiguous title is an error with the groups it could mean; nothing of the list is kept', () => {
  const r = read('7411, Ingenieur');
  assert.deepEqual(r.codes, []);
  assert.equal(r.errors.length, 1);
  const e = r.errors[0]!;
  assert.equal(e.field, 'occupations');
  assert.equal(e.code, 'occupationAmbiguous');
  assert.equal(e.term, 'Ingenieur');
  assert.ok(e.suggestions!.length >= 2 && e.suggestions!.length <= 5, String(e.suggestions));
  assert.ok(e.suggestions!.every((s) => /^21\d\d$/.test(s)), `engineering groups: ${e.suggestions}`);
  assert.match(e.message, /several ISCO-08 unit groups.*Ingenieur/);
});

test('an unknown title is an error naming what was typed; bad codes stay code errors', () => {
  const unknown = read('Quantenfriseur');
  assert.deepEqual(unknown.errors.map((e) => [e.code, e.term, e.suggestions]), [['occupationUnknown', 'Quantenfriseur', []]]);
  assert.deepEqual(read('25123').errors.map((e) => e.code), ['isco']);
  assert.deepEqual(read('12a').errors.map((e) => e.code), ['isco']);
  assert.deepEqual(read([42]).errors.map((e) => e.code), ['isco']);
  // only the first unresolved title is reported, once
  assert.equal(read('Quantenfriseur, Zeitreisender').errors.length, 1);
});

test('resolveOccupation: one group when the close matches agree, the candidates otherwise', () => {
  assert.deepEqual(resolveOccupation('Maschinenbauingenieur'), { code: '2144', suggestions: [] });
  const e = resolveOccupation('Elektroniker');
  assert.equal(e.code, null);
  assert.ok(e.suggestions.includes('7421') && e.suggestions.includes('7412'), String(e.suggestions));
  assert.deepEqual(resolveOccupation('xyzabc'), { code: null, suggestions: [] });
});

test('a huge list or a huge title is "too long", without echoing it', () => {
  for (const typed of ['x'.repeat(200_000), `Softwareentwickler, ${'y'.repeat(300)}`, ['z'.repeat(300)]]) {
    const r = read(typed);
    assert.deepEqual(r.codes, []);
    assert.deepEqual(r.errors.map((e) => [e.field, e.code, e.term]), [['occupations', 'tooLong', undefined]]);
  }
});
