// Issue 16 (decision 023): the recognition data (src/law/recognition/types.ts RecognitionData) as rows of the CSV
// schema (csvColumns.ts) and back, and the office's data: the built-in data with the office's own rows laid over it.
//
// A row of the office replaces the built-in entry with the same key as a whole, in the columns the CSV carries; what
// the CSV does not carry (further sources, the texts of the legal bases, the fee's note and source) is kept from the
// built-in entry of the same id, and is absent for an office's own new entry. An office's competence row replaces the
// occupation's rule for that Land (or adds one); the districts (place → chamber) are not office data.

import type {
  CompetentBodyRule,
  DeadlineRule,
  DocumentCode,
  LegalBasis,
  LegalBasisCode,
  OnlineApplication,
  RecognitionBody,
  RecognitionData,
  RecognitionFee,
  ReferenceOccupation,
  Text,
  BodyKind,
  RecognitionKind,
} from '../../law/recognition/types.ts';
import { COLUMNS, HEADERS, LIST_SEPARATOR, occupationKey } from './csvColumns.ts';
import type { Cells, RowKind } from './csvColumns.ts';

/** An office's own row: its kind, key and cells (in normal form). */
export interface OfficeRow {
  kind: RowKind;
  key: string;
  cells: Cells;
}

const yesNo = (b: boolean | undefined) => (b ? 'ja' : 'nein');
const online = (o: OnlineApplication | undefined) => (o === undefined ? '' : o === 'yes' ? 'ja' : o === 'no' ? 'nein' : 'unbekannt');
const onlineOf = (s: string): OnlineApplication | undefined => (s === '' ? undefined : s === 'ja' ? 'yes' : s === 'nein' ? 'no' : 'unknown');
const num = (n: number | undefined) => (n === undefined ? '' : String(n));
const numOf = (s: string | undefined) => (s === undefined || s === '' ? undefined : Number(s));
const list = (xs: readonly string[] | undefined) => (xs ?? []).join(LIST_SEPARATOR);
const listOf = (s: string | undefined) => (s === undefined || s === '' ? [] : s.split(LIST_SEPARATOR));
const opt = (s: string | undefined) => (s === undefined || s === '' ? undefined : s);
/** German and English; an empty English cell takes the German text */
const textOf = (de: string | undefined, en: string | undefined): Text => ({ de: de ?? '', en: en === undefined || en === '' ? (de ?? '') : en });

function empty(): Cells {
  return Object.fromEntries(HEADERS.map((h) => [h, ''])) as Cells;
}

function fill(kind: RowKind, values: Record<string, string | undefined>): Cells {
  const c = empty();
  c.satz = kind;
  for (const [k, v] of Object.entries(values)) c[k] = v ?? '';
  return c;
}

// --- data → rows -----------------------------------------------------------------------------------------------

export function occupationCells(o: ReferenceOccupation): Cells {
  return fill('beruf', {
    id: o.id,
    art: o.kind,
    bezeichnung: o.title.de,
    bezeichnung_en: o.title.en,
    isco: o.isco,
    kldb: o.kldb,
    katalog_ids: list(o.catalogueIds),
    verwandte_ids: o.relatedIds === undefined ? '' : list(o.relatedIds),
    beschaeftigung_reglementiert: yesNo(o.employmentRegulated),
    titel_geschuetzt: yesNo(o.titleProtected),
    selbststaendigkeit_vorbehalten: yesNo(o.selfEmploymentOrReservedRegulated),
    regelung_hinweis: o.regulationNote.de,
    regelung_hinweis_en: o.regulationNote.en,
    rechtsgrundlagen: o.legalBasis.map((b) => `${b.code}: ${b.ref}`).join(LIST_SEPARATOR),
    fristen: o.deadlines,
    unterlagen: list(o.documents),
    online_antrag: online(o.onlineApplication),
    suchbegriff: o.searchTerm,
    profil_url: o.profileUrl,
    gebuehr_parameter: o.fee?.parameterId,
    gebuehr_von_eur: num(o.fee?.minEur),
    gebuehr_bis_eur: num(o.fee?.maxEur),
    gebuehr_typisch_eur: num(o.fee?.typicalEur),
    gebuehr_zu_pruefen: o.fee ? yesNo(o.fee.unconfirmed) : '',
    gueltig_ab: o.validFrom,
    gueltig_bis: o.validUntil,
    quelle_titel: o.reference.title,
    quelle_url: o.reference.url,
    zuletzt_geprueft: o.lastVerified,
    zu_pruefen: yesNo(o.unconfirmed),
    zu_pruefen_hinweis: o.unconfirmedNote?.de,
    zu_pruefen_hinweis_en: o.unconfirmedNote?.en,
  });
}

export function ruleCells(occupationId: string, r: CompetentBodyRule): Cells {
  return fill('zustaendigkeit', {
    id: occupationId,
    land: r.land,
    stelle_id: r.bodyId,
    gebuehr_parameter: r.feeParameterId,
    online_antrag: online(r.onlineApplication),
    hinweis: r.note?.de,
    hinweis_en: r.note?.en,
    zu_pruefen: yesNo(r.unconfirmed),
  });
}

export function bodyCells(b: RecognitionBody): Cells {
  return fill('stelle', {
    id: b.id,
    art: b.kind,
    bezeichnung: b.name.de,
    bezeichnung_en: b.name.en,
    land: b.land,
    strasse: b.street,
    plz: b.postcode,
    ort: b.city,
    web: b.url,
    anschrift_zu_pruefen: b.addressUnconfirmed ? 'ja' : '',
    hinweis: b.note?.de,
    hinweis_en: b.note?.en,
    quelle_titel: b.reference.title,
    quelle_url: b.reference.url,
    zuletzt_geprueft: b.lastVerified,
    zu_pruefen: yesNo(b.unconfirmed),
  });
}

/**
 * The data as rows in a stable order: each occupation followed by its competence rows, then the bodies. Of dated
 * versions of one occupation, each version has its row; a competence row is written once per occupation and Land
 * (the first version's), as it applies to every version when imported.
 */
export function dataRows(data: RecognitionData): Cells[] {
  const out: Cells[] = [];
  const written = new Set<string>();
  for (const o of data.occupations) {
    out.push(occupationCells(o));
    for (const r of o.competentBodies) {
      const k = `${o.id}/${r.land}`;
      if (written.has(k)) continue;
      written.add(k);
      out.push(ruleCells(o.id, r));
    }
  }
  for (const b of data.bodies) out.push(bodyCells(b));
  return out;
}

// --- rows → data -----------------------------------------------------------------------------------------------

/** The occupation a row describes; what the CSV does not carry comes from `base` (the built-in entry of that id). */
export function occupationFrom(c: Cells, base: ReferenceOccupation | undefined, competentBodies: CompetentBodyRule[]): ReferenceOccupation {
  const legalBasis: LegalBasis[] = listOf(c.rechtsgrundlagen).map((item) => {
    const i = item.indexOf(':');
    const code = item.slice(0, i) as LegalBasisCode;
    const ref = item.slice(i + 1).trim();
    return base?.legalBasis.find((b) => b.code === code && b.ref === ref) ?? { code, ref, text: { de: '', en: '' } };
  });
  const feeCells = [c.gebuehr_parameter, c.gebuehr_von_eur, c.gebuehr_bis_eur, c.gebuehr_typisch_eur, c.gebuehr_zu_pruefen];
  let fee: RecognitionFee | undefined;
  if (feeCells.some((x) => x !== undefined && x !== '')) {
    fee = {
      ...(base?.fee?.note ? { note: base.fee.note } : {}),
      ...(base?.fee?.reference ? { reference: base.fee.reference } : {}),
      ...(opt(c.gebuehr_parameter) ? { parameterId: c.gebuehr_parameter } : {}),
      ...(numOf(c.gebuehr_von_eur) !== undefined ? { minEur: numOf(c.gebuehr_von_eur) } : {}),
      ...(numOf(c.gebuehr_bis_eur) !== undefined ? { maxEur: numOf(c.gebuehr_bis_eur) } : {}),
      ...(numOf(c.gebuehr_typisch_eur) !== undefined ? { typicalEur: numOf(c.gebuehr_typisch_eur) } : {}),
      ...(c.gebuehr_zu_pruefen === 'ja' ? { unconfirmed: true } : {}),
    };
  }
  const o: ReferenceOccupation = {
    id: c.id!,
    title: textOf(c.bezeichnung, c.bezeichnung_en),
    isco: c.isco!,
    ...(opt(c.kldb) ? { kldb: c.kldb } : {}),
    catalogueIds: listOf(c.katalog_ids),
    ...(opt(c.verwandte_ids) ? { relatedIds: listOf(c.verwandte_ids) } : {}),
    kind: c.art as RecognitionKind,
    employmentRegulated: c.beschaeftigung_reglementiert === 'ja',
    titleProtected: c.titel_geschuetzt === 'ja',
    selfEmploymentOrReservedRegulated: c.selbststaendigkeit_vorbehalten === 'ja',
    regulationNote: textOf(c.regelung_hinweis, c.regelung_hinweis_en),
    legalBasis,
    competentBodies,
    ...(fee ? { fee } : {}),
    deadlines: c.fristen as DeadlineRule,
    documents: listOf(c.unterlagen) as DocumentCode[],
    onlineApplication: onlineOf(c.online_antrag!) ?? 'unknown',
    searchTerm: c.suchbegriff!,
    ...(opt(c.profil_url) ? { profileUrl: c.profil_url } : {}),
    validFrom: c.gueltig_ab!,
    ...(opt(c.gueltig_bis) ? { validUntil: c.gueltig_bis } : {}),
    reference: { title: c.quelle_titel!, url: c.quelle_url! },
    ...(base?.alsoSee ? { alsoSee: base.alsoSee } : {}),
    lastVerified: c.zuletzt_geprueft!,
    ...(c.zu_pruefen === 'ja' ? { unconfirmed: true } : {}),
    ...(opt(c.zu_pruefen_hinweis) || opt(c.zu_pruefen_hinweis_en) ? { unconfirmedNote: textOf(c.zu_pruefen_hinweis, c.zu_pruefen_hinweis_en) } : {}),
  };
  return o;
}

export function ruleFrom(c: Cells): CompetentBodyRule {
  const onlineApplication = onlineOf(c.online_antrag ?? '');
  return {
    land: c.land!,
    bodyId: c.stelle_id!,
    ...(opt(c.hinweis) || opt(c.hinweis_en) ? { note: textOf(c.hinweis, c.hinweis_en) } : {}),
    ...(c.zu_pruefen === 'ja' ? { unconfirmed: true } : {}),
    ...(onlineApplication ? { onlineApplication } : {}),
    ...(opt(c.gebuehr_parameter) ? { feeParameterId: c.gebuehr_parameter } : {}),
  };
}

export function bodyFrom(c: Cells, base: RecognitionBody | undefined): RecognitionBody {
  return {
    id: c.id!,
    kind: c.art as BodyKind,
    name: textOf(c.bezeichnung, c.bezeichnung_en),
    ...(opt(c.strasse) ? { street: c.strasse } : {}),
    ...(opt(c.plz) ? { postcode: c.plz } : {}),
    ...(opt(c.ort) ? { city: c.ort } : {}),
    ...(opt(c.web) ? { url: c.web } : {}),
    ...(opt(c.land) ? { land: c.land } : {}),
    reference: { title: c.quelle_titel!, url: c.quelle_url! },
    ...(base?.alsoSee ? { alsoSee: base.alsoSee } : {}),
    lastVerified: c.zuletzt_geprueft!,
    ...(c.zu_pruefen === 'ja' ? { unconfirmed: true } : {}),
    ...(c.anschrift_zu_pruefen === 'ja' ? { addressUnconfirmed: true } : {}),
    ...(opt(c.hinweis) || opt(c.hinweis_en) ? { note: textOf(c.hinweis, c.hinweis_en) } : {}),
  };
}

/** Where the merged entry comes from: the built-in data, the office's own row over a built-in one, or the office's alone. */
export type Origin = 'builtIn' | 'override' | 'office';

/** The built-in data with the office's rows laid over it, and the origin of each occupation and body. */
export function mergeData(builtIn: RecognitionData, office: readonly OfficeRow[]): { data: RecognitionData; origin: Map<string, Origin> } {
  const origin = new Map<string, Origin>();
  const of = (kind: RowKind) => new Map(office.filter((r) => r.kind === kind).map((r) => [r.key, r.cells]));
  const occRows = of('beruf');
  const bodyRows = of('stelle');
  const ruleRows = office.filter((r) => r.kind === 'zustaendigkeit');

  const rulesFor = (id: string, builtInRules: readonly CompetentBodyRule[]): CompetentBodyRule[] => {
    // the office's rule in the place of the built-in one for the same Land; new Länder after them
    const own = new Map(ruleRows.filter((r) => r.cells.id === id).map((r) => [r.cells.land!, ruleFrom(r.cells)]));
    const out = builtInRules.map((r) => own.get(r.land) ?? r);
    const inPlace = new Set(builtInRules.map((r) => r.land));
    for (const [land, r] of own) if (!inPlace.has(land)) out.push(r);
    return out;
  };

  // an office row replaces the built-in version with the same id and first day; any other is added (a new
  // occupation, or a further dated version of a built-in one, which takes the built-in rules of that id)
  const occupations: ReferenceOccupation[] = [];
  for (const o of builtIn.occupations) {
    const key = occupationKey(o.id, o.validFrom);
    const row = occRows.get(key);
    const ownRules = ruleRows.some((r) => r.cells.id === o.id);
    if (row) {
      occupations.push(occupationFrom(row, o, rulesFor(o.id, o.competentBodies)));
      origin.set(`beruf:${key}`, 'override');
    } else {
      occupations.push(ownRules ? { ...o, competentBodies: rulesFor(o.id, o.competentBodies) } : o);
      origin.set(`beruf:${key}`, ownRules ? 'override' : 'builtIn');
    }
  }
  const known = new Set(builtIn.occupations.map((o) => occupationKey(o.id, o.validFrom)));
  for (const [key, row] of occRows) {
    if (known.has(key)) continue;
    const base = builtIn.occupations.find((o) => o.id === row.id);
    occupations.push(occupationFrom(row, base, rulesFor(row.id!, base?.competentBodies ?? [])));
    origin.set(`beruf:${key}`, 'office');
  }

  const bodies: RecognitionBody[] = builtIn.bodies.map((b) => {
    const row = bodyRows.get(b.id);
    origin.set(`stelle:${b.id}`, row ? 'override' : 'builtIn');
    return row ? bodyFrom(row, b) : b;
  });
  const knownBodies = new Set(builtIn.bodies.map((b) => b.id));
  for (const [id, row] of bodyRows) {
    if (knownBodies.has(id)) continue;
    bodies.push(bodyFrom(row, undefined));
    origin.set(`stelle:${id}`, 'office');
  }
  return { data: { occupations, bodies, districts: builtIn.districts }, origin };
}

/** The columns of a kind (for the list page): which headers a row of this kind may fill. */
export function columnsOf(kind: RowKind): string[] {
  return COLUMNS.filter((c) => c.use[kind] !== undefined).map((c) => c.header);
}
