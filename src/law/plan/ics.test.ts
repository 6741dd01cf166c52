import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../dates.ts';
import { buildPlan } from './buildPlan.ts';
import { escapeText, foldLine, planToIcs } from './ics.ts';
import type { Plan, PlanInput } from './types.ts';

// ---- A small strict RFC 5545 reader, for the tests only ----

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

interface Component {
  name: string;
  props: Property[];
  children: Component[];
}

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Splits on CRLF (a bare CR or LF is an error), checks the 75-octet limit, and unfolds continuation lines. */
function unfold(text: string): string[] {
  assert.ok(text.endsWith('\r\n'), 'the file ends with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  const logical: string[] = [];
  for (const line of physical) {
    assert.ok(!line.includes('\n') && !line.includes('\r'), `bare line break in ${JSON.stringify(line)}`);
    assert.ok(utf8(line) <= 75, `line longer than 75 octets (${utf8(line)}): ${line}`);
    assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(line, 'utf8')));
    if (line.startsWith(' ') || line.startsWith('\t')) {
      assert.ok(logical.length > 0, 'continuation line at the start');
      logical[logical.length - 1] += line.slice(1);
    } else {
      logical.push(line);
    }
  }
  return logical;
}

/** name *(";" param) ":" value, with quoted parameter values (RFC 5545 § 3.1). */
function parseProperty(line: string): Property {
  const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/.exec(line);
  assert.ok(m, `not a content line: ${line}`);
  const params: Record<string, string> = {};
  const paramText = m[2]!;
  for (const p of paramText.match(/;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:]*)/g) ?? []) {
    const eq = p.indexOf('=');
    params[p.slice(1, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
  }
  return { name: m[1]!.toUpperCase(), params, value: m[3]! };
}

function parseCalendar(text: string): Component {
  const stack: Component[] = [];
  let root: Component | undefined;
  for (const line of unfold(text)) {
    const p = parseProperty(line);
    if (p.name === 'BEGIN') {
      const c: Component = { name: p.value, props: [], children: [] };
      if (stack.length > 0) stack[stack.length - 1]!.children.push(c);
      else {
        assert.equal(root, undefined, 'one calendar per file');
        root = c;
      }
      stack.push(c);
    } else if (p.name === 'END') {
      const c = stack.pop();
      assert.equal(c?.name, p.value, 'END matches BEGIN');
    } else {
      assert.ok(stack.length > 0, `property outside a component: ${line}`);
      stack[stack.length - 1]!.props.push(p);
    }
  }
  assert.equal(stack.length, 0, 'every component is closed');
  assert.ok(root);
  return root;
}

/** Unescapes a TEXT value; a backslash before anything else than \ ; , n N is an error. */
function unescapeText(v: string): string {
  const rest = v.replace(/\\[\\;,nN]/g, '');
  assert.ok(!/[;,]/.test(rest), `unescaped ; or , in ${v}`);
  assert.ok(!rest.includes('\\'), `invalid or dangling escape in ${v}`);
  return v.replace(/\\([\\;,nN])|\\(.)/g, (_, known: string | undefined, other: string | undefined) => {
    assert.equal(other, undefined, `invalid escape \\${other}`);
    return known === 'n' || known === 'N' ? '\n' : known!;
  });
}

const one = (c: Component, name: string): Property => {
  const ps = c.props.filter((p) => p.name === name);
  assert.equal(ps.length, 1, `${c.name} has exactly one ${name}`);
  return ps[0]!;
};

const basic = (iso: string): string => iso.replace(/-/g, '');

// ---- The cases ----

const NOW = '2026-11-25T06:05:09.123Z';
const base: PlanInput = {
  routeId: '18g-shortage',
  procedure: 'accelerated',
  federalState: 'DE-RP',
  municipality: 'Kaiserslautern',
  qualification: { level: 'academic', germanAssessment: 'none', engineerTitle: true },
  startDate: '2027-01-04',
};

const plans: Array<[string, Plan]> = [
  ['Blue Card via § 81a in Kaiserslautern', buildPlan(base)],
  ['Blue Card, regular, in Hesse', buildPlan({ ...base, procedure: 'regular', federalState: 'DE-HE', municipality: 'Darmstadt' })],
  ['Elektroniker § 16d (1), HWK der Pfalz', buildPlan({ ...base, routeId: '16d1-qualification', procedure: 'regular', qualification: { level: 'vocational', germanAssessment: 'none', chamber: 'HWK' } })],
  ['Chancenkarte', buildPlan({ ...base, routeId: '20a-points', procedure: 'regular', qualification: { level: 'vocational', germanAssessment: 'none' } })],
];

for (const [name, plan] of plans) {
  for (const lang of ['de', 'en'] as const) {
    test(`${name} (${lang}): the .ics parses strictly and has one all-day event per milestone and per statutory deadline`, () => {
      const ics = planToIcs(plan, { lang, uidDomain: 'lotse.example.org', now: NOW });
      const cal = parseCalendar(ics);
      assert.equal(cal.name, 'VCALENDAR');
      assert.equal(one(cal, 'VERSION').value, '2.0');
      assert.equal(one(cal, 'CALSCALE').value, 'GREGORIAN');
      assert.equal(one(cal, 'METHOD').value, 'PUBLISH');
      assert.match(one(cal, 'PRODID').value, /Lotse/);

      const events = cal.children.filter((c) => c.name === 'VEVENT');
      assert.equal(cal.children.length, events.length);
      const deadlines = plan.steps.filter((s) => s.deadline);
      assert.equal(events.length, plan.milestones.length + deadlines.length);

      const uids = events.map((e) => one(e, 'UID').value);
      assert.equal(new Set(uids).size, uids.length, 'UIDs are unique');
      for (const uid of uids) assert.match(uid, /^[A-Za-z0-9._-]+@lotse\.example\.org$/);

      const byUid = new Map(events.map((e) => [one(e, 'UID').value, e]));
      const expected = [
        ...plan.milestones.map((m) => ({ uid: `milestone-${m.id}`, date: m.date, summary: m.title[lang] })),
        ...deadlines.map((s) => ({ uid: `deadline-${s.id}`, date: s.deadline!.date, summary: `${lang === 'de' ? 'Frist' : 'Deadline'}: ${s.title[lang]}` })),
      ];
      for (const x of expected) {
        const e = [...byUid.entries()].find(([u]) => u.includes(`-${x.uid}@`))?.[1];
        assert.ok(e, `event ${x.uid}`);
        assert.equal(one(e, 'DTSTAMP').value, '20261125T060509Z');
        const start = one(e, 'DTSTART');
        const end = one(e, 'DTEND');
        assert.equal(start.params.VALUE, 'DATE');
        assert.equal(end.params.VALUE, 'DATE');
        assert.equal(start.value, basic(x.date));
        assert.equal(end.value, basic(addDays(x.date, 1)), 'DTEND is the next day (exclusive)');
        assert.equal(unescapeText(one(e, 'SUMMARY').value), x.summary);
        const description = unescapeText(one(e, 'DESCRIPTION').value);
        assert.ok(description.length > 20);
      }
      const dates = events.map((e) => one(e, 'DTSTART').value);
      assert.deepEqual(dates, [...dates].sort(), 'events in date order');
    });
  }
}

test('The UIDs are stable: the same plan exported twice, at different times, has the same UIDs', () => {
  const plan = plans[0]![1];
  const uids = (ics: string) => parseCalendar(ics).children.map((e) => one(e, 'UID').value);
  const a = planToIcs(plan, { lang: 'de', uidDomain: 'lotse.example.org', now: NOW });
  const b = planToIcs(plan, { lang: 'en', uidDomain: 'lotse.example.org', now: new Date('2027-03-01T10:00:00Z') });
  assert.deepEqual(uids(a), uids(b));
  const c = planToIcs(plan, { lang: 'de', uidDomain: 'lotse.example.org', now: NOW, planId: 'case 42/7' });
  assert.ok(uids(c).every((u) => u.startsWith('case-42-7-')));
});

test('German texts with umlauts, € and § are folded without splitting a UTF-8 character', () => {
  const ics = planToIcs(plans[0]![1], { lang: 'de', uidDomain: 'lotse.example.org', now: NOW });
  assert.match(ics, /Ausländerbehörde/);
  const physical = ics.split('\r\n');
  assert.ok(physical.some((l) => l.startsWith(' ')), 'long lines are folded');
  // Every physical line decodes on its own: no multi-byte character was cut (checked in unfold()).
  parseCalendar(ics);
});

const foldCases: Array<[string, string]> = [
  ['an ASCII line of exactly 75 octets is not folded', 'X'.repeat(75)],
  ['an ASCII line of 76 octets is folded once', 'X'.repeat(76)],
  ['a line of two-octet umlauts', 'DESCRIPTION:' + 'ä'.repeat(100)],
  ['a line of three-octet euro signs', 'DESCRIPTION:' + '€'.repeat(90)],
  ['a line of four-octet characters', 'SUMMARY:' + '𝄞'.repeat(60)],
  ['a short line', 'VERSION:2.0'],
];

for (const [name, line] of foldCases) {
  test(`Folding: ${name}`, () => {
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    for (const p of parts) {
      assert.ok(utf8(p) <= 75, `${utf8(p)} octets`);
      assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(p, 'utf8')));
    }
    for (const p of parts.slice(1)) assert.ok(p.startsWith(' '));
    assert.equal(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join(''), line);
    assert.equal(parts.length, utf8(line) <= 75 ? 1 : parts.length);
    if (utf8(line) > 75) assert.ok(parts.length > 1);
  });
}

const escapeCases: Array<[string, string, string]> = [
  ['commas', 'Pass, Foto', 'Pass\\, Foto'],
  ['semicolons', 'a; b', 'a\\; b'],
  ['backslashes first', 'C:\\Temp;x', 'C:\\\\Temp\\;x'],
  ['line breaks', 'eins\nzwei\r\ndrei', 'eins\\nzwei\\ndrei'],
  ['colons stay', '§ 81a: 411 €', '§ 81a: 411 €'],
];

for (const [name, input, expected] of escapeCases) {
  test(`TEXT escaping: ${name}`, () => {
    assert.equal(escapeText(input), expected);
    assert.equal(unescapeText(escapeText(input)), input.replace(/\r\n/g, '\n'));
  });
}

test('The export refuses an invalid UID domain or time stamp', () => {
  const plan = plans[0]![1];
  assert.throws(() => planToIcs(plan, { lang: 'de', uidDomain: 'bad domain\r\nX:1', now: NOW }), RangeError);
  assert.throws(() => planToIcs(plan, { lang: 'de', uidDomain: 'lotse.example.org', now: 'yesterday' }), RangeError);
});
