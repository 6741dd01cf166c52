// What a personnel manager can act on (issue 12), added to the routes the rules assessed:
//   Condition.missing          the answers that would settle an unknown condition (./missing.ts)
//   Hint.change / alsoNeeded   hints that hold (./hints.ts)
//   DecidedRoute.notForPerson  routes that cannot concern this person, with the reason
//   CheckResult.nextSteps      steps that would settle what is open (having a foreign qualification assessed)
//   CheckResult.likely         when no route is eligible, the route most likely to open
// Outcomes and conditions stay exactly as the rules made them (contract v1); only the added fields are filled.

import type { CheckInput, NextStep, RouteId, Text } from './types.ts';
import type { Decision, DecidedRoute } from './decision.ts';
import { both } from './decision.ts';
import { ROUTE_IDS } from './types.ts';
import type { RouteRule } from './route.ts';
import { applyDefaults } from './route.ts';
import { RULES } from './routes/index.ts';
import { nameMissingAnswers } from './missing.ts';
import { holdingHints } from './hints.ts';
import { applyChange } from './change.ts';
import { valueAt } from './parameters/parameter.ts';
import { feeHwk, feeIhkFosa, feeZabStatement } from './parameters/plan/fees.ts';
import { durRecognitionDecision, durZabStatement } from './parameters/plan/durations.ts';
import { eurDe, eurEn } from './format.ts';

const ORDER = new Map<RouteId, number>(ROUTE_IDS.map((id, i) => [id, i]));

/** Routes that give a residence title for employment on a job offer: all but the qualification measure and the
 * Chancenkarte, which is for the search for one. */
const NOT_WORK: readonly RouteId[] = ['16d1-qualification', '20a-skilled', '20a-points'];
export const WORK_ROUTES: readonly RouteId[] = ROUTE_IDS.filter((id) => !NOT_WORK.includes(id));

// ---- notForPerson ----

/** Why a route cannot concern this person, or undefined when it may. */
function notForPerson(input: CheckInput, route: DecidedRoute, eligibleWork: DecidedRoute | undefined): Text | undefined {
  switch (route.id) {
    case '19c1-westbalkan': {
      const citizenship = route.conditions.find((c) => c.id === 'citizenship');
      return citizenship?.met === false ? both(citizenship.say) : undefined;
    }
    case '19-ict': {
      const ict = input.job?.ict;
      if (ict === undefined) {
        return {
          de: 'Kein unternehmensinterner Transfer: Die ICT-Karte gilt nur für Beschäftigte, die ein Unternehmen ihrer Gruppe außerhalb der EU vorübergehend nach Deutschland entsendet.',
          en: 'No intra-corporate transfer: the ICT card is only for employees temporarily assigned to Germany by a company of their group outside the EU.',
        };
      }
      if (!ict.sendingEntityOutsideEu) {
        return {
          de: 'Das entsendende Unternehmen hat seinen Sitz in der EU; die ICT-Karte gilt nur für Transfers von außerhalb der EU.',
          en: 'The sending company is based in the EU; the ICT card only covers transfers from outside the EU.',
        };
      }
      return undefined;
    }
    case '20a-skilled':
    case '20a-points':
      return eligibleWork
        ? {
            de: `Das Stellenangebot öffnet schon einen Weg zur Beschäftigung (${eligibleWork.title.de}); die Chancenkarte dient der Suche nach einer Stelle.`,
            en: `The job offer already opens a route to employment (${eligibleWork.title.en}); the Chancenkarte is for looking for a job.`,
          }
        : undefined;
    default:
      return undefined;
  }
}

// ---- BA approval: "required unless …" ----

/**
 * § 9 Abs. 1 BeschV: no approval is needed for a person who holds a Blue Card or a residence permit and has worked
 * two years in Germany in employment subject to social insurance, or has stayed three years without interruption
 * (lawfully, tolerated or with a permission to stay). The contract asks neither, so a person who already holds a
 * title in Germany is told "required unless …"; a first title from abroad cannot meet it.
 */
const BA_APPROVAL_UNLESS_9: Text = {
  de: 'Zustimmung der Bundesagentur für Arbeit erforderlich, außer die Person besitzt schon einen Aufenthaltstitel und hat zwei Jahre versicherungspflichtig in Deutschland gearbeitet oder hält sich seit drei Jahren ununterbrochen erlaubt, geduldet oder gestattet hier auf (§ 9 Abs. 1 BeschV); das fragt diese Prüfung nicht ab.',
  en: 'Approval of the Federal Employment Agency is required unless the person already holds a residence title and has worked two years in Germany in employment subject to social insurance, or has stayed here for three years without interruption with a permit, toleration or permission to stay (§ 9(1) BeschV); this check does not ask about it.',
};

function baApprovalNote(input: CheckInput, route: DecidedRoute): Text | undefined {
  if (route.baApproval !== 'required') return undefined;
  return input.person.firstTitleInGermany === false ? BA_APPROVAL_UNLESS_9 : undefined;
}

// ---- next steps ----

const LINK_ANABIN = {
  title: { de: 'anabin: Hochschule und Abschluss nachsehen', en: 'anabin: look up the institution and the degree' },
  url: 'https://anabin.kmk.org',
};
const LINK_ZAB = {
  title: { de: 'ZAB: Zeugnisbewertung beantragen', en: 'ZAB: apply for a statement of comparability' },
  url: 'https://zab.kmk.org',
};
const LINK_FINDER = {
  title: { de: 'Anerkennungs-Finder: zuständige Stelle finden', en: 'Recognition Finder: find the competent body' },
  url: 'https://www.anerkennung-in-deutschland.de',
};
const LINK_IHK_FOSA = {
  title: { de: 'IHK FOSA (Berufe der Industrie- und Handelskammern)', en: 'IHK FOSA (occupations of the chambers of commerce)' },
  url: 'https://www.ihk-fosa.de',
};

const OUTCOME_RANK = { eligible: 0, unknown: 1, ineligible: 2 } as const;

/** The routes (by preference) that a changed qualification would move closer: ineligible to unknown or eligible, or unknown to eligible. */
function routesOpenedBy(input: CheckInput, routes: readonly DecidedRoute[], change: { field: string; value: string }[]): RouteId[] {
  const changed = applyChange(input, change);
  const facts = applyDefaults(changed);
  const opened: RouteId[] = [];
  for (const r of routes) {
    if (r.notForPerson) continue;
    const after = RULES[r.id](facts, changed.decisionDate);
    if (OUTCOME_RANK[after.outcome] < OUTCOME_RANK[r.outcome]) opened.push(r.id);
  }
  return opened.sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
}

function titles(routes: readonly DecidedRoute[], ids: readonly RouteId[], lang: 'de' | 'en'): string {
  return ids.map((id) => routes.find((r) => r.id === id)!.title[lang]).join(lang === 'de' ? '; ' : '; ');
}

function months(days: number): number {
  return Math.max(1, Math.round(days / 30));
}

function degreeAssessmentStep(input: CheckInput, routes: readonly DecidedRoute[]): NextStep | undefined {
  const q = input.qualification;
  if (q.level !== 'academic' || q.germanAssessment !== 'none' || q.obtainedIn === 'DE') return undefined;
  const opened = routesOpenedBy(input, routes, [{ field: 'qualification.germanAssessment', value: 'comparable' }]);
  if (opened.length === 0) return undefined;
  const date = input.decisionDate;
  const fee = valueAt(feeZabStatement, date);
  const costEur = fee?.value ? fee.value.minEur : undefined;
  const dur = valueAt(durZabStatement, date);
  const feeText: Text =
    costEur !== undefined
      ? {
          de: ` Die Zeugnisbewertung kostet ${eurDe(costEur)} (jede weitere ${eurDe(costEur / 2)}).`,
          en: ` The statement costs ${eurEn(costEur)} (each further one ${eurEn(costEur / 2)}).`,
        }
      : { de: '', en: '' };
  const step: NextStep = {
    id: 'degree_assessment',
    title: { de: 'Hochschulabschluss in Deutschland bewerten lassen', en: 'Have the degree assessed in Germany' },
    text: {
      de:
        'Der ausländische Hochschulabschluss ist in Deutschland noch nicht bewertet. Zuerst in anabin nachsehen: Ist die Hochschule „H+“ und der Abschluss „entspricht“ oder „gleichwertig“, genügt der Ausdruck. Sonst bei der ZAB eine Zeugnisbewertung beantragen.' +
        feeText.de +
        ` Ein vergleichbarer Abschluss macht die Person zur Fachkraft (§ 18 Abs. 3 Nr. 2 AufenthG); das entscheidet: ${titles(routes, opened, 'de')}.`,
      en:
        'The foreign degree has not been assessed in Germany. First look it up in anabin: if the institution is "H+" and the degree "entspricht" or "gleichwertig", the printout is enough. Otherwise apply to the ZAB for a statement of comparability.' +
        feeText.en +
        ` A comparable degree makes the person a skilled worker (section 18 (3) no. 2 AufenthG); it decides: ${titles(routes, opened, 'en')}.`,
    },
    links: [LINK_ANABIN, LINK_ZAB, LINK_FINDER],
    routes: opened,
  };
  if (costEur !== undefined) step.costEur = costEur;
  if (dur) {
    const typical = months(dur.value.typicalDays);
    const unsure = dur.unconfirmed === true;
    step.duration = {
      de: `anabin: sofort. ZAB: etwa ${typical} Monate ab Zahlung der Gebühr${unsure ? ' (Planannahme; die ZAB veröffentlicht keine Bearbeitungsdauer und meldet Engpässe)' : ''}.`,
      en: `anabin: at once. ZAB: about ${typical} months from payment of the fee${unsure ? ' (planning assumption; the ZAB publishes no processing time and reports bottlenecks)' : ''}.`,
    };
  }
  return step;
}

function vocationalRecognitionStep(input: CheckInput, routes: readonly DecidedRoute[]): NextStep | undefined {
  const q = input.qualification;
  if (q.level !== 'vocational' || q.germanAssessment !== 'none' || q.obtainedIn === 'DE') return undefined;
  const opened = routesOpenedBy(input, routes, [{ field: 'qualification.germanAssessment', value: 'equivalent' }]);
  if (opened.length === 0) return undefined;
  const date = input.decisionDate;
  const ihk = valueAt(feeIhkFosa, date)?.value;
  const hwk = valueAt(feeHwk, date)?.value;
  const range = ihk ?? hwk;
  const feeText: Text = range
    ? {
        de: ` Die Kammern berechnen nach Aufwand etwa ${eurDe(range.minEur)} bis ${eurDe(range.maxEur)}.`,
        en: ` The chambers charge by effort, about ${eurEn(range.minEur)} to ${eurEn(range.maxEur)}.`,
      }
    : { de: '', en: '' };
  const step: NextStep = {
    id: 'vocational_recognition',
    title: { de: 'Berufsabschluss anerkennen lassen', en: 'Have the vocational qualification recognised' },
    text: {
      de:
        'Der ausländische Berufsabschluss ist in Deutschland noch nicht anerkannt. Der Anerkennungs-Finder nennt die zuständige Stelle: für Berufe der Industrie- und Handelskammern die IHK FOSA, für Handwerksberufe die Handwerkskammer.' +
        feeText.de +
        ` Eine Gleichwertigkeit macht die Person zur Fachkraft (§ 18 Abs. 3 Nr. 1 AufenthG); das entscheidet: ${titles(routes, opened, 'de')}. Ein Bescheid über eine Teilanerkennung öffnet die Qualifizierung nach § 16d AufenthG.`,
      en:
        'The foreign vocational qualification has not been recognised in Germany. The Recognition Finder names the competent body: IHK FOSA for occupations of the chambers of commerce, the chamber of crafts for crafts.' +
        feeText.en +
        ` Equivalence makes the person a skilled worker (section 18 (3) no. 1 AufenthG); it decides: ${titles(routes, opened, 'en')}. A notice of partial recognition opens qualification measures under section 16d AufenthG.`,
    },
    links: [LINK_FINDER, LINK_IHK_FOSA],
    routes: opened,
  };
  const dur = valueAt(durRecognitionDecision, date)?.value;
  if (dur?.statutory && dur.period) {
    step.duration = {
      de: `Höchstens ${dur.period.n} Monate ab den vollständigen Unterlagen (${dur.norm}); im beschleunigten Fachkräfteverfahren kürzer.`,
      en: `At most ${dur.period.n} months from the complete file (${dur.norm}); shorter in the accelerated procedure.`,
    };
  }
  return step;
}

// ---- likely ----

/**
 * When no route is eligible: the unknown route whose open conditions are fewest (preference order breaks ties),
 * among routes that concern the person and whose open questions an answer, a step or the publication of a figure
 * settles. A route that waits for a job offer the person does not have is not likely: an offer is not an answer.
 */
function likelyRoute(input: CheckInput, routes: readonly DecidedRoute[]): RouteId | undefined {
  let best: { id: RouteId; open: number } | undefined;
  for (const r of routes) {
    if (r.outcome !== 'unknown' || r.notForPerson) continue;
    const open = r.conditions.filter((c) => c.met === null);
    if (input.job === undefined && open.some((c) => c.id === 'job_offer')) continue;
    const better = !best || open.length < best.open || (open.length === best.open && ORDER.get(r.id)! < ORDER.get(best.id)!);
    if (better) best = { id: r.id, open: open.length };
  }
  return best?.id;
}

// ---- all together ----

/** The decision with the fields of issue 12 filled in (still unworded: explain() words it). `routes` are the rules' assessments, sorted. */
export function addGuidance(input: CheckInput, result: Decision): Decision {
  const eligibleWork = result.routes.find((r) => r.outcome === 'eligible' && WORK_ROUTES.includes(r.id));
  const routes = result.routes.map((r) => {
    const rule: RouteRule = RULES[r.id];
    let route = nameMissingAnswers(input, r, rule);
    const note = baApprovalNote(input, route);
    if (note) route = { ...route, baApprovalNote: note };
    const reason = notForPerson(input, route, eligibleWork);
    if (reason) {
      route = { ...route, hints: [], notForPerson: reason };
    } else {
      const hints = holdingHints(input, route, rule);
      if (hints !== route.hints) route = { ...route, hints };
    }
    return route;
  });
  const out: Decision = { ...result, routes };
  const steps = [degreeAssessmentStep(input, routes), vocationalRecognitionStep(input, routes)].filter((s): s is NextStep => s !== undefined);
  if (steps.length > 0) out.nextSteps = steps;
  if (result.recommended === null) {
    const likely = likelyRoute(input, routes);
    if (likely) out.likely = likely;
  }
  return out;
}
