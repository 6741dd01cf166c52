// Types of the recognition finder (issue 16): German reference occupations (Referenzberufe) with their regulation,
// legal basis, competent body per Land, fees, deadlines, documents and links; the bodies as a separate list keyed by
// id; and the finder's input and result. Pure data, no I/O. The date is always an argument.
//
// The entry types are kept flat on purpose: an office's CSV row maps to one ReferenceOccupation (lists as
// ';'-separated cells, Text as two columns de/en), a body to one RecognitionBody row, and the competent body per Land
// to rows of CompetentBodyRule. Office overrides (issue 16, part r2) replace whole entries or bodies by id.

import type { Reference } from '../parameters/parameter.ts';
import type { GermanAssessment, RouteId, Text } from '../types.ts';

export type { Text, Reference, GermanAssessment };

/** ISO 3166-2 code of a Land, e.g. "DE-RP". */
export type LandCode = string;

export const LAENDER = [
  'DE-BW', 'DE-BY', 'DE-BE', 'DE-BB', 'DE-HB', 'DE-HH', 'DE-HE', 'DE-MV',
  'DE-NI', 'DE-NW', 'DE-RP', 'DE-SL', 'DE-SN', 'DE-ST', 'DE-SH', 'DE-TH',
] as const;

/**
 * What kind of German reference occupation it is; decides the procedure and which body type is competent.
 * - ihk_training: dual training occupation under BBiG in the IHK sector (IHK FOSA decides)
 * - hwk_training: training occupation under HwO/BBiG in the crafts sector (the Handwerkskammer decides)
 * - land_law_title: occupation whose title is protected by Land law (Ingenieur/in, Architekt/in)
 * - land_law_regulated: occupation regulated by Land law beyond the title (Lebensmittelchemiker/in)
 * - reserved_role: a reserved or sovereign role under Land law (Prüfingenieur/in, ÖbVI, Beratende/r Ingenieur/in)
 * - fachschule: a Fachschule title under Land school law (Staatlich geprüfte/r Techniker/in)
 * - academic_non_regulated: an academic occupation without a recognition procedure (anabin / ZAB statement)
 * - regulated_health: a health profession regulated by federal law (licence from the Land authority)
 */
export const RECOGNITION_KINDS = [
  'ihk_training',
  'hwk_training',
  'land_law_title',
  'land_law_regulated',
  'reserved_role',
  'fachschule',
  'academic_non_regulated',
  'regulated_health',
] as const;
export type RecognitionKind = (typeof RECOGNITION_KINDS)[number];

/** Codes of the legal bases the data cites. */
export const LEGAL_BASIS_CODES = [
  'BQFG',
  'BBiG',
  'HwO',
  'BQFGRP',
  'IngKaG-RLP',
  'ArchG-RLP',
  'LBauO-RLP',
  'LGVerm-RLP',
  'SchulG-RLP',
  'APOLMChem-RLP',
  'PruefIngVO-RLP',
  'PflBG',
  'BAeO',
  'Land',
  'none',
] as const;
export type LegalBasisCode = (typeof LEGAL_BASIS_CODES)[number];

export interface LegalBasis {
  code: LegalBasisCode;
  /** German citation to the paragraph as the rest of src/law writes it, e.g. "§ 2 Abs. 1 IngKaG"; English via refEn */
  ref: string;
  /** what the provision says for this occupation, in plain words */
  text: Text;
  reference?: Reference;
}

/**
 * Sentinels for CompetentBodyRule.bodyId besides a RecognitionBody id:
 * - 'ask': the data does not know the body for this Land: "ask the service office", never a guess
 * - 'district:hwk' / 'district:ihk': the body is the chamber of the place's district (DistrictAssignment)
 */
export const BODY_ASK = 'ask';
export const BODY_HWK_DISTRICT = 'district:hwk';
export const BODY_IHK_DISTRICT = 'district:ihk';
export type BodyRef = string;

/** The competent body for one Land (or every Land: '*'). A CSV row: land, bodyId, note de/en, unconfirmed. */
export interface CompetentBodyRule {
  land: LandCode | '*';
  bodyId: BodyRef;
  note?: Text;
  unconfirmed?: boolean;
  /** overrides the entry's onlineApplication for this Land */
  onlineApplication?: OnlineApplication;
  /** overrides the entry's fee parameter for this Land (e.g. the engineer title fee of RLP vs other Länder) */
  feeParameterId?: string;
}

export type OnlineApplication = 'yes' | 'no' | 'unknown';

export const BODY_KINDS = [
  'ihk-fosa',
  'ihk',
  'hwk',
  'engineer-chamber',
  'architect-chamber',
  'land-authority',
  'health-authority',
  'school-authority',
  'academic-assessment',
  'other',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** A competent body (or advice body). A CSV row; address fields flat. */
export interface RecognitionBody {
  /** stable slug; the plan's authorities use the same ids where they overlap (ihk-fosa, hwk-pfalz, ingkammer-rlp, kmk-zab) */
  id: string;
  kind: BodyKind;
  name: Text;
  /** postal address; absent where not verified (then the finder says so) */
  street?: string;
  postcode?: string;
  /** city of the seat; absent for a body that depends on the place (e.g. "the Bezirksregierung of the place of residence") */
  city?: string;
  /** web address */
  url?: string;
  /** Land of the seat; absent for federal or nationwide bodies */
  land?: LandCode;
  reference: Reference;
  alsoSee?: Reference[];
  lastVerified: string;
  /** competence or name UNCONFIRMED */
  unconfirmed?: boolean;
  /** the postal address is UNCONFIRMED (from general knowledge, not from a stored source) */
  addressUnconfirmed?: boolean;
  note?: Text;
}

/** How the fee is given: a dated plan fee parameter (src/law/parameters/plan/fees.ts) or an amount (office data). */
export interface RecognitionFee {
  /** id of a plan fee parameter, resolved at the date; wins over the amounts */
  parameterId?: string;
  minEur?: number;
  maxEur?: number;
  typicalEur?: number;
  unconfirmed?: boolean;
  note?: Text;
  reference?: Reference;
}

/**
 * Which statutory deadlines apply:
 * - 'bqfg': § 6 Abs. 3 BQFG (receipt 1 month, decision 3 months after the complete file) and § 14a BQFG (§ 81a:
 *   2 weeks / 2 months)
 * - 'bqfgrp': the same periods under the RLP law (§ 6, § 14a BQFGRP)
 * - 'ingkag': receipt within 1 month (§ 4 IngKaG); decision period not known
 * - 'none': no recognition procedure (academic non-regulated: ZAB statement, no statutory period)
 * - 'unknown': the data knows no period
 */
export const DEADLINE_RULES = ['bqfg', 'bqfgrp', 'ingkag', 'none', 'unknown'] as const;
export type DeadlineRule = (typeof DEADLINE_RULES)[number];

/** Document codes; labels in data/documents.ts. */
export const DOCUMENT_CODES = [
  'application-form',
  'identity',
  'qualification-certificate',
  'subject-list',
  'work-experience',
  'cv',
  'translations',
  'intent-to-work',
  'german-language',
  'good-conduct',
  'health-certificate',
  'degree-certificate',
  'zab-statement',
  'name-change',
] as const;
export type DocumentCode = (typeof DOCUMENT_CODES)[number];

/** A German reference occupation (Referenzberuf) with everything the finder shows. One CSV row. */
export interface ReferenceOccupation {
  /** stable slug, e.g. "elektroniker-betriebstechnik"; never reuse or rename one that has shipped */
  id: string;
  title: Text;
  /** ISCO-08 unit group, 4 digits */
  isco: string;
  /** KldB 2010, 5 digits, only where certain */
  kldb?: string;
  /** ids from src/catalogue/data/occupations.ts that lead to this reference occupation */
  catalogueIds: string[];
  kind: RecognitionKind;
  /** related reference occupations shown as "see also", e.g. the reserved roles beside Bauingenieur/in */
  relatedIds?: string[];
  /** working as an employee needs recognition or a licence */
  employmentRegulated: boolean;
  /** the title is protected (using it needs recognition or a permit) */
  titleProtected: boolean;
  /** self-employment or reserved activities are regulated (Handwerksrolle, Bauvorlageberechtigung, chamber lists …) */
  selfEmploymentOrReservedRegulated: boolean;
  /** plain explanation of the three flags for this occupation */
  regulationNote: Text;
  legalBasis: LegalBasis[];
  /** the competent body per Land; a Land not listed (and no '*') means "ask the service office" */
  competentBodies: CompetentBodyRule[];
  fee?: RecognitionFee;
  deadlines: DeadlineRule;
  documents: DocumentCode[];
  onlineApplication: OnlineApplication;
  /** the term to fill into the Anerkennungs-Finder and BERUFENET searches */
  searchTerm: string;
  /** a direct link to the official profile where one is known (anerkennung-in-deutschland.de, BERUFENET) */
  profileUrl?: string;
  validFrom: string;
  validUntil?: string;
  reference: Reference;
  alsoSee?: Reference[];
  lastVerified: string;
  unconfirmed?: boolean;
  /** what is unconfirmed, for the "to be verified" note */
  unconfirmedNote?: Text;
}

/** The chamber district of a place (referenced data; MAPPED_FROM_GEOGRAPHY ones are unconfirmed). */
export interface DistrictAssignment {
  /** place key from src/catalogue/places.ts */
  placeKey: string;
  chamber: 'hwk' | 'ihk';
  bodyId: string;
  reference: Reference;
  lastVerified: string;
  unconfirmed?: boolean;
}

/** Everything the finder reads; the built-in data or the office's merged data (r2). */
export interface RecognitionData {
  occupations: readonly ReferenceOccupation[];
  bodies: readonly RecognitionBody[];
  districts: readonly DistrictAssignment[];
}

// ---- Finder input and result ----

export interface RecognitionInput {
  /** a catalogue occupation id (src/catalogue/data/occupations.ts) … */
  catalogueId?: string;
  /** … or a reference occupation id (chosen from the candidates); wins over catalogueId */
  referenceId?: string;
  /** Land where the person works or wants to work (or lives), ISO 3166-2 */
  land?: LandCode;
  /** place key (src/catalogue/places.ts) or a place name / alias (e.g. "Kaiserslautern") */
  place?: string;
  /** the procedure is run as part of the accelerated procedure (§ 81a AufenthG) */
  accelerated?: boolean;
}

/** A body as the finder shows it, or "ask the service office". */
export type ResolvedBody =
  | {
      known: true;
      id: string;
      kind: BodyKind;
      name: Text;
      street?: string;
      postcode?: string;
      city?: string;
      url?: string;
      reference: Reference;
      lastVerified: string;
      unconfirmed: boolean;
      addressUnconfirmed: boolean;
      /** notes of the rule, the body and the district assignment */
      notes: Text[];
    }
  | {
      known: false;
      /** what kind of body would be competent, e.g. "the Handwerkskammer for the place of work" */
      role: Text;
      /** always ends with the advice to ask the service office */
      note: Text;
    };

export interface RegulationExplanation {
  employmentRegulated: boolean;
  titleProtected: boolean;
  selfEmploymentOrReservedRegulated: boolean;
  /** plain sentences: one per flag, then the occupation's own note */
  texts: Text[];
}

export type RecognitionStepId =
  | 'advice'
  | 'anabin'
  | 'zab-statement'
  | 'application'
  | 'documents'
  | 'receipt-confirmation'
  | 'decision';

export interface RecognitionPeriod {
  n: number;
  unit: 'weeks' | 'months';
}

export interface RecognitionDeadline {
  period: RecognitionPeriod;
  /** statute citation, e.g. "§ 6 Abs. 3 S. 1 BQFG" */
  ref: string;
  reference: Reference;
  text: Text;
}

export interface RecognitionStep {
  id: RecognitionStepId;
  title: Text;
  text: Text;
  ref?: string;
  deadline?: RecognitionDeadline;
  link?: { url: string; label: Text };
}

export interface ResolvedFee {
  /** null: the amount is not known */
  eur: { min: number; max: number; typical?: number } | null;
  parameterId?: string;
  reference?: Reference;
  unconfirmed: boolean;
  text: Text;
}

export interface DeepLink {
  kind: 'anerkennungs-finder' | 'berufenet' | 'profile' | 'anabin' | 'zab';
  url: string;
  label: Text;
  unconfirmed?: boolean;
}

/** Outcome of the recognition (or assessment) and what it means for residence. */
export const RECOGNITION_OUTCOMES = ['full', 'partial', 'none', 'academic_comparable', 'academic_not_comparable'] as const;
export type RecognitionOutcome = (typeof RECOGNITION_OUTCOMES)[number];

export interface ResidenceConsequence {
  /** the route of the pathway check, where one fits */
  route?: RouteId;
  /** statute citation (German form), e.g. "§ 16d Abs. 1 AufenthG" */
  ref: string;
  text: Text;
  unconfirmed?: boolean;
}

export interface OutcomeConsequences {
  outcome: RecognitionOutcome;
  /** the check's qualification.germanAssessment this outcome gives */
  germanAssessment: GermanAssessment;
  title: Text;
  text: Text;
  consequences: ResidenceConsequence[];
}

export interface CandidateOccupation {
  id: string;
  title: Text;
  kind: RecognitionKind;
  /** why it is a candidate, e.g. "IHK occupation (industry)" vs "craft occupation" */
  hint: Text;
}

export interface RecognitionFound {
  status: 'found';
  date: string;
  occupation: {
    id: string;
    title: Text;
    isco: string;
    kldb?: string;
    kind: RecognitionKind;
    kindLabel: Text;
  };
  regulation: RegulationExplanation;
  legalBasis: LegalBasis[];
  /** the body that decides (for academic non-regulated: the ZAB at the KMK, which assesses) */
  body: ResolvedBody;
  /** further bodies and why, e.g. the ZAB at the KMK for the residence title when the Ingenieurkammer decides the title */
  alsoRelevant: Array<{ body: ResolvedBody; why: Text }>;
  /** related reference occupations (reserved roles etc.), for "see also" */
  related: CandidateOccupation[];
  place: { land?: LandCode; placeKey?: string; name?: string; resolved: boolean };
  steps: RecognitionStep[];
  fee: ResolvedFee;
  /** statutory periods; both lists empty where none apply or none are held (the text says which) */
  deadlines: { regular: RecognitionDeadline[]; accelerated: RecognitionDeadline[]; text: Text };
  onlineApplication: OnlineApplication;
  onlineText: Text;
  links: DeepLink[];
  outcomes: OutcomeConsequences[];
  documents: Array<{ code: DocumentCode; label: Text }>;
  source: { reference: Reference; alsoSee: Reference[]; lastVerified: string };
  /** everything the adviser must verify ("zu prüfen / to be verified") */
  unconfirmed: Text[];
}

export interface RecognitionChoose {
  status: 'choose';
  date: string;
  candidates: CandidateOccupation[];
  text: Text;
}

export interface RecognitionNotFound {
  status: 'not_found';
  date: string;
  /** 'occupation': no reference occupation for it in the data (or none valid on the date) */
  reason: 'no_occupation' | 'not_valid_on_date';
  text: Text;
  links: DeepLink[];
}

export type RecognitionResult = RecognitionFound | RecognitionChoose | RecognitionNotFound;

// ---- anabin / ZAB → germanAssessment ----

export type AnabinInstitutionStatus = 'H+' | 'H+/-' | 'H-' | 'unknown';
export type AnabinDegreeRating = 'entspricht' | 'gleichwertig' | 'nicht_gleichwertig' | 'not_listed';
export type ZabStatement = 'comparable' | 'equivalent' | 'not_comparable' | 'none';

export interface AcademicDegreeInput {
  institutionStatus: AnabinInstitutionStatus;
  degreeRating: AnabinDegreeRating;
  zabStatement?: ZabStatement;
}

export interface AcademicDegreeAssessment {
  germanAssessment: GermanAssessment;
  /** anabin or the ZAB statement settles the question */
  settled: boolean;
  explanation: Text;
  ref?: string;
  nextStep?: {
    id: 'zab-statement';
    text: Text;
    fee: ResolvedFee;
    duration: Text;
    link: { url: string; label: Text };
  };
}
