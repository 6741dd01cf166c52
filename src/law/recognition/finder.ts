// The recognition finder (issue 16): for a catalogue occupation (or a chosen reference occupation) and a place, what
// is regulated, the legal basis, the competent body with its address (or "ask the service office"), the procedure
// steps, fee, statutory deadlines, online application, links out, and what each outcome means for residence.
// Pure: no I/O, no clock; `date` is an argument and `data` defaults to the built-in data (the app passes the
// office's merged data). An unknown Land, an unknown place or a Land without data gives "ask", never a guess.

import { allParameters, valueAt } from '../parameters/parameter.ts';
import type { DatedValue } from '../parameters/parameter.ts';
import '../parameters/plan/fees.ts';
import {
  durEngineerReceipt,
  durRecognitionDecision,
  durRecognitionDecisionAccelerated,
  durRecognitionReceipt,
  durRecognitionReceiptAccelerated,
} from '../parameters/plan/durations.ts';
import type { DurationValue, FeeValue } from '../plan/types.ts';
import { numberDe, numberEn } from '../format.ts';
import { findPlace } from '../../catalogue/places.ts';
import type { Place } from '../../catalogue/places.ts';
import { ANABIN_URL, ZAB_URL, zabDuration, zabFee } from './academic.ts';
import { outcomesFor } from './outcomes.ts';
import { REFERENCE_OCCUPATIONS, BODIES, DISTRICTS } from './data/occupations.ts';
import { DOCUMENT_LABELS } from './data/documents.ts';
import { BODY_ASK, BODY_HWK_DISTRICT, BODY_IHK_DISTRICT } from './types.ts';
import type {
  CandidateOccupation,
  CompetentBodyRule,
  DeepLink,
  OnlineApplication,
  RecognitionData,
  RecognitionDeadline,
  RecognitionFound,
  RecognitionInput,
  RecognitionKind,
  RecognitionResult,
  RecognitionStep,
  ReferenceOccupation,
  ResolvedBody,
  ResolvedFee,
  Text,
} from './types.ts';

export const BUILTIN_RECOGNITION_DATA: RecognitionData = {
  occupations: REFERENCE_OCCUPATIONS,
  bodies: BODIES,
  districts: DISTRICTS,
};

export const ASK_SERVICE_OFFICE: Text = {
  de: 'Bitte bei der Servicestelle erfragen.',
  en: 'Ask the service office.',
};

export const ANERKENNUNGS_FINDER_URL = 'https://www.anerkennung-in-deutschland.de/html/de/pro/anerkennungs-finder.php';
export const BERUFENET_URL = 'https://web.arbeitsagentur.de/berufenet/';

const MAPPED_FROM_GEOGRAPHY: Text = {
  de: 'Die Zuordnung dieses Ortes zum Kammerbezirk folgt der Region und ist nicht aus den Quellen bestätigt.',
  en: 'This place is assigned to the chamber district by region; the sources do not confirm it.',
};

const RLP = 'DE-RP';

const KIND_LABEL: Record<RecognitionKind, Text> = {
  ihk_training: { de: 'Ausbildungsberuf (Industrie und Handel, IHK)', en: 'Training occupation (industry and commerce, IHK)' },
  hwk_training: { de: 'Ausbildungsberuf im Handwerk (HWK)', en: 'Training occupation in the crafts (HWK)' },
  land_law_title: { de: 'Berufsbezeichnung nach Landesrecht geschützt', en: 'Title protected by Land law' },
  land_law_regulated: { de: 'Nach Landesrecht reglementierter Beruf', en: 'Occupation regulated by Land law' },
  reserved_role: { de: 'Vorbehaltene Tätigkeit nach Landesrecht', en: 'Reserved activity under Land law' },
  fachschule: { de: 'Fachschulabschluss (Landesrecht)', en: 'Fachschule qualification (Land law)' },
  academic_non_regulated: { de: 'Akademischer Beruf, nicht reglementiert', en: 'Academic occupation, not regulated' },
  regulated_health: { de: 'Reglementierter Gesundheitsberuf', en: 'Regulated health profession' },
};

function join(texts: readonly Text[]): Text {
  return { de: texts.map((t) => t.de).join(' '), en: texts.map((t) => t.en).join(' ') };
}

/** The entry applies on `date` (validFrom ≤ date ≤ validUntil). */
export function isValidOn(e: { validFrom: string; validUntil?: string }, date: string): boolean {
  return e.validFrom <= date && (e.validUntil === undefined || date <= e.validUntil);
}

/** Reference occupations a catalogue occupation leads to, valid on `date`, in data order. */
export function referenceOccupationsFor(catalogueId: string, date: string, data: RecognitionData = BUILTIN_RECOGNITION_DATA): ReferenceOccupation[] {
  return data.occupations.filter((o) => o.catalogueIds.includes(catalogueId) && isValidOn(o, date));
}

/** Catalogue occupation ids that lead to at least one reference occupation valid on `date` (for links and selects). */
export function catalogueIdsWithReference(date: string, data: RecognitionData = BUILTIN_RECOGNITION_DATA): string[] {
  const ids = new Set<string>();
  for (const o of data.occupations) if (isValidOn(o, date)) for (const c of o.catalogueIds) ids.add(c);
  return [...ids].sort();
}

/** The reference occupation with this id valid on `date`, if any. */
export function getReferenceOccupation(id: string, date: string, data: RecognitionData = BUILTIN_RECOGNITION_DATA): ReferenceOccupation | undefined {
  return data.occupations.find((o) => o.id === id && isValidOn(o, date));
}

function candidate(o: ReferenceOccupation): CandidateOccupation {
  return { id: o.id, title: o.title, kind: o.kind, hint: KIND_LABEL[o.kind] };
}

// ---- Competent body ----

function ruleFor(rules: readonly CompetentBodyRule[], land: string | undefined): CompetentBodyRule | undefined {
  if (land === undefined) return undefined;
  return rules.find((r) => r.land === land) ?? rules.find((r) => r.land === '*');
}

function roleText(kind: RecognitionKind): Text {
  switch (kind) {
    case 'hwk_training':
      return { de: 'Die Handwerkskammer des Arbeits- oder Wohnorts', en: 'The chamber of crafts of the place of work or residence' };
    case 'ihk_training':
      return { de: 'IHK FOSA (für die meisten IHK-Berufe)', en: 'IHK FOSA (for most IHK occupations)' };
    case 'land_law_title':
    case 'land_law_regulated':
    case 'reserved_role':
    case 'fachschule':
      return { de: 'Die nach Landesrecht zuständige Stelle', en: 'The body competent under Land law' };
    case 'regulated_health':
      return { de: 'Die nach Landesrecht zuständige Landesbehörde', en: 'The Land authority designated by Land law' };
    case 'academic_non_regulated':
      return { de: 'Die ZAB bei der Kultusministerkonferenz', en: 'The ZAB at the KMK' };
  }
}

function ask(role: Text, reason: Text | undefined): ResolvedBody {
  return { known: false, role, note: reason ? join([reason, ASK_SERVICE_OFFICE]) : ASK_SERVICE_OFFICE };
}

function bodyById(data: RecognitionData, id: string, extraNotes: Text[], unconfirmed: boolean): ResolvedBody | undefined {
  const b = data.bodies.find((x) => x.id === id);
  if (b === undefined) return undefined;
  const notes = [...extraNotes, ...(b.note ? [b.note] : [])];
  return {
    known: true,
    id: b.id,
    kind: b.kind,
    name: b.name,
    ...(b.street !== undefined ? { street: b.street } : {}),
    ...(b.postcode !== undefined ? { postcode: b.postcode } : {}),
    ...(b.city !== undefined ? { city: b.city } : {}),
    ...(b.url !== undefined ? { url: b.url } : {}),
    reference: b.reference,
    lastVerified: b.lastVerified,
    unconfirmed: unconfirmed || b.unconfirmed === true,
    addressUnconfirmed: b.addressUnconfirmed === true || b.street === undefined,
    notes,
  };
}

const UNKNOWN_LAND: Text = {
  de: 'Das Land ist nicht angegeben; die Zuständigkeit hängt vom Land ab.',
  en: 'The Land is not given; competence depends on the Land.',
};
const NO_DATA_FOR_LAND: Text = {
  de: 'Für dieses Land hat Lotse die zuständige Stelle nicht hinterlegt.',
  en: 'Lotse does not hold the competent body for this Land.',
};
const BODY_MISSING: Text = {
  de: 'Die hinterlegte Stelle fehlt in den Daten.',
  en: 'The body named in the data is missing.',
};

function districtBody(data: RecognitionData, chamber: 'hwk' | 'ihk', place: Place | undefined, role: Text, notes: Text[], unconfirmed: boolean): ResolvedBody {
  if (place === undefined || place.kind === 'land') {
    return ask(role, {
      de: chamber === 'hwk'
        ? 'Ohne Ort (Landkreis oder kreisfreie Stadt) lässt sich die Kammer nicht bestimmen: in Rheinland-Pfalz die Handwerkskammer der Pfalz (Kaiserslautern), Rheinhessen (Mainz), Koblenz oder Trier.'
        : 'Ohne Ort lässt sich die IHK nicht bestimmen: IHK Pfalz (Ludwigshafen), für Rheinhessen (Mainz), Koblenz oder Trier.',
      en: chamber === 'hwk'
        ? 'Without a place (district or city) the chamber cannot be determined: in Rhineland-Palatinate the chamber of crafts der Pfalz (Kaiserslautern), Rheinhessen (Mainz), Koblenz or Trier.'
        : 'Without a place the IHK cannot be determined: IHK Pfalz (Ludwigshafen), für Rheinhessen (Mainz), Koblenz or Trier.',
    });
  }
  const d = data.districts.find((x) => x.placeKey === place.key && x.chamber === chamber);
  if (d === undefined) {
    return ask(role, { de: 'Lotse kann diesen Ort keinem Kammerbezirk zuordnen.', en: 'Lotse cannot assign this place to a chamber district.' });
  }
  const resolved = bodyById(data, d.bodyId, d.unconfirmed ? [...notes, MAPPED_FROM_GEOGRAPHY] : notes, unconfirmed || d.unconfirmed === true);
  return resolved ?? ask(role, BODY_MISSING);
}

function resolveBody(data: RecognitionData, o: ReferenceOccupation, land: string | undefined, place: Place | undefined): { body: ResolvedBody; rule?: CompetentBodyRule } {
  const role = roleText(o.kind);
  if (land === undefined) return { body: ask(role, UNKNOWN_LAND) };
  const rule = ruleFor(o.competentBodies, land);
  if (rule === undefined) return { body: ask(role, NO_DATA_FOR_LAND) };
  const notes = rule.note ? [rule.note] : [];
  const unconfirmed = rule.unconfirmed === true;
  if (rule.bodyId === BODY_ASK) return { body: ask(role, rule.note ?? NO_DATA_FOR_LAND), rule };
  if (rule.bodyId === BODY_HWK_DISTRICT || rule.bodyId === BODY_IHK_DISTRICT) {
    const chamber = rule.bodyId === BODY_HWK_DISTRICT ? 'hwk' : 'ihk';
    return { body: districtBody(data, chamber, place, role, notes, unconfirmed), rule };
  }
  return { body: bodyById(data, rule.bodyId, notes, unconfirmed) ?? ask(role, BODY_MISSING), rule };
}

// ---- Fee ----

function feeText(min: number, max: number, typical: number | undefined): Text {
  const de = min === max ? `${numberDe(min)} €` : `${numberDe(min)}–${numberDe(max)} € je nach Aufwand`;
  const en = min === max ? `€${numberEn(min)}` : `€${numberEn(min)}–${numberEn(max)} depending on effort`;
  return typical === undefined
    ? { de: `${de}.`, en: `${en}.` }
    : { de: `${de}, im Schnitt etwa ${numberDe(typical)} €.`, en: `${en}, about €${numberEn(typical)} on average.` };
}

const FEE_UNKNOWN: Text = { de: 'Die Gebühr ist nicht bekannt (zu prüfen).', en: 'The fee is not known (to be verified).' };

function resolveFee(o: ReferenceOccupation, rule: CompetentBodyRule | undefined, date: string): ResolvedFee {
  const parameterId = rule?.feeParameterId ?? o.fee?.parameterId;
  const extra = o.fee?.note ? [o.fee.note] : [];
  if (parameterId !== undefined) {
    const p = allParameters('plan').find((x) => x.id === parameterId);
    const v = p === undefined ? undefined : (valueAt(p, date) as DatedValue<FeeValue> | undefined);
    if (v === undefined || v.value === null) {
      return {
        eur: null,
        parameterId,
        ...(v ? { reference: v.reference } : {}),
        unconfirmed: true,
        text: join([FEE_UNKNOWN, ...extra]),
      };
    }
    const { minEur, maxEur, typicalEur } = v.value;
    return {
      eur: { min: minEur, max: maxEur, ...(typicalEur !== undefined ? { typical: typicalEur } : {}) },
      parameterId,
      reference: v.reference,
      unconfirmed: v.unconfirmed === true || o.fee?.unconfirmed === true,
      text: join([feeText(minEur, maxEur, typicalEur), ...extra]),
    };
  }
  if (o.fee?.minEur !== undefined && o.fee.maxEur !== undefined) {
    return {
      eur: { min: o.fee.minEur, max: o.fee.maxEur, ...(o.fee.typicalEur !== undefined ? { typical: o.fee.typicalEur } : {}) },
      ...(o.fee.reference ? { reference: o.fee.reference } : {}),
      unconfirmed: o.fee.unconfirmed === true,
      text: join([feeText(o.fee.minEur, o.fee.maxEur, o.fee.typicalEur), ...extra]),
    };
  }
  return { eur: null, ...(o.fee?.reference ? { reference: o.fee.reference } : {}), unconfirmed: true, text: join([FEE_UNKNOWN, ...extra]) };
}

// ---- Deadlines ----

function periodText(v: DurationValue): Text {
  const p = v.period;
  if (p === undefined) return { de: '', en: '' };
  const de = p.unit === 'weeks' ? (p.n === 1 ? '1 Woche' : `${p.n} Wochen`) : p.unit === 'months' ? (p.n === 1 ? '1 Monat' : `${p.n} Monaten`) : `${p.n} Tagen`;
  const en = p.unit === 'weeks' ? (p.n === 1 ? '1 week' : `${p.n} weeks`) : p.unit === 'months' ? (p.n === 1 ? '1 month' : `${p.n} months`) : `${p.n} days`;
  return { de, en };
}

function deadline(param: Parameters<typeof valueAt<DurationValue>>[0], date: string, what: 'receipt' | 'decision', refOverride?: string): RecognitionDeadline | undefined {
  const v = valueAt(param, date);
  if (v === undefined || v.value.period === undefined || (v.value.period.unit !== 'weeks' && v.value.period.unit !== 'months')) return undefined;
  const ref = refOverride ?? v.value.norm ?? '';
  const pt = periodText(v.value);
  return {
    period: { n: v.value.period.n, unit: v.value.period.unit },
    ref,
    reference: v.reference,
    text:
      what === 'receipt'
        ? { de: `Eingangsbestätigung (mit Liste fehlender Unterlagen) innerhalb von ${pt.de}.`, en: `Confirmation of receipt (listing missing documents) within ${pt.en}.` }
        : { de: `Entscheidung innerhalb von ${pt.de} nach Eingang der vollständigen Unterlagen.`, en: `Decision within ${pt.en} of the complete file.` },
  };
}

function resolveDeadlines(o: ReferenceOccupation, land: string | undefined, date: string): RecognitionFound['deadlines'] | null {
  const rule = o.deadlines;
  const bqfgLike = (refs?: { receipt: string; decision: string; receiptA: string; decisionA: string }) => {
    const regular = [deadline(durRecognitionReceipt, date, 'receipt', refs?.receipt), deadline(durRecognitionDecision, date, 'decision', refs?.decision)].filter((d) => d !== undefined);
    const accelerated = [deadline(durRecognitionReceiptAccelerated, date, 'receipt', refs?.receiptA), deadline(durRecognitionDecisionAccelerated, date, 'decision', refs?.decisionA)].filter((d) => d !== undefined);
    return {
      regular,
      accelerated,
      text: {
        de: 'Regulär: Eingangsbestätigung und Entscheidung in den gesetzlichen Fristen; im beschleunigten Fachkräfteverfahren (§ 81a AufenthG) kürzer. Die Frist für die Entscheidung kann in schwierigen Fällen verlängert werden.',
        en: 'Regular: confirmation of receipt and decision within the statutory periods; shorter in the accelerated procedure (§ 81a AufenthG). The decision period can be extended in difficult cases.',
      },
    };
  };
  if (rule === 'bqfg') return bqfgLike();
  if (rule === 'bqfgrp' && land === RLP) {
    return bqfgLike({ receipt: '§ 6 BQFGRP', decision: '§ 6 BQFGRP', receiptA: '§ 14a BQFGRP', decisionA: '§ 14a BQFGRP' });
  }
  if (rule === 'ingkag' && land === RLP) {
    const r = deadline(durEngineerReceipt, date, 'receipt');
    return {
      regular: r ? [r] : [],
      accelerated: [],
      text: {
        de: 'Die Ingenieurkammer bestätigt den Eingang innerhalb eines Monats; eine Frist für die Entscheidung ist nicht bekannt (in Bayern etwa 2–3 Monate).',
        en: 'The chamber of engineers confirms receipt within one month; no decision period is known (about 2–3 months in Bavaria).',
      },
    };
  }
  return null;
}

function noDeadlineText(o: ReferenceOccupation): Text {
  return o.deadlines === 'none'
    ? { de: 'Kein Anerkennungsverfahren, keine gesetzliche Frist.', en: 'No recognition procedure, no statutory period.' }
    : { de: 'Gesetzliche Fristen für dieses Verfahren sind in Lotse nicht hinterlegt (zu prüfen).', en: 'Lotse holds no statutory periods for this procedure (to be verified).' };
}

// ---- Steps ----

function adviceStep(land: string | undefined, o: ReferenceOccupation): RecognitionStep {
  const rlp = land === RLP;
  return {
    id: 'advice',
    title: { de: 'Beraten lassen', en: 'Get advice' },
    text: rlp
      ? {
          de: `Erstberatung kostenlos: Welcome Center der Kammern in Rheinland-Pfalz oder IQ Anerkennungs- und Qualifizierungsberatung (MIP GmbH, Mainz); aus dem Ausland die Zentrale Servicestelle Berufsanerkennung (ZSBA) der Bundesagentur für Arbeit.${o.kind === 'regulated_health' && o.isco.startsWith('2') ? ' Für die Approbation ist die ZSBA-Beratung vor dem Antrag aus dem Ausland Pflicht.' : ''}`,
          en: `Free first advice: the chambers’ Welcome Centers in Rhineland-Palatinate or the IQ recognition and qualification counselling (MIP GmbH, Mainz); from abroad the Federal Employment Agency’s central recognition service (ZSBA).${o.kind === 'regulated_health' && o.isco.startsWith('2') ? ' For the Approbation, ZSBA advice before applying from abroad is compulsory.' : ''}`,
        }
      : {
          de: 'Erstberatung kostenlos: IQ-Beratungsstelle am Ort; aus dem Ausland die Zentrale Servicestelle Berufsanerkennung (ZSBA) der Bundesagentur für Arbeit.',
          en: 'Free first advice: the local IQ counselling office; from abroad the Federal Employment Agency’s central recognition service (ZSBA).',
        },
  };
}

function academicSteps(date: string, forTitle: boolean): RecognitionStep[] {
  const fee = zabFee(date);
  return [
    {
      id: 'anabin',
      title: { de: 'Abschluss in anabin prüfen', en: 'Check the degree in anabin' },
      text: {
        de: `In anabin prüfen: Hochschule mit Status H+ und Abschluss als „entspricht“ oder „gleichwertig“ bewertet – dann ist der Abschluss vergleichbar (Ausdruck als Nachweis).${forTitle ? ' Das gilt für den Aufenthaltstitel; der Titel „Ingenieur/in“ braucht zusätzlich die Genehmigung.' : ''}`,
        en: `Check anabin: an H+ institution and the degree rated "entspricht" or "gleichwertig" – then the degree is comparable (a printout as proof).${forTitle ? ' This is for the residence title; the title "Ingenieur/in" also needs the permit.' : ''}`,
      },
      link: { url: ANABIN_URL, label: { de: 'anabin (KMK)', en: 'anabin (KMK)' } },
    },
    {
      id: 'zab-statement',
      title: { de: 'Sonst: Zeugnisbewertung der ZAB', en: 'Otherwise: ZAB statement of comparability' },
      text: join([
        {
          de: 'Wenn anabin es nicht klärt: Zeugnisbewertung bei der ZAB beantragen. Gebühr:',
          en: 'If anabin does not settle it: apply for a statement of comparability at the ZAB. Fee:',
        },
        fee.text,
        zabDuration(date),
      ]),
      link: { url: ZAB_URL, label: { de: 'ZAB: Zeugnisbewertung', en: 'ZAB: statement of comparability' } },
    },
  ];
}

function procedureSteps(o: ReferenceOccupation, body: ResolvedBody, deadlines: RecognitionFound['deadlines'] | null, accelerated: boolean): RecognitionStep[] {
  const to: Text = body.known ? body.name : { de: 'die zuständige Stelle (bei der Servicestelle erfragen)', en: 'the competent body (ask the service office)' };
  const set = deadlines === null ? [] : accelerated && deadlines.accelerated.length > 0 ? deadlines.accelerated : deadlines.regular;
  const receipt = set.find((d) => d.text.en.startsWith('Confirmation'));
  const decision = set.find((d) => d.text.en.startsWith('Decision'));
  return [
    {
      id: 'application',
      title: { de: 'Antrag stellen', en: 'Apply' },
      text: { de: `Antrag an: ${to.de}.`, en: `Apply to: ${to.en}.` },
      ...(o.legalBasis[0] && o.legalBasis[0].code !== 'none' ? { ref: o.legalBasis[0].ref } : {}),
    },
    {
      id: 'documents',
      title: { de: 'Unterlagen einreichen', en: 'Submit the documents' },
      text: { de: 'Die Unterlagen der Liste unten, mit Übersetzungen; die Stelle kann weitere verlangen.', en: 'The documents listed below, with translations; the body may ask for more.' },
    },
    {
      id: 'receipt-confirmation',
      title: { de: 'Eingangsbestätigung', en: 'Confirmation of receipt' },
      text: receipt?.text ?? { de: 'Die Stelle bestätigt den Eingang; eine gesetzliche Frist ist nicht hinterlegt.', en: 'The body confirms receipt; no statutory period is held.' },
      ...(receipt ? { ref: receipt.ref, deadline: receipt } : {}),
    },
    {
      id: 'decision',
      title: { de: 'Bescheid', en: 'Decision' },
      text: decision?.text ?? { de: 'Die Stelle entscheidet; eine gesetzliche Frist ist nicht hinterlegt.', en: 'The body decides; no statutory period is held.' },
      ...(decision ? { ref: decision.ref, deadline: decision } : {}),
    },
  ];
}

// ---- Links ----

function linksFor(o: ReferenceOccupation | undefined, searchTerm: string | undefined): DeepLink[] {
  const term = searchTerm ?? '';
  const links: DeepLink[] = [];
  if (o?.profileUrl) links.push({ kind: 'profile', url: o.profileUrl, label: { de: 'Offizielles Berufsprofil', en: 'Official occupation profile' } });
  links.push({
    kind: 'anerkennungs-finder',
    url: ANERKENNUNGS_FINDER_URL,
    label: term
      ? { de: `Anerkennungs-Finder (Suchbegriff: „${term}“)`, en: `Anerkennungs-Finder (search term: "${term}")` }
      : { de: 'Anerkennungs-Finder', en: 'Anerkennungs-Finder' },
  });
  links.push({
    kind: 'berufenet',
    url: BERUFENET_URL,
    label: term ? { de: `BERUFENET (Suchbegriff: „${term}“)`, en: `BERUFENET (search term: "${term}")` } : { de: 'BERUFENET', en: 'BERUFENET' },
    unconfirmed: true,
  });
  if (o?.kind === 'academic_non_regulated' || o?.kind === 'land_law_title') {
    links.push({ kind: 'anabin', url: ANABIN_URL, label: { de: 'anabin (KMK)', en: 'anabin (KMK)' } });
    links.push({ kind: 'zab', url: ZAB_URL, label: { de: 'ZAB: Zeugnisbewertung', en: 'ZAB: statement of comparability' } });
  }
  return links;
}

// ---- Regulation explanation ----

function regulationTexts(o: ReferenceOccupation): Text[] {
  return [
    o.employmentRegulated
      ? { de: 'Arbeit als Angestellte/r: reglementiert (Anerkennung oder Erlaubnis nötig).', en: 'Work as an employee: regulated (recognition or a licence needed).' }
      : { de: 'Arbeit als Angestellte/r: nicht reglementiert.', en: 'Work as an employee: not regulated.' },
    o.titleProtected
      ? { de: 'Berufsbezeichnung: geschützt.', en: 'Title: protected.' }
      : { de: 'Berufsbezeichnung: nicht geschützt.', en: 'Title: not protected.' },
    o.selfEmploymentOrReservedRegulated
      ? { de: 'Selbständigkeit oder vorbehaltene Tätigkeiten: reglementiert.', en: 'Self-employment or reserved activities: regulated.' }
      : { de: 'Selbständigkeit oder vorbehaltene Tätigkeiten: nicht besonders geregelt.', en: 'Self-employment or reserved activities: not specially regulated.' },
    o.regulationNote,
  ];
}

const ONLINE_TEXT: Record<OnlineApplication, Text> = {
  yes: { de: 'Online-Antrag möglich.', en: 'Online application possible.' },
  no: { de: 'Kein Online-Antrag.', en: 'No online application.' },
  unknown: {
    de: 'Ob ein Online-Antrag möglich ist, ist nicht bekannt (laut Anerkennungsportal in 10 Ländern und bei IHK FOSA; für Rheinland-Pfalz nicht gefunden).',
    en: 'Whether an online application is possible is not known (per the recognition portal in 10 Länder and at IHK FOSA; not found for Rhineland-Palatinate).',
  },
};

// ---- The finder ----

function notFound(reason: 'no_occupation' | 'not_valid_on_date', date: string): RecognitionResult {
  return {
    status: 'not_found',
    date,
    reason,
    text:
      reason === 'no_occupation'
        ? {
            de: 'Für diesen Beruf hat Lotse keinen deutschen Referenzberuf hinterlegt. Bitte im Anerkennungs-Finder suchen oder bei der Servicestelle erfragen.',
            en: 'Lotse holds no German reference occupation for this occupation. Search the Anerkennungs-Finder or ask the service office.',
          }
        : {
            de: 'Für dieses Datum gilt kein hinterlegter Eintrag. Bitte bei der Servicestelle erfragen.',
            en: 'No entry held applies on this date. Ask the service office.',
          },
    links: linksFor(undefined, undefined),
  };
}

/**
 * Find the recognition route for an occupation and a place on `date`. A catalogue occupation that leads to several
 * reference occupations (e.g. 'elektroniker': IHK or craft variants) returns them to choose from, never a guess.
 */
export function findRecognition(input: RecognitionInput, date: string, data: RecognitionData = BUILTIN_RECOGNITION_DATA): RecognitionResult {
  let entries: ReferenceOccupation[];
  let anyAtAll: boolean;
  if (input.referenceId !== undefined) {
    anyAtAll = data.occupations.some((o) => o.id === input.referenceId);
    entries = data.occupations.filter((o) => o.id === input.referenceId && isValidOn(o, date));
  } else if (input.catalogueId !== undefined) {
    anyAtAll = data.occupations.some((o) => o.catalogueIds.includes(input.catalogueId!));
    entries = referenceOccupationsFor(input.catalogueId, date, data);
  } else {
    return notFound('no_occupation', date);
  }
  if (entries.length === 0) return notFound(anyAtAll ? 'not_valid_on_date' : 'no_occupation', date);
  if (entries.length > 1) {
    return {
      status: 'choose',
      date,
      candidates: entries.map(candidate),
      text: {
        de: 'Zu diesem Beruf gibt es mehrere deutsche Referenzberufe mit verschiedenen zuständigen Stellen. Bitte den passenden wählen (im Zweifel den Abschluss mit der Beratungsstelle abgleichen).',
        en: 'This occupation has several German reference occupations with different competent bodies. Choose the one that fits (if in doubt, compare the qualification with the counselling office).',
      },
    };
  }
  const o = entries[0]!;

  // Place: a place key or name; a place fixes the Land when none is given.
  const place = input.place !== undefined && input.place !== '' ? findPlace(input.place, input.land) : undefined;
  const land = input.land ?? place?.land;
  const placeInfo = {
    ...(land !== undefined ? { land } : {}),
    ...(place ? { placeKey: place.key, name: place.name } : {}),
    resolved: land !== undefined && (input.place === undefined || input.place === '' || place !== undefined || land !== RLP),
  };

  const { body, rule } = resolveBody(data, o, land, place);
  const unconfirmed: Text[] = [];
  if (o.unconfirmed && o.unconfirmedNote) unconfirmed.push(o.unconfirmedNote);
  if (body.known && body.unconfirmed) {
    unconfirmed.push({ de: `Zuständigkeit oder Name von „${body.name.de}“ ist nicht bestätigt.`, en: `The competence or name of "${body.name.en}" is not confirmed.` });
  }
  if (body.known && body.addressUnconfirmed) {
    unconfirmed.push({ de: `Die Anschrift von „${body.name.de}“ ist nicht bestätigt.`, en: `The address of "${body.name.en}" is not confirmed.` });
  }
  // Outside RLP Lotse knows places only as the Land; an unknown place matters only where districts decide.
  if (input.place !== undefined && input.place !== '' && place === undefined && (land === undefined || land === RLP)) {
    unconfirmed.push({ de: 'Der Ort ist Lotse nicht bekannt.', en: 'Lotse does not know the place.' });
  }

  // Further bodies: the IHK Welcome Center for first advice; the ZAB for the residence title of title occupations.
  const alsoRelevant: RecognitionFound['alsoRelevant'] = [];
  if (o.kind === 'ihk_training' && land === RLP && place !== undefined) {
    const ihk = districtBody(data, 'ihk', place, roleText(o.kind), [], false);
    if (ihk.known) alsoRelevant.push({ body: ihk, why: { de: 'Erstberatung (Welcome Center der IHK am Ort).', en: 'First advice (the local IHK’s Welcome Center).' } });
  }
  if (o.kind === 'land_law_title' || o.kind === 'reserved_role') {
    const zab = bodyById(data, 'kmk-zab', [], false);
    if (zab) {
      alsoRelevant.push({
        body: zab,
        why: o.id === 'architekt'
          ? { de: 'Für ausländische Abschlüsse ist zuerst eine Zeugnisbewertung der ZAB einzuholen; sie zählt auch für den Aufenthaltstitel.', en: 'For foreign degrees a ZAB statement must be obtained first; it also counts for the residence title.' }
          : { de: 'Für den Aufenthaltstitel zählt die Vergleichbarkeit des Abschlusses (anabin oder Zeugnisbewertung der ZAB), nicht der Titel.', en: 'For the residence title what counts is the comparability of the degree (anabin or a ZAB statement), not the title.' },
      });
    }
  }

  const fee = resolveFee(o, rule, date);
  if (fee.unconfirmed) unconfirmed.push({ de: `Gebühr: ${fee.text.de}`, en: `Fee: ${fee.text.en}` });
  const deadlines = resolveDeadlines(o, land, date);
  const online = rule?.onlineApplication ?? o.onlineApplication;

  const steps: RecognitionStep[] = [adviceStep(land, o)];
  if (o.kind === 'academic_non_regulated') {
    steps.push(...academicSteps(date, false));
  } else {
    if (o.kind === 'land_law_title') steps.push(...academicSteps(date, o.id !== 'architekt'));
    steps.push(...procedureSteps(o, body, deadlines, input.accelerated === true));
  }

  const related = (o.relatedIds ?? [])
    .map((id) => getReferenceOccupation(id, date, data))
    .filter((x): x is ReferenceOccupation => x !== undefined)
    .map(candidate);

  const links = linksFor(o, o.searchTerm);
  if (links.some((l) => l.unconfirmed)) {
    unconfirmed.push({ de: 'Die Adresse von BERUFENET ist nicht bestätigt.', en: 'The BERUFENET address is not confirmed.' });
  }

  const result: RecognitionFound = {
    status: 'found',
    date,
    occupation: {
      id: o.id,
      title: o.title,
      isco: o.isco,
      ...(o.kldb !== undefined ? { kldb: o.kldb } : {}),
      kind: o.kind,
      kindLabel: KIND_LABEL[o.kind],
    },
    regulation: {
      employmentRegulated: o.employmentRegulated,
      titleProtected: o.titleProtected,
      selfEmploymentOrReservedRegulated: o.selfEmploymentOrReservedRegulated,
      texts: regulationTexts(o),
    },
    legalBasis: o.legalBasis,
    body,
    alsoRelevant,
    related,
    place: placeInfo,
    steps,
    fee,
    deadlines: deadlines ?? { regular: [], accelerated: [], text: noDeadlineText(o) },
    onlineApplication: online,
    onlineText: ONLINE_TEXT[online],
    links,
    outcomes: outcomesFor(o.kind, date, o.isco.startsWith('2')),
    documents: o.documents.map((code) => ({ code, label: DOCUMENT_LABELS[code] })),
    source: { reference: o.reference, alsoSee: o.alsoSee ?? [], lastVerified: o.lastVerified },
    unconfirmed,
  };
  return result;
}
