// The result region rendered to HTML from constructed CheckResults: the recommended route with its conditions, the
// most likely route with each missing answer linked to its question, next steps, real near misses only, a hint that
// needs more saying so in its route, routes that do not concern the person folded away, citations and the verify
// note once. Also a real result (the engine's output for the developer) renders without the issue-12 fields.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { evaluate } from '../../../law/check.ts';
import { VERIFY } from '../../../law/format.ts';
import type { CheckInput, CheckResult, Condition, RouteAssessment, RouteId } from '../../../law/types.ts';
import type { ConditionIn, ResultIn } from '../../../law/decision.ts';
import type { Lang } from '../../../i18n/index.ts';
import { ResultRegion } from './ResultPage.tsx';
import { conditionText, presentResult } from '../result/present.ts';
import { questionFor } from '../result/questions.ts';

const ID = 'AAAAAAAAAAAAAAAAAAAAAA';

const input: CheckInput = {
  decisionDate: '2026-06-15',
  person: { birthDate: '1994-05-20', citizenship: 'PH', german: 'A2', english: 'B1' },
  qualification: { level: 'vocational', germanAssessment: 'partial' },
  experience: [],
};

function cond(id: string, met: boolean | null, de: string, ref: string, extra: Partial<Condition> = {}): Condition {
  return { id, met, text: { de, en: `${de} (en)` }, ref, ...extra };
}

function route(id: RouteId, outcome: RouteAssessment['outcome'], conditions: Condition[], extra: Partial<RouteAssessment> = {}): RouteAssessment {
  return {
    id,
    outcome,
    baApproval: 'required',
    priorityCheck: false,
    discretionary: false,
    salaryThresholdEur: null,
    conditions,
    title: { de: `Titel ${id}`, en: `Title ${id}` },
    ref: `§ ${id}`,
    hints: [],
    ...extra,
  };
}

/** A constructed result as the page gets it: worded in the page's language only (src/law/decision.ts, explainIn). */
function inLang(result: CheckResult, lang: Lang): ResultIn {
  return {
    ...result,
    lang,
    routes: result.routes.map((r) => ({
      ...r,
      conditions: r.conditions.map((c) => ({ ...c, text: c.text[lang] })),
      hints: r.hints.map((x) => ({ ...x, text: x.text[lang] })),
    })),
  };
}

const html = (result: CheckResult, lang: Lang = 'de'): string => render(h(ResultRegion, { lang, checkId: ID, result: inLang(result, lang), input }));
const count = (s: string, sub: string): number => s.split(sub).length - 1;
/** the HTML of the section with this heading id */
const section = (s: string, id: string): string => /<section[^>]*aria-labelledby="([^"]+)"[^]*?<\/section>/g.exec(s.slice(s.indexOf(`aria-labelledby="${id}"`) - 40))?.[0] ?? '';

// the electrician, as the law helper's branch will answer: no route sure, § 16d (1) most likely (the means figure
// for 2026 is unconfirmed), the salary gap of § 19c (2) a real near miss, the Blue Card's salary hint needing a degree too
const electrician: CheckResult = {
  decisionDate: '2026-06-15',
  lawVersion: 'test',
  recommended: null,
  likely: '16d1-qualification',
  nextSteps: [
    {
      id: 'means_figure',
      title: { de: 'Betrag des Lebensunterhalts erfragen', en: 'Ask for the means figure' },
      text: { de: 'Die Auslandsvertretung nennt den aktuellen Betrag.', en: 'The mission names the current figure.' },
      links: [{ title: { de: 'Auswärtiges Amt', en: 'Federal Foreign Office' }, url: 'https://www.auswaertiges-amt.de/' }],
      costEur: 75,
      duration: { de: 'etwa 2 Wochen', en: 'about 2 weeks' },
      routes: ['16d1-qualification'],
    },
  ],
  routes: [
    route('16d1-qualification', 'unknown', [
      cond('partial_recognition', true, 'Eine Anerkennungsstelle hat Ausgleichsmaßnahmen verlangt (§ 16d Abs. 1 S. 1 AufenthG).', '§ 16d Abs. 1 S. 1 AufenthG'),
      cond('means', null, `Der Betrag für 2026 ist nicht bestätigt.${VERIFY.de}`, '§ 5 Abs. 1 Nr. 1 AufenthG', { unconfirmed: true, missing: ['means.monthlyNetEur', 'qualification.awardedOn', 'person.adequatePensionProvision'] }),
    ]),
    route('16d3-partnership', 'unknown', [cond('agreement', null, 'Nicht angegeben, ob eine Vereinbarung vorliegt.', '§ 16d Abs. 3 S. 1 AufenthG')]),
    route('18g-standard', 'ineligible', [cond('qualification', false, 'Verlangt ist ein Hochschulabschluss.', '§ 18g Abs. 1 S. 1 AufenthG'), cond('salary', false, 'Das Gehalt liegt 12.700 € unter der Grenze.', '§ 18g Abs. 1 S. 1 AufenthG')], {
      hints: [{ conditionId: 'salary', kind: 'salary', text: { de: 'Mit 50.700 € wäre die Gehaltsgrenze erreicht.', en: 'With €50,700 the salary threshold would be reached.' }, alsoNeeded: ['qualification'] }],
    }),
    route('19c2-experience', 'ineligible', [cond('salary', false, 'Das Gehalt liegt 7.630 € unter der Grenze (§ 6 Abs. 1 S. 1 Nr. 2 BeschV).', '§ 6 Abs. 1 S. 1 Nr. 2 BeschV')], {
      hints: [{ conditionId: 'salary', kind: 'salary', text: { de: 'Mit 45.630 € (7.630 € mehr) wäre die Grenze erreicht.', en: 'With €45,630 the threshold would be reached.' }, alsoNeeded: [] }],
    }),
    route('19c1-westbalkan', 'ineligible', [cond('citizenship', false, 'Nur für Staatsangehörige der Westbalkanstaaten.', '§ 26 Abs. 2 S. 1 BeschV')], {
      notForPerson: { de: 'Gilt nur für Staatsangehörige der Westbalkanstaaten.', en: 'Only for citizens of the Western Balkans.' },
    }),
    route('19-ict', 'ineligible', [cond('transfer', false, 'Kein unternehmensinterner Transfer.', '§ 19 Abs. 1 S. 2 AufenthG')], {
      notForPerson: { de: 'Kein entsendendes Unternehmen im Ausland.', en: 'No sending company abroad.' },
    }),
  ],
};

describe('result page: the most likely route when none is open', () => {
  const out = html(electrician);

  it('says which route is most likely instead of only "kein Weg sicher offen"', () => {
    assert.match(out, /Am wahrscheinlichsten:[^<]*Titel 16d1-qualification/);
    assert.doesNotMatch(out, /Derzeit ist kein Weg sicher offen/);
    assert.match(out, /<a class="button button-secondary" href="\/checks\/AAAAAAAAAAAAAAAAAAAAAA\/plan\?route=16d1-qualification">/);
  });

  it('links each missing answer to its question on the step page, and names a question the questionnaire does not ask', () => {
    assert.match(out, /<a href="\/checks\/AAAAAAAAAAAAAAAAAAAAAA\/step\/person#means">Wie viel Geld steht der Person im Monat netto sicher zur Verfügung \(Sperrkonto, Verpflichtungserklärung, Nebenjob\)\?<\/a>/);
    assert.match(out, /<a href="\/checks\/AAAAAAAAAAAAAAAAAAAAAA\/step\/qualification#awardedOn">Wann wurde der Abschluss erworben\?<\/a>/);
    assert.match(out, /Kann die Person eine angemessene Altersversorgung nachweisen\? \(fragt Lotse nicht ab/);
    assert.doesNotMatch(out, /href="[^"]*#adequatePensionProvision"/);
  });

  it('shows the next steps with their links, cost and duration', () => {
    const steps = section(out, 'next-steps');
    assert.match(steps, /Nächste Schritte/);
    assert.match(steps, /Betrag des Lebensunterhalts erfragen/);
    assert.match(steps, /<a href="https:\/\/www.auswaertiges-amt.de\/">Auswärtiges Amt<\/a>/);
    assert.match(steps, /Kosten: 75 €/);
    assert.match(steps, /Dauer: etwa 2 Wochen/);
  });

  it('lists only real near misses; a hint that needs more says so in its route', () => {
    const near = section(out, 'near-misses');
    assert.match(near, /<strong>Titel 19c2-experience:<\/strong> Mit 45.630 €/);
    assert.doesNotMatch(near, /18g-standard/);
    assert.match(out, /Mit 50.700 € wäre die Gehaltsgrenze erreicht\. – und außerdem: Abschluss/);
  });

  it('folds the routes that do not concern the person under one "Weitere Wege" with their reasons', () => {
    const other = /<details class="section other-routes">[^]*?<\/details>/.exec(out)?.[0] ?? '';
    assert.match(other, /<summary>Weitere Wege \(2\), die für diese Person nicht in Frage kommen<\/summary>/);
    assert.match(other, /Titel 19c1-westbalkan<\/strong>[^]*Gilt nur für Staatsangehörige der Westbalkanstaaten\./);
    assert.match(other, /Kein entsendendes Unternehmen im Ausland\./);
    assert.doesNotMatch(section(out, 'closed-routes'), /westbalkan|19-ict/);
  });

  it('lists the closed routes that concern the person in one line each: what fails, by name, details folded', () => {
    const closed = section(out, 'closed-routes');
    assert.match(closed, /<details class="route-details"><summary><span class="route-row-title">Titel 18g-standard<\/span><span class="route-row-line"> – nicht erfüllt: Abschluss, Gehalt<\/span><\/summary>/);
    assert.equal(count(closed, 'Ablaufplan'), 0, 'no plan for a closed route');
  });

  it('prints each citation once per condition and the verify note once', () => {
    assert.equal(count(out, '§ 16d Abs. 1 S. 1 AufenthG'), 1);
    assert.equal(count(out, '§ 6 Abs. 1 S. 1 Nr. 2 BeschV'), 1);
    assert.equal(count(out, 'Angabe ungesichert'), 1);
    assert.doesNotMatch(out, /Beratungsstelle prüfen lassen/);
  });

  it('says the same in English', () => {
    const en = html(electrician, 'en');
    assert.match(en, /Most likely:[^<]*Title 16d1-qualification/);
    assert.match(en, />When was the qualification obtained\?<\/a>/);
    assert.match(en, /Next steps/);
    assert.match(en, /Cost: €75/);
    assert.match(en, /Further routes \(2\) that do not concern this person/);
    assert.equal(count(en, 'Not yet confirmed'), 1);
  });
});

describe('result page: a recommended route', () => {
  const rec: CheckResult = {
    ...electrician,
    recommended: '18b',
    likely: undefined,
    nextSteps: undefined,
    routes: [
      route('18b', 'eligible', [cond('qualification', true, 'Die Person ist Fachkraft (§ 18 Abs. 3 Nr. 2 AufenthG).', '§ 18 Abs. 3 Nr. 2 AufenthG'), cond('job_offer', true, 'Es liegt ein Stellenangebot vor.', '§ 18 Abs. 2 Nr. 1 AufenthG')]),
      route('20a-points', 'unknown', [cond('means', null, 'Der Betrag ist nicht bestätigt.', '§ 20a Abs. 4 S. 1 AufenthG')]),
      route('18g-standard', 'ineligible', [cond('salary', false, 'Zu wenig.', '§ 18g Abs. 1 S. 1 AufenthG')], { hints: [{ conditionId: 'salary', kind: 'salary', text: { de: 'Mehr Gehalt.', en: 'More salary.' } }] }),
    ],
  };
  const out = html(rec);

  it('shows the recommended route with its met conditions as the why, and the plan button', () => {
    assert.match(out, /<h2 class="recommended-title">Titel 18b<\/h2>/);
    assert.match(out, /Warum dieser Weg/);
    assert.match(out, /Die Person ist Fachkraft\. <span class="citation">\(§ 18 Abs. 3 Nr. 2 AufenthG\)<\/span>/);
    assert.match(out, /<a class="button" href="\/checks\/AAAAAAAAAAAAAAAAAAAAAA\/plan\?route=18b">/);
  });

  it('keeps other open routes folded with their state and a plan link; a near miss without alsoNeeded is listed', () => {
    const open = section(out, 'open-routes');
    assert.match(open, /Titel 20a-points<\/span> <span class="tag tag-warning">/);
    assert.match(open, / – unklar: Lebensunterhalt/);
    assert.match(open, /plan\?route=20a-points/);
    assert.match(section(out, 'near-misses'), /<strong>Titel 18g-standard:<\/strong> Mehr Gehalt\./);
    assert.doesNotMatch(out, /other-routes/);
  });
});

describe('result page: a real result', () => {
  it('renders the developer with the Blue Card on top, each route once, the routes not for him folded', () => {
    const dev = evaluate({
      decisionDate: '2026-06-15',
      person: { birthDate: '1996-02-10', citizenship: 'IN', german: 'none', english: 'B2' },
      qualification: { level: 'academic', awardedOn: '2018-06-30', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 4, germanAssessment: 'comparable' },
      experience: [{ isco: '2512', from: '2018-09-01', to: '2026-06-15' }],
      job: { isco: '2512', annualGrossSalaryEur: 55000, federalState: 'DE-RP' },
    });
    const out = html(dev);
    assert.match(out, /<h2 class="recommended-title">Blaue Karte EU \(Regelfall\)<\/h2>/);
    for (const r of dev.routes) assert.equal(count(out, `>${r.title.de}<`), 1, r.id);
    assert.doesNotMatch(out, /Am wahrscheinlichsten|Nächste Schritte/);
    // Western Balkans (another nationality), the ICT card (no transfer) and both Chancenkarten (an offer opens a
    // work route) do not concern him: folded under "Weitere Wege" with their reasons
    const other = /<details class="section other-routes">[^]*?<\/details>/.exec(out)?.[0] ?? '';
    for (const id of ['19c1-westbalkan', '19-ict', '20a-skilled', '20a-points'] as const) {
      const r = dev.routes.find((x) => x.id === id)!;
      assert.ok(r.notForPerson, id);
      assert.match(other, new RegExp(r.title.de.replace(/[()]/g, '\\$&')), id);
    }
    // every condition's citation at most once in its own text plus once beside it: never twice in a row
    assert.doesNotMatch(out, /\((§[^)]+)\)\.? <span class="citation">\(\1\)/);
  });

  it('says no route is sure when there is neither a recommended nor a likely route', () => {
    const out = html({ ...electrician, likely: undefined, nextSteps: undefined });
    assert.match(out, /Derzeit ist kein Weg sicher offen/);
    // with nothing on top, the closed routes are the answer: shown, not folded
    assert.doesNotMatch(section(out, 'closed-routes'), /closed-routes-fold/);
    assert.match(section(out, 'closed-routes'), /route-list-closed/);
  });

  it('folds the closed routes under their heading when a route is on top, saying how many', () => {
    const out = html(electrician);
    const closed = section(out, 'closed-routes');
    const n = electrician.routes.filter((r) => r.outcome === 'ineligible' && !r.notForPerson && r.id !== electrician.likely).length;
    assert.match(closed, new RegExp(`<details class="closed-routes-fold"><summary>${n === 1 ? 'Einen Weg' : `${n} Wege`} mit Begründung anzeigen</summary><ul class="route-list route-list-closed"`));
  });
});

describe('conditionText', () => {
  const c = (de: string, ref: string, unconfirmed = false): ConditionIn => ({ id: 'x', met: true, text: de, ref, ...(unconfirmed ? { unconfirmed } : {}) });
  it('drops the condition’s own citation where the text repeats it exactly, in both forms', () => {
    assert.equal(conditionText(c('Das Gehalt reicht (§ 18g Abs. 1 S. 1 AufenthG).', '§ 18g Abs. 1 S. 1 AufenthG'), 'de'), 'Das Gehalt reicht.');
    assert.equal(conditionText(c('Engpassberuf (Gruppen 21, 25; § 18g Abs. 1 S. 2 Nr. 1 AufenthG).', '§ 18g Abs. 1 S. 2 Nr. 1 AufenthG'), 'de'), 'Engpassberuf (Gruppen 21, 25).');
    const en: ConditionIn = { id: 'x', met: true, text: 'The salary suffices (section 18g (1) sentence 1 AufenthG).', ref: '§ 18g Abs. 1 S. 1 AufenthG' };
    assert.equal(conditionText(en, 'en'), 'The salary suffices.');
  });
  it('keeps a different citation, and text without one', () => {
    assert.equal(conditionText(c('Gilt (§ 18 Abs. 2 Nr. 5 AufenthG).', '§ 18 Abs. 2 Nr. 1 AufenthG'), 'de'), 'Gilt (§ 18 Abs. 2 Nr. 5 AufenthG).');
    assert.equal(conditionText(c('Gilt seit 2023.', '§ 18g AufenthG'), 'de'), 'Gilt seit 2023.');
  });
  it('drops the engine’s verify note only on an unconfirmed condition', () => {
    assert.equal(conditionText(c(`Gilt.${VERIFY.de}`, '§ 1', true), 'de'), 'Gilt.');
    assert.equal(conditionText(c(`Gilt.${VERIFY.de}`, '§ 1'), 'de'), `Gilt.${VERIFY.de}`);
  });
});

describe('presentResult and questionFor', () => {
  it('keeps a route with alsoNeeded out of the near misses, and at most three in the order of preference', () => {
    const v = presentResult(inLang(electrician, 'de'));
    assert.deepEqual(v.nearMisses.map((n) => n.route.id), ['19c2-experience']);
    assert.equal(v.top?.route.id, '16d1-qualification');
    assert.deepEqual(v.other.map((r) => r.id), ['19c1-westbalkan', '19-ict']);
    assert.deepEqual(v.open.map((r) => r.id), ['16d3-partnership']);
  });
  it('maps a path and its children to the step page and field; paths the questionnaire does not ask get no link', () => {
    assert.equal(questionFor(ID, 'qualification.awardedOn', 'de').href, `/checks/${ID}/step/qualification#awardedOn`);
    assert.equal(questionFor(ID, 'experience.0.from', 'de').href, `/checks/${ID}/step/experience#exp0_isco`);
    assert.equal(questionFor(ID, 'job.isco', 'en').href, `/checks/${ID}/step/occupation#q`);
    assert.equal(questionFor(ID, 'job', 'de').href, `/checks/${ID}/step/job#hasOffer`);
    assert.equal(questionFor(ID, 'job.ict.role', 'de').href, undefined, 'the ICT details are not asked, the job offer is');
    assert.match(questionFor(ID, 'job.ict.role', 'de').text, /entsandt/);
    assert.equal(questionFor(ID, 'nonsense.path', 'de').href, undefined);
    assert.match(questionFor(ID, 'nonsense.path', 'de').text, /nonsense\.path/);
  });
});
