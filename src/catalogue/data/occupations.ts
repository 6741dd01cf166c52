// The occupation catalogue: everyday job titles, German and English, with synonyms, each keyed to
// an ISCO-08 unit group (the code the pathway check works with).
//
// One entry per job title; several entries may share a unit group.
// - kldb: 5-digit code of the German Klassifikation der Berufe 2010 (revised 2020), given only where
//   the KldB class plainly names this occupation and the official KldB 2010 to ISCO-08 crosswalk of
//   the Bundesagentur für Arbeit links that class to the entry's ISCO unit group. Otherwise omitted.
// - regulatedInDe: set only where it is clearly known (Approbation, Berufserlaubnis, protected
//   title); otherwise omitted, which means "not known here", not "not regulated".
// - chamber: the chamber competent for recognising a foreign vocational qualification as
//   equivalent to this German training occupation (IHK FOSA for IHK occupations, the
//   Handwerkskammer for crafts). Omitted where the occupation is trained in both sectors.
// - regulation (derived in occ(), with its source): 'regulated' where practising needs a licence or
//   permit (regulatedInDe), 'title' where only the title is protected (engineers, architects),
//   'free' where a source says the occupation is not regulated for employees (dual training
//   occupations under BBiG/HwO; IT and the sciences named in the facts), 'unknown' otherwise.
//   Never guessed: an entry not covered by one of the sources below stays 'unknown'.
// - prominence: an editorial weight for ordering search suggestions only (never used by the law).
//   Among entries whose title or synonym starts with what was typed, the more prominent come first:
//   3 = the occupations advisers meet most in skilled immigration (nursing, doctors, software
//   developers, the electricians, the big metal and SHK trades, engineers); 2 = common further
//   ones; 0 = default; -1 = an umbrella entry whose title is only the shared start of more precise
//   entries (it stays for saved checks and for people who do not know the specialisation).
//   It follows, without being a figure from them, the occupations that lead the BA's bottleneck
//   analysis (Engpassanalyse) and the official statistics of recognition procedures (Destatis,
//   reference occupations); it is a judgement, reviewed like any other data change.

import type { IscoUnitGroup } from '../isco08.ts';
import { iscoUnitGroup } from '../isco08.ts';

export type OccupationLevel = 'academic' | 'vocational' | 'manager' | 'technician';
export type Chamber = 'IHK' | 'HWK';
/** regulated: practice needs a licence or permit; title: only the title is protected; free: not
 * regulated for employees; unknown: not checked against a source */
export type Regulation = 'regulated' | 'title' | 'free' | 'unknown';

export interface LocalisedText {
  de: string;
  en: string;
}

export interface Occupation {
  /** stable slug; never reuse or rename one that has shipped */
  id: string;
  /** ISCO-08 unit group, 4 digits */
  isco: string;
  /** title of the ISCO-08 unit group */
  iscoTitle: LocalisedText;
  /** everyday job title; German in the gender-inclusive form where usual */
  title: LocalisedText;
  /** German and English alternative names, spellings and abbreviations */
  synonyms: readonly string[];
  /** KldB 2010 code, 5 digits, only where certain */
  kldb?: string;
  regulatedInDe?: boolean;
  /** whether the occupation is regulated in Germany (see the header), never a guess */
  regulation: Regulation;
  /** where the regulation status comes from; absent exactly when it is 'unknown' */
  regulationSource?: RegulationSource;
  /** editorial ordering weight for search suggestions (see the header); 0 by default */
  prominence: number;
  chamber?: Chamber;
  level: OccupationLevel;
  note?: LocalisedText;
}

export interface RegulationSource {
  text: LocalisedText;
  url: string;
}

interface Extra {
  kldb?: string;
  regulatedInDe?: boolean;
  /** only the title is protected (work is free) */
  titleProtected?: true;
  chamber?: Chamber;
  note?: LocalisedText;
  /** overrides PROMINENCE[id] */
  prominence?: number;
}

// ------------------------------------------------------------------ sources of the regulation status

const SOURCE_REGULATED: RegulationSource = {
  text: {
    de: 'Reglementierter Beruf nach dem jeweiligen Berufsgesetz (siehe Hinweis); Anerkennungs-Finder „Anerkennung in Deutschland“ (BIBB) und EU-Datenbank reglementierter Berufe.',
    en: 'Regulated profession under its professional act (see note); Recognition Finder "Anerkennung in Deutschland" (BIBB) and the EU Regulated Professions Database.',
  },
  url: 'https://www.anerkennung-in-deutschland.de/html/de/pro/anerkennungs-finder.php',
};

const SOURCE_TITLE: RegulationSource = {
  text: {
    de: 'Berufsbezeichnung durch Landesrecht geschützt (Ingenieur- bzw. Architektengesetze der Länder); die Arbeit als Angestellte/r ist frei.',
    en: 'Title protected by Land law (the Länder engineering and architects acts); working as an employee is free.',
  },
  url: 'https://www.anerkennung-in-deutschland.de/html/de/pro/anerkennungs-finder.php',
};

const SOURCE_DUAL: RegulationSource = {
  text: {
    de: 'Dualer Ausbildungsberuf (BBiG/HwO): nicht reglementiert, Arbeiten als Angestellte/r ohne Anerkennung möglich; § 18a AufenthG verlangt sie trotzdem. Selbstständig in einem zulassungspflichtigen Handwerk (Anlage A HwO) nur mit Eintragung in die Handwerksrolle.',
    en: 'Dual training occupation (BBiG/HwO): not regulated, employees may work without recognition; § 18a AufenthG still requires it. Self-employment in a licensed craft (Annex A HwO) needs an entry in the craft register.',
  },
  url: 'https://make-it-in.rlp.de/arbeiten/anerkennung',
};

const SOURCE_IT: RegulationSource = {
  text: {
    de: 'IT-Berufe sind in Deutschland nicht reglementiert; für das Aufenthaltsrecht zählt der vergleichbare Abschluss oder § 18g Abs. 2 / § 6 BeschV.',
    en: 'IT occupations are not regulated in Germany; for the residence title what counts is a comparable degree or § 18g (2) / § 6 BeschV.',
  },
  url: 'https://www.make-it-in-germany.com/de/unternehmen/einreise/arbeitsmarktzulassung/it-kraefte',
};

const SOURCE_SCIENCE: RegulationSource = {
  text: {
    de: 'Nicht reglementiert (kein geschützter Titel); für das Aufenthaltsrecht genügt die Vergleichbarkeit des Abschlusses (anabin oder ZAB-Zeugnisbewertung).',
    en: 'Not regulated (no protected title); for the residence title a comparable degree suffices (anabin or a ZAB statement).',
  },
  url: 'https://www.anerkennung-in-deutschland.de/html/de/pro/anerkennungs-finder.php',
};

/** Vocational entries without a chamber that are nevertheless dual training occupations under BBiG/HwO. */
const DUAL_WITHOUT_CHAMBER: ReadonlySet<string> = new Set([
  'vermessungstechniker', 'technischer-systemplaner', 'fachkraft-abwassertechnik', 'hochbaufacharbeiter', 'maurer', 'pflasterer',
  'betonbauer', 'estrichleger', 'zimmerer', 'geruestbauer', 'abbruch', 'bauwerksabdichter', 'fliesenleger', 'bodenleger', 'stuckateur',
  'trockenbaumonteur', 'isolierer', 'rohrleitungsbauer', 'mechatroniker-kaeltetechnik', 'werkzeugmechaniker', 'modellbauer',
  'kfz-mechatroniker', 'karosseriebauer', 'land-und-baumaschinenmechatroniker', 'mechatroniker', 'elektroniker-maschinen-antriebstechnik',
  'elektroniker', 'it-systemelektroniker',
]);

/** Academic entries the facts name as not regulated (legal-facts.md § 4.2, recognition-integration-facts.md § 1.2). */
const SCIENCE_NOT_REGULATED: ReadonlySet<string> = new Set(['physiker', 'mathematiker', 'informatiker']);

// ------------------------------------------------------------------ prominence (see the header)

/** Editorial ordering weights; every other entry has 0. Keys must be catalogue ids (tested). */
export const PROMINENCE: Readonly<Record<string, number>> = Object.freeze({
  // 3: met most often in skilled immigration
  pflegefachkraft: 3,
  altenpfleger: 3,
  allgemeinarzt: 3,
  softwareentwickler: 3,
  'elektroniker-energie-gebaeudetechnik': 3,
  'kfz-mechatroniker': 3,
  'anlagenmechaniker-shk': 3,
  industriemechaniker: 3,
  maschinenbauingenieur: 3,
  bauingenieur: 3,
  elektroingenieur: 3,
  // 2: common further ones
  'elektroniker-betriebstechnik': 2,
  mechatroniker: 2,
  facharzt: 2,
  erzieher: 2,
  'fachinformatiker-anwendungsentwicklung': 2,
  'fachinformatiker-systemintegration': 2,
  zerspanungsmechaniker: 2,
  metallbauer: 2,
  maurer: 2,
  // -1: umbrella entries (their specialisations have entries of their own)
  elektroniker: -1,
});

function regulationOf(id: string, isco: string, level: OccupationLevel, extra: Extra): { regulation: Regulation; source?: RegulationSource } {
  if (extra.regulatedInDe === true) return extra.titleProtected ? { regulation: 'title', source: SOURCE_TITLE } : { regulation: 'regulated', source: SOURCE_REGULATED };
  if (level === 'vocational' && (extra.chamber !== undefined || DUAL_WITHOUT_CHAMBER.has(id))) return { regulation: 'free', source: SOURCE_DUAL };
  if (level !== 'manager' && /^25\d\d$/.test(isco)) return { regulation: 'free', source: SOURCE_IT };
  if (SCIENCE_NOT_REGULATED.has(id)) return { regulation: 'free', source: SOURCE_SCIENCE };
  return { regulation: 'unknown' };
}

const ENGINEER: Extra = {
  regulatedInDe: true,
  titleProtected: true,
  note: {
    de: 'Die Berufsbezeichnung „Ingenieur/in“ ist durch die Ingenieurgesetze der Länder geschützt. Arbeiten ist ohne Anerkennung möglich; wer den Titel führen will, braucht die Genehmigung der zuständigen Stelle (meist die Ingenieurkammer des Landes).',
    en: 'The title "Ingenieur/in" is protected by the engineering laws of the German Länder. Working needs no recognition; using the title needs an authorisation from the competent body (usually the Land chamber of engineers).',
  },
};

const ARCHITECT: Extra = {
  regulatedInDe: true,
  titleProtected: true,
  note: {
    de: 'Die Berufsbezeichnung ist durch die Architektengesetze der Länder geschützt; sie zu führen und bauvorlageberechtigt zu sein setzt die Eintragung bei der Architektenkammer voraus.',
    en: 'The title is protected by the architects acts of the Länder; using it and signing building applications requires registration with the chamber of architects.',
  },
};

const APPROBATION: LocalisedText = {
  de: 'Reglementierter Heilberuf: Berufsausübung nur mit Approbation oder vorübergehender Berufserlaubnis der zuständigen Landesbehörde.',
  en: 'Regulated health profession: practice only with a licence (Approbation) or a temporary permit from the competent Land authority.',
};

const HEALTH_PERMIT: LocalisedText = {
  de: 'Reglementierter Gesundheitsfachberuf: Die Berufsbezeichnung darf nur mit staatlicher Erlaubnis geführt werden; ausländische Abschlüsse brauchen eine Anerkennung.',
  en: 'Regulated health profession: the title may only be used with a state permit; foreign qualifications need recognition.',
};

const TEACHER: LocalisedText = {
  de: 'Lehrkräfte an staatlichen Schulen brauchen eine Lehramtsbefähigung bzw. deren Anerkennung durch das Kultusministerium des Landes.',
  en: 'Teachers at state schools need a teaching qualification (Lehramt) or its recognition by the Land ministry of education.',
};

const LICENCE: LocalisedText = {
  de: 'Tätigkeit nur mit behördlicher Lizenz bzw. Befähigungszeugnis.',
  en: 'Work only with an official licence or certificate of competency.',
};

const NURSE_ISCO: LocalisedText = {
  de: 'Reglementierter Beruf (Pflegeberufegesetz): Berufsbezeichnung nur mit Erlaubnis. Die amtliche Zuordnung KldB→ISCO führt in Deutschland ausgebildete Pflegefachkräfte unter ISCO 3221; Pflegefachkräfte mit Hochschulabschluss unter 2221.',
  en: 'Regulated profession (Nursing Professions Act): the title requires a permit. The official German KldB-to-ISCO crosswalk puts vocationally trained nurses in ISCO 3221 and nurses with a degree in 2221.',
};

function occ(
  id: string,
  isco: string,
  level: OccupationLevel,
  de: string,
  en: string,
  synonyms: readonly string[],
  extra: Extra = {},
): Occupation {
  const group: IscoUnitGroup | undefined = iscoUnitGroup(isco);
  if (group === undefined) throw new Error(`occupation ${id}: ISCO-08 unit group ${isco} is not in isco08.ts`);
  const { regulation, source } = regulationOf(id, isco, level, extra);
  const entry: Occupation = {
    id,
    isco,
    iscoTitle: group.title,
    title: Object.freeze({ de, en }),
    synonyms: Object.freeze([...synonyms]),
    level,
    regulation,
    prominence: extra.prominence ?? PROMINENCE[id] ?? 0,
  };
  if (source !== undefined) entry.regulationSource = source;
  if (extra.kldb !== undefined) entry.kldb = extra.kldb;
  if (extra.regulatedInDe !== undefined) entry.regulatedInDe = extra.regulatedInDe;
  else if (regulation === 'free') entry.regulatedInDe = false;
  if (extra.chamber !== undefined) entry.chamber = extra.chamber;
  if (extra.note !== undefined) entry.note = extra.note;
  return Object.freeze(entry);
}

export const OCCUPATIONS: readonly Occupation[] = Object.freeze([
  // ---------------------------------------------------------------- 13 managers
  occ('landwirtschaftliche-betriebsleitung', '1311', 'manager', 'Betriebsleiter/in Landwirtschaft', 'Farm manager', ['Agrarbetriebsleiter', 'Leiter landwirtschaftlicher Betrieb', 'Gutsverwalter', 'Forstbetriebsleiter', 'Agricultural production manager', 'Forestry manager']),
  occ('fischereibetriebsleitung', '1312', 'manager', 'Betriebsleiter/in Fischwirtschaft und Aquakultur', 'Aquaculture and fisheries manager', ['Fischwirtschaftsmeister', 'Leiter Aquakultur', 'Fischzuchtleiter', 'Fish farm manager', 'Fisheries manager'], { kldb: '11494' }),
  occ('produktionsleitung', '1321', 'manager', 'Produktionsleiter/in', 'Production manager', ['Fertigungsleiter', 'Werkleiter', 'Werksleiter', 'Betriebsleiter Produktion', 'Leiter Fertigung', 'Plant manager', 'Manufacturing manager', 'Head of production', 'Operations manager manufacturing'], { kldb: '27394' }),
  occ('bergbauleitung', '1322', 'manager', 'Betriebsleiter/in Bergbau', 'Mining manager', ['Bergwerksdirektor', 'Leiter Tagebau', 'Grubenbetriebsleiter', 'Mine manager', 'Quarry manager'], { kldb: '21194' }),
  occ('bauleitung', '1323', 'manager', 'Bauleiter/in', 'Construction manager', ['Bauleitung', 'Oberbauleiter', 'Projektleiter Bau', 'Site manager', 'Construction project manager', 'Bauprojektleiter'], {
    note: {
      de: 'Bauleiter/innen, die eine Baustelle als Führungskraft verantworten, gehören zu ISCO 1323; Poliere und Bauvorarbeiter (Aufsicht auf der Baustelle) zu 3123.',
      en: 'Construction managers responsible for a site as managers belong to ISCO 1323; site foremen (Polier) supervising the work belong to 3123.',
    },
  }),
  occ('bauleitung-architektur', '1323', 'manager', 'Leiter/in Bauplanung und Bauüberwachung', 'Head of construction planning and supervision', ['Leiter Planungsbüro', 'Leiter Architekturbüro', 'Head of design and site supervision'], { kldb: '31194' }),
  occ('logistikleitung', '1324', 'manager', 'Logistikleiter/in', 'Logistics manager', ['Supply Chain Manager', 'Leiter Logistik', 'Leiter Supply Chain', 'Head of logistics', 'Distribution manager', 'Speditionsleiter'], { kldb: '51694' }),
  occ('einkaufsleitung', '1324', 'manager', 'Einkaufsleiter/in', 'Purchasing manager', ['Leiter Einkauf', 'Leiter Beschaffung', 'Head of procurement', 'Procurement manager', 'Supply manager']),
  occ('it-leitung', '1330', 'manager', 'IT-Leiter/in', 'IT manager', ['Leiter IT', 'CIO', 'Chief Information Officer', 'Head of IT', 'IT-Manager', 'IT-Bereichsleiter', 'Leiter Rechenzentrum', 'ICT service manager'], { kldb: '43394' }),
  occ('leitung-softwareentwicklung', '1330', 'manager', 'Leiter/in Softwareentwicklung', 'Head of software development', ['Head of Engineering', 'Engineering Manager', 'CTO', 'Chief Technology Officer', 'Entwicklungsleiter Software', 'VP Engineering', 'Teamleiter Softwareentwicklung'], { kldb: '43494' }),
  occ('kita-leitung', '1341', 'manager', 'Kita-Leiter/in', 'Childcare centre manager', ['Kitaleitung', 'Leiter Kindertagesstätte', 'Kindergartenleiter', 'Einrichtungsleitung Kita', 'Child care services manager', 'Day care centre manager']),
  occ('pflegedienstleitung', '1342', 'manager', 'Pflegedienstleiter/in', 'Director of nursing', ['PDL', 'Pflegedienstleitung', 'Pflegedirektor', 'Leitung Pflegedienst', 'Head of nursing', 'Nursing director'], { kldb: '81394' }),
  occ('klinikleitung', '1342', 'manager', 'Klinikmanager/in', 'Hospital manager', ['Krankenhausdirektor', 'Klinikleiter', 'Krankenhausmanager', 'Health services manager', 'Hospital director']),
  occ('heimleitung-altenpflege', '1343', 'manager', 'Einrichtungsleiter/in Altenpflege', 'Aged care facility manager', ['Heimleiter', 'Heimleitung', 'Leiter Seniorenheim', 'Leiter Pflegeheim', 'Nursing home manager', 'Aged care manager'], { kldb: '82194' }),
  occ('leitung-sozialeinrichtung', '1344', 'manager', 'Leiter/in einer sozialen Einrichtung', 'Social welfare manager', ['Leiter Sozialdienst', 'Einrichtungsleitung Jugendhilfe', 'Leiter Jugendamt', 'Social services manager'], { kldb: '83194' }),
  occ('schulleitung', '1345', 'manager', 'Schulleiter/in', 'Head teacher', ['Rektor', 'Direktor Schule', 'Schuldirektor', 'Principal', 'School principal', 'Headmaster', 'Education manager']),
  occ('bildungseinrichtung-leitung', '1345', 'manager', 'Leiter/in einer Bildungseinrichtung', 'Head of an education provider', ['Leiter Bildungszentrum', 'Leiter Volkshochschule', 'Leiter Ausbildungszentrum', 'Head of training centre'], { kldb: '84494' }),
  occ('bankfilialleitung', '1346', 'manager', 'Filialleiter/in Bank oder Versicherung', 'Bank or insurance branch manager', ['Filialleiter Bank', 'Geschäftsstellenleiter', 'Bank branch manager', 'Insurance branch manager'], { kldb: '72194' }),
  occ('laborleitung', '1349', 'manager', 'Laborleiter/in', 'Laboratory manager', ['Leiter Labor', 'Leiter Chemielabor', 'Head of laboratory', 'Lab manager']),
  occ('umweltmanagement-leitung', '1349', 'manager', 'Leiter/in Umweltmanagement', 'Head of environmental management', ['Umweltmanager', 'Leiter Umweltschutz', 'Environmental manager'], { kldb: '42394' }),
  occ('leitung-konstruktion', '1349', 'manager', 'Leiter/in Konstruktion', 'Head of design engineering', ['Konstruktionsleiter', 'Leiter Konstruktionsabteilung', 'Head of design office'], { kldb: '27294' }),

  // ---------------------------------------------------------------- 21 science and engineering
  occ('physiker', '2111', 'academic', 'Physiker/in', 'Physicist', ['Physiker', 'Physikerin', 'Medizinphysiker', 'Physicist'], { kldb: '41404' }),
  occ('astronom', '2111', 'academic', 'Astronom/in', 'Astronomer', ['Astrophysiker', 'Astronomer', 'Astrophysicist']),
  occ('meteorologe', '2112', 'academic', 'Meteorologe/Meteorologin', 'Meteorologist', ['Meteorologe', 'Meteorologin', 'Wetterforscher', 'Klimatologe', 'Meteorologist', 'Climatologist'], { kldb: '42144' }),
  occ('chemiker', '2113', 'academic', 'Chemiker/in', 'Chemist', ['Chemiker', 'Chemikerin', 'Analytiker Chemie', 'Lebensmittelchemiker', 'Chemist'], { kldb: '41304' }),
  occ('geologe', '2114', 'academic', 'Geologe/Geologin', 'Geologist', ['Geologe', 'Geologin', 'Geowissenschaftler', 'Hydrogeologe', 'Geologist', 'Geoscientist'], { kldb: '42124' }),
  occ('geophysiker', '2114', 'academic', 'Geophysiker/in', 'Geophysicist', ['Seismologe', 'Geophysicist', 'Seismologist']),
  occ('mathematiker', '2120', 'academic', 'Mathematiker/in', 'Mathematician', ['Mathematiker', 'Mathematikerin', 'Mathematician'], { kldb: '41104' }),
  occ('statistiker', '2120', 'academic', 'Statistiker/in', 'Statistician', ['Statistiker', 'Biostatistiker', 'Biometriker', 'Statistician', 'Biostatistician'], { kldb: '41114' }),
  occ('aktuar', '2120', 'academic', 'Aktuar/in', 'Actuary', ['Versicherungsmathematiker', 'Aktuarin', 'Actuary']),
  occ('biologe', '2131', 'academic', 'Biologe/Biologin', 'Biologist', ['Biologe', 'Biologin', 'Biowissenschaftler', 'Molekularbiologe', 'Zoologe', 'Botaniker', 'Biologist', 'Life scientist', 'Zoologist', 'Botanist'], { kldb: '41204' }),
  occ('mikrobiologe', '2131', 'academic', 'Mikrobiologe/Mikrobiologin', 'Microbiologist', ['Mikrobiologe', 'Mikrobiologin', 'Microbiologist'], { kldb: '41264' }),
  occ('agraringenieur', '2132', 'academic', 'Agraringenieur/in', 'Agricultural engineer (adviser)', ['Agrarwissenschaftler', 'Landwirtschaftsberater', 'Agronom', 'Agricultural adviser', 'Agronomist', 'Farming adviser'], { kldb: '11104', ...ENGINEER }),
  occ('forstwissenschaftler', '2132', 'academic', 'Forstwissenschaftler/in', 'Forestry scientist', ['Forstingenieur', 'Forstwirt (Studium)', 'Forestry adviser', 'Forest scientist'], { kldb: '11714' }),
  occ('umweltwissenschaftler', '2133', 'academic', 'Umweltwissenschaftler/in', 'Environmental scientist', ['Umweltberater', 'Umweltgutachter', 'Umweltschutzexperte', 'Environmental consultant', 'Environmental protection professional'], { kldb: '42314' }),
  occ('umweltschutzbeauftragter', '2133', 'academic', 'Umweltschutzbeauftragte/r', 'Environmental protection officer', ['Immissionsschutzbeauftragter', 'Abfallbeauftragter', 'Gewässerschutzbeauftragter', 'Environmental officer'], { kldb: '42324' }),
  occ('wirtschaftsingenieur', '2141', 'academic', 'Wirtschaftsingenieur/in', 'Industrial engineer', ['Wirtschaftsingenieur', 'Industrial Engineer', 'Wirtschaftsingenieurwesen'], ENGINEER),
  occ('produktionsingenieur', '2141', 'academic', 'Produktionsingenieur/in', 'Production engineer', ['Fertigungsingenieur', 'Prozessingenieur Produktion', 'Lean Manager', 'Production engineer', 'Manufacturing engineer'], { kldb: '27304', ...ENGINEER }),
  occ('qualitaetsingenieur', '2141', 'academic', 'Qualitätsingenieur/in', 'Quality engineer', ['Qualitätsmanager', 'QM-Ingenieur', 'Quality Engineer', 'Quality manager engineering'], { kldb: '27314', ...ENGINEER }),
  occ('bauingenieur', '2142', 'academic', 'Bauingenieur/in', 'Civil engineer', ['Bauingenieur', 'Bauingenieurin', 'Diplom-Bauingenieur', 'Civil Engineer', 'Bauingenieurwesen', 'Ingenieur Bauwesen'], { kldb: '31104', ...ENGINEER }),
  occ('tragwerksplaner', '2142', 'academic', 'Tragwerksplaner/in (Statiker/in)', 'Structural engineer', ['Statiker', 'Statikerin', 'Tragwerksplaner', 'Structural Engineer'], ENGINEER),
  occ('tiefbauingenieur', '2142', 'academic', 'Tiefbauingenieur/in', 'Civil engineer (civil works)', ['Ingenieur Tiefbau', 'Straßenbauingenieur', 'Geotechnical engineer', 'Infrastructure engineer'], { kldb: '32204', ...ENGINEER }),
  occ('wasserbauingenieur', '2142', 'academic', 'Wasserbauingenieur/in', 'Water engineer', ['Ingenieur Wasserwirtschaft', 'Wasserwirtschaftsingenieur', 'Hydraulic engineer'], { kldb: '31144', ...ENGINEER }),
  occ('tga-ingenieur', '2142', 'academic', 'Ingenieur/in für Technische Gebäudeausrüstung', 'Building services engineer', ['TGA-Ingenieur', 'Versorgungsingenieur', 'HLS-Ingenieur', 'Ingenieur Versorgungstechnik', 'MEP engineer', 'Building services engineer'], { kldb: '34104', ...ENGINEER }),
  occ('umweltingenieur', '2143', 'academic', 'Umweltingenieur/in', 'Environmental engineer', ['Umwelttechniker (Studium)', 'Ingenieur Umwelttechnik', 'Environmental Engineer'], { kldb: '42204', ...ENGINEER }),
  occ('siedlungswasserwirtschaft-ingenieur', '2143', 'academic', 'Ingenieur/in Wasserversorgung und Abwassertechnik', 'Water supply and wastewater engineer', ['Abwasseringenieur', 'Siedlungswasserwirtschaft', 'Wastewater engineer'], { kldb: '34314', ...ENGINEER }),
  occ('maschinenbauingenieur', '2144', 'academic', 'Maschinenbauingenieur/in', 'Mechanical engineer', ['Maschinenbauingenieur', 'Maschinenbauer (Studium)', 'Ingenieur Maschinenbau', 'Mechanical Engineer'], { kldb: '25104', ...ENGINEER }),
  occ('fahrzeugingenieur', '2144', 'academic', 'Fahrzeugtechnikingenieur/in', 'Automotive engineer', ['Kfz-Ingenieur', 'Fahrzeugingenieur', 'Automobilingenieur', 'Automotive Engineer'], { kldb: '25214', ...ENGINEER }),
  occ('luft-und-raumfahrtingenieur', '2144', 'academic', 'Luft- und Raumfahrtingenieur/in', 'Aerospace engineer', ['Flugzeugbauingenieur', 'Raumfahrtingenieur', 'Aerospace Engineer', 'Aeronautical engineer'], { kldb: '25234', ...ENGINEER }),
  occ('schiffbauingenieur', '2144', 'academic', 'Schiffbauingenieur/in', 'Naval architect', ['Schiffbauer (Studium)', 'Marine engineer', 'Naval Architect'], { kldb: '25244', ...ENGINEER }),
  occ('kaeltetechnik-ingenieur', '2144', 'academic', 'Ingenieur/in Kältetechnik', 'Refrigeration engineer', ['Kälteingenieur', 'Klimaingenieur', 'Refrigeration engineer', 'HVAC engineer'], { kldb: '34234', ...ENGINEER }),
  occ('verfahrensingenieur', '2145', 'academic', 'Verfahrensingenieur/in', 'Chemical engineer', ['Chemieingenieur', 'Verfahrenstechniker (Studium)', 'Process engineer', 'Chemical Engineer', 'Pharmaingenieur'], { kldb: '41314', ...ENGINEER }),
  occ('lebensmittelingenieur', '2145', 'academic', 'Lebensmitteltechnologe/-technologin', 'Food engineer', ['Lebensmittelingenieur', 'Lebensmitteltechnologe', 'Food technologist', 'Food engineer'], { kldb: '29204', ...ENGINEER }),
  occ('kunststoffingenieur', '2145', 'academic', 'Kunststoffingenieur/in', 'Plastics engineer', ['Kunststofftechniker (Studium)', 'Polymer engineer', 'Plastics engineer'], { kldb: '22104', ...ENGINEER }),
  occ('bergbauingenieur', '2146', 'academic', 'Bergbauingenieur/in', 'Mining engineer', ['Bergingenieur', 'Markscheider', 'Mining Engineer'], { kldb: '21114', ...ENGINEER }),
  occ('metallurge', '2146', 'academic', 'Metallurge/Metallurgin', 'Metallurgist', ['Hütteningenieur', 'Metallurge', 'Metallurgist', 'Metallurgical engineer'], { kldb: '24114', ...ENGINEER }),
  occ('werkstoffingenieur', '2146', 'academic', 'Werkstoffingenieur/in', 'Materials engineer', ['Werkstoffwissenschaftler', 'Materialwissenschaftler', 'Materials scientist', 'Materials engineer'], { kldb: '41424', ...ENGINEER }),
  occ('medizintechnik-ingenieur', '2149', 'academic', 'Medizintechnikingenieur/in', 'Biomedical engineer', ['Medizintechniker (Studium)', 'Biomedizintechniker', 'Biomedical Engineer', 'Medical device engineer'], { kldb: '82504', ...ENGINEER }),
  occ('sicherheitsingenieur', '2149', 'academic', 'Sicherheitsingenieur/in', 'Safety engineer', ['Ingenieur Arbeitssicherheit', 'Sicherheitstechniker (Studium)', 'Safety Engineer', 'HSE engineer'], { kldb: '53124', ...ENGINEER }),
  occ('konstruktionsingenieur', '2149', 'academic', 'Konstruktionsingenieur/in', 'Design engineer', ['Konstrukteur', 'Konstrukteurin', 'Entwicklungskonstrukteur', 'Design Engineer', 'CAD engineer'], { kldb: '27224', ...ENGINEER }),
  occ('entwicklungsingenieur', '2149', 'academic', 'Entwicklungsingenieur/in', 'Development engineer', ['F&E-Ingenieur', 'Forschungsingenieur', 'R&D engineer', 'Research engineer', 'Development Engineer'], { kldb: '27104', ...ENGINEER }),
  occ('holztechnik-ingenieur', '2149', 'academic', 'Ingenieur/in Holztechnik', 'Wood engineer', ['Holzingenieur', 'Holztechniker (Studium)', 'Wood technology engineer'], { kldb: '22304', ...ENGINEER }),
  occ('textilingenieur', '2149', 'academic', 'Textilingenieur/in', 'Textile engineer', ['Textiltechniker (Studium)', 'Textile engineer'], { kldb: '28104', ...ENGINEER }),
  occ('elektroingenieur', '2151', 'academic', 'Elektroingenieur/in', 'Electrical engineer', ['Elektroingenieur', 'Elektrotechnikingenieur', 'Ingenieur Elektrotechnik', 'Electrical Engineer', 'Elektrotechnik (Studium)'], { kldb: '26304', ...ENGINEER }),
  occ('energietechnik-ingenieur', '2151', 'academic', 'Ingenieur/in Energietechnik', 'Power engineer', ['Energietechniker (Studium)', 'Kraftwerksingenieur', 'Power systems engineer', 'Energy engineer'], { kldb: '26234', ...ENGINEER }),
  occ('erneuerbare-energien-ingenieur', '2151', 'academic', 'Ingenieur/in Erneuerbare Energien', 'Renewable energy engineer', ['Solaringenieur', 'Windenergieingenieur', 'Photovoltaik-Ingenieur', 'Renewable energy engineer'], { kldb: '26244', ...ENGINEER }),
  occ('mechatronikingenieur', '2151', 'academic', 'Mechatronikingenieur/in', 'Mechatronics engineer', ['Ingenieur Mechatronik', 'Mechatronics Engineer'], { kldb: '26114', ...ENGINEER }),
  occ('elektronikingenieur', '2152', 'academic', 'Elektronikingenieur/in', 'Electronics engineer', ['Hardwareentwickler', 'Elektronikentwickler', 'Schaltungsentwickler', 'Electronics Engineer', 'Hardware engineer', 'Embedded hardware engineer'], ENGINEER),
  occ('automatisierungsingenieur', '2152', 'academic', 'Automatisierungsingenieur/in', 'Automation engineer', ['Ingenieur Automatisierungstechnik', 'Regelungstechniker (Studium)', 'Steuerungsingenieur', 'Automation Engineer', 'Control engineer', 'Robotik-Ingenieur'], { kldb: '26124', ...ENGINEER }),
  occ('mikrosystemtechnik-ingenieur', '2152', 'academic', 'Ingenieur/in Mikrosystemtechnik', 'Microsystems engineer', ['Mikrotechnik-Ingenieur', 'Halbleiteringenieur', 'Microsystems engineer', 'Semiconductor engineer'], { kldb: '26324', ...ENGINEER }),
  occ('nachrichtentechnik-ingenieur', '2153', 'academic', 'Ingenieur/in Nachrichtentechnik', 'Telecommunications engineer', ['Nachrichtentechniker (Studium)', 'Telekommunikationsingenieur', 'Hochfrequenzingenieur', 'Funkingenieur', 'Telecommunications Engineer', 'RF engineer'], { kldb: '26314', ...ENGINEER }),
  occ('architekt', '2161', 'academic', 'Architekt/in', 'Architect', ['Architekt', 'Architektin', 'Hochbauarchitekt', 'Architect'], { kldb: '31114', ...ARCHITECT }),
  occ('landschaftsarchitekt', '2162', 'academic', 'Landschaftsarchitekt/in', 'Landscape architect', ['Landschaftsplaner', 'Freiraumplaner', 'Landscape Architect'], ARCHITECT),
  occ('industriedesigner', '2163', 'academic', 'Industriedesigner/in', 'Industrial designer', ['Produktdesigner', 'Industrial Designer', 'Product designer'], { kldb: '93104' }),
  occ('modedesigner', '2163', 'academic', 'Modedesigner/in', 'Fashion designer', ['Modedesigner', 'Fashion Designer', 'Garment designer'], { kldb: '28214' }),
  occ('stadtplaner', '2164', 'academic', 'Stadtplaner/in', 'Urban planner', ['Raumplaner', 'Stadt- und Regionalplaner', 'Town planner', 'Urban Planner'], { kldb: '31124' }),
  occ('verkehrsplaner', '2164', 'academic', 'Verkehrsplaner/in', 'Traffic planner', ['Verkehrsingenieur', 'Verkehrsplanerin', 'Transport planner', 'Traffic engineer'], { kldb: '31134' }),
  occ('vermessungsingenieur', '2165', 'academic', 'Vermessungsingenieur/in', 'Surveyor', ['Geodät', 'Geodätin', 'Geomatiker (Studium)', 'Land surveyor', 'Surveying engineer'], { kldb: '31214', ...ENGINEER }),
  occ('kartograf', '2165', 'academic', 'Kartograf/in', 'Cartographer', ['Kartograph', 'Cartographer'], { kldb: '31224' }),
  occ('grafikdesigner', '2166', 'academic', 'Grafikdesigner/in', 'Graphic designer', ['Grafiker', 'Kommunikationsdesigner', 'Graphic Designer', 'Kommunikationsdesignerin'], { kldb: '23224' }),
  occ('ux-designer', '2166', 'academic', 'UX/UI-Designer/in', 'UX/UI designer', ['UX-Designer', 'UI-Designer', 'User Experience Designer', 'Interaction Designer', 'Screendesigner', 'Webdesigner', 'Web designer']),

  // ---------------------------------------------------------------- 22 health professionals
  occ('allgemeinarzt', '2211', 'academic', 'Arzt/Ärztin für Allgemeinmedizin', 'General practitioner', ['Allgemeinmediziner', 'Hausarzt', 'Hausärztin', 'Arzt', 'Ärztin', 'Assistenzarzt', 'Mediziner', 'Doctor', 'Physician', 'GP'], { kldb: '81404', regulatedInDe: true, note: APPROBATION }),
  occ('internist', '2212', 'academic', 'Facharzt/Fachärztin für Innere Medizin', 'Internist', ['Internist', 'Internistin', 'Kardiologe', 'Gastroenterologe', 'Specialist in internal medicine'], { kldb: '81424', regulatedInDe: true, note: APPROBATION }),
  occ('chirurg', '2212', 'academic', 'Chirurg/in', 'Surgeon', ['Facharzt Chirurgie', 'Unfallchirurg', 'Orthopäde', 'Surgeon'], { kldb: '81434', regulatedInDe: true, note: APPROBATION }),
  occ('anaesthesist', '2212', 'academic', 'Anästhesist/in', 'Anaesthetist', ['Facharzt Anästhesiologie', 'Anesthesiologist', 'Anaesthetist'], { kldb: '81454', regulatedInDe: true, note: APPROBATION }),
  occ('kinderarzt', '2212', 'academic', 'Kinderarzt/Kinderärztin', 'Paediatrician', ['Facharzt Kinder- und Jugendmedizin', 'Pädiater', 'Pediatrician', 'Paediatrician'], { kldb: '81414', regulatedInDe: true, note: APPROBATION }),
  occ('psychiater', '2212', 'academic', 'Facharzt/Fachärztin für Psychiatrie oder Neurologie', 'Psychiatrist or neurologist', ['Psychiater', 'Neurologe', 'Psychiatrist', 'Neurologist'], { kldb: '81464', regulatedInDe: true, note: APPROBATION }),
  occ('facharzt', '2212', 'academic', 'Facharzt/Fachärztin', 'Specialist physician', ['Facharzt', 'Fachärztin', 'Oberarzt', 'Radiologe', 'Gynäkologe', 'Specialist doctor', 'Consultant physician'], { regulatedInDe: true, note: APPROBATION }),
  occ('pflegefachkraft-akademisch', '2221', 'academic', 'Pflegefachfrau/Pflegefachmann mit Studium', 'Registered nurse with a degree', ['Pflegewissenschaftler', 'Pflegeexperte APN', 'Advanced Practice Nurse', 'Bachelor Pflege', 'Nursing professional', 'Registered nurse (BSc)', 'Pflegepädagoge'], { regulatedInDe: true, note: NURSE_ISCO }),
  occ('pflegefachkraft', '3221', 'vocational', 'Pflegefachfrau/Pflegefachmann', 'Nurse', ['Pflegefachkraft', 'Krankenschwester', 'Krankenpfleger', 'Gesundheits- und Krankenpfleger', 'Gesundheits- und Krankenpflegerin', 'Pflegefachmann', 'Pflegefachfrau', 'Nurse', 'Registered nurse', 'Staff nurse'], { kldb: '81302', regulatedInDe: true, note: NURSE_ISCO }),
  occ('altenpfleger', '3221', 'vocational', 'Altenpfleger/in', 'Geriatric nurse', ['Altenpfleger', 'Altenpflegerin', 'Altenpflegefachkraft', 'Geriatric nurse', 'Elderly care nurse'], { kldb: '82102', regulatedInDe: true, note: NURSE_ISCO }),
  occ('hebamme', '2222', 'academic', 'Hebamme', 'Midwife', ['Entbindungspfleger', 'Hebamme (Studium)', 'Midwife'], { kldb: '81353', regulatedInDe: true, note: HEALTH_PERMIT }),
  occ('heilpraktiker', '2230', 'academic', 'Heilpraktiker/in', 'Non-medical practitioner (Heilpraktiker)', ['Heilpraktiker', 'TCM-Therapeut', 'Akupunkteur', 'Naturheilkundler', 'Homöopath', 'Traditional medicine practitioner', 'Acupuncturist'], {
    regulatedInDe: true,
    note: { de: 'Ausübung der Heilkunde nur mit Heilpraktikererlaubnis (Heilpraktikergesetz).', en: 'Practising medicine as a Heilpraktiker requires a permit under the Heilpraktiker Act.' },
  }),
  occ('physician-assistant', '2240', 'academic', 'Physician Assistant (Arztassistent/in)', 'Physician assistant', ['Arztassistent', 'Arztassistentin', 'PA', 'Physician Associate', 'Clinical officer', 'Paramedical practitioner']),
  occ('tierarzt', '2250', 'academic', 'Tierarzt/Tierärztin', 'Veterinarian', ['Tierarzt', 'Tierärztin', 'Veterinär', 'Veterinarian', 'Vet', 'Veterinary surgeon'], { kldb: '81504', regulatedInDe: true, note: APPROBATION }),
  occ('zahnarzt', '2261', 'academic', 'Zahnarzt/Zahnärztin', 'Dentist', ['Zahnarzt', 'Zahnärztin', 'Kieferorthopäde', 'Dentist', 'Orthodontist', 'Dental surgeon'], { kldb: '81474', regulatedInDe: true, note: APPROBATION }),
  occ('apotheker', '2262', 'academic', 'Apotheker/in', 'Pharmacist', ['Apotheker', 'Apothekerin', 'Pharmazeut', 'Pharmacist'], { kldb: '81804', regulatedInDe: true, note: APPROBATION }),
  occ('fachkraft-arbeitssicherheit', '2263', 'academic', 'Fachkraft für Arbeitssicherheit', 'Occupational safety and health specialist', ['Sifa', 'Arbeitsschutzexperte', 'Arbeitsschutzfachkraft', 'HSE-Manager', 'Occupational health and safety officer', 'Health and safety officer', 'EHS specialist']),
  occ('gewerbeaufsicht', '2263', 'academic', 'Gewerbeaufsichtsbeamter/-beamtin', 'Occupational safety inspector', ['Gewerbeaufsicht', 'Arbeitsschutzinspektor', 'Labour inspector', 'Occupational health inspector'], { kldb: '53314' }),
  occ('strahlenschutzbeauftragter', '2263', 'academic', 'Strahlenschutzbeauftragte/r', 'Radiation protection officer', ['Strahlenschutz', 'Radiation safety officer', 'Radiation protection expert'], { kldb: '42334' }),
  occ('physiotherapeut', '2264', 'academic', 'Physiotherapeut/in', 'Physiotherapist', ['Physiotherapeut', 'Physiotherapeutin', 'Krankengymnast', 'Physiotherapist', 'Physical therapist'], {
    regulatedInDe: true,
    note: {
      de: 'Reglementierter Gesundheitsfachberuf (Berufsbezeichnung nur mit Erlaubnis). Die amtliche Zuordnung KldB→ISCO führt schulisch ausgebildete Physiotherapeut/innen unter ISCO 3255; mit Hochschulabschluss unter 2264.',
      en: 'Regulated health profession (title only with a permit). The official German KldB-to-ISCO crosswalk puts school-trained physiotherapists in ISCO 3255 and graduates in 2264.',
    },
  }),
  occ('diaetassistent', '2265', 'academic', 'Diätassistent/in', 'Dietitian', ['Diätassistent', 'Diätassistentin', 'Diätologe', 'Dietitian', 'Dietician'], { kldb: '81762', regulatedInDe: true, note: HEALTH_PERMIT }),
  occ('ernaehrungswissenschaftler', '2265', 'academic', 'Ernährungswissenschaftler/in', 'Nutritionist', ['Oecotrophologe', 'Ökotrophologe', 'Ernährungsberater (Studium)', 'Nutritionist', 'Nutrition scientist'], { kldb: '81764' }),
  occ('logopaede', '2266', 'academic', 'Logopäde/Logopädin', 'Speech and language therapist', ['Logopäde', 'Logopädin', 'Sprachtherapeut', 'Speech therapist', 'Speech-language pathologist'], { kldb: '81733', regulatedInDe: true, note: HEALTH_PERMIT }),
  occ('audiologe', '2266', 'academic', 'Audiologe/Audiologin', 'Audiologist', ['Audiologe', 'Hörakustik (Studium)', 'Audiologist']),
  occ('optometrist', '2267', 'academic', 'Optometrist/in', 'Optometrist', ['Optometrie', 'Augenoptikermeister', 'Augenoptiker (Studium)', 'Optometrist', 'Ophthalmic optician'], { kldb: '82524' }),
  occ('ergotherapeut', '2269', 'academic', 'Ergotherapeut/in', 'Occupational therapist', ['Ergotherapeut', 'Ergotherapeutin', 'Beschäftigungstherapeut', 'Occupational therapist'], { regulatedInDe: true, note: HEALTH_PERMIT }),
  occ('kunsttherapeut', '2269', 'academic', 'Kunst- oder Musiktherapeut/in', 'Art or music therapist', ['Kunsttherapeut', 'Musiktherapeut', 'Art therapist', 'Music therapist'], { kldb: '81744' }),

  // ---------------------------------------------------------------- 23 teaching professionals
  occ('hochschullehrer', '2310', 'academic', 'Hochschullehrer/in', 'University lecturer', ['Professor', 'Professorin', 'Dozent', 'Hochschuldozent', 'Lehrbeauftragter', 'Wissenschaftlicher Mitarbeiter', 'Postdoc', 'Lecturer', 'University professor', 'Research associate'], { kldb: '84304' }),
  occ('berufsschullehrer', '2320', 'academic', 'Berufsschullehrer/in', 'Vocational school teacher', ['Lehrer an berufsbildenden Schulen', 'Berufsschullehrerin', 'Fachlehrer Berufsschule', 'Vocational teacher', 'VET teacher'], { kldb: '84214', regulatedInDe: true, note: TEACHER }),
  occ('ausbilder', '2320', 'vocational', 'Ausbilder/in', 'Company trainer (apprenticeships)', ['Ausbildungsleiter', 'Betriebspädagoge', 'Ausbildungsmeister', 'Apprenticeship trainer', 'Vocational trainer'], { kldb: '84224' }),
  occ('gymnasiallehrer', '2330', 'academic', 'Lehrer/in Sekundarstufe', 'Secondary school teacher', ['Gymnasiallehrer', 'Realschullehrer', 'Lehrer', 'Lehrerin', 'Mathelehrer', 'Physiklehrer', 'Informatiklehrer', 'Secondary teacher', 'High school teacher', 'Teacher'], { kldb: '84124', regulatedInDe: true, note: TEACHER }),
  occ('grundschullehrer', '2341', 'academic', 'Grundschullehrer/in', 'Primary school teacher', ['Grundschullehrer', 'Grundschullehrerin', 'Primary teacher', 'Elementary school teacher'], { kldb: '84114', regulatedInDe: true, note: TEACHER }),
  occ('erzieher', '2342', 'vocational', 'Erzieher/in', 'Early childhood educator', ['Erzieher', 'Erzieherin', 'Staatlich anerkannter Erzieher', 'Kindergärtner', 'Kindergärtnerin', 'Early childhood educator', 'Kindergarten teacher'], {
    kldb: '83112',
    regulatedInDe: true,
    note: {
      de: 'Staatlich anerkannte Erzieher/innen: Die Berufsbezeichnung ist landesrechtlich geschützt; ausländische Abschlüsse brauchen die Anerkennung des Landes.',
      en: 'State-recognised early childhood educators: the title is protected by Land law; foreign qualifications need recognition by the Land.',
    },
  }),
  occ('kindheitspaedagoge', '2342', 'academic', 'Kindheitspädagoge/-pädagogin', 'Early childhood education specialist', ['Kindheitspädagoge', 'Frühpädagoge', 'Elementarpädagoge', 'Early childhood education graduate'], { kldb: '83113' }),
  occ('bildungsreferent', '2351', 'academic', 'Erziehungswissenschaftler/in', 'Education specialist', ['Bildungsreferent', 'Erziehungswissenschaftler', 'Pädagoge', 'Didaktiker', 'Curriculum developer', 'Education methods specialist', 'Instructional designer'], { kldb: '91334' }),
  occ('lehrerbildner', '2351', 'academic', 'Fachleiter/in in der Lehrerausbildung', 'Teacher trainer', ['Seminarleiter', 'Fachleiter', 'Lehrerausbilder', 'Teacher educator'], { kldb: '84144' }),
  occ('sonderpaedagoge', '2352', 'academic', 'Sonderpädagoge/Sonderpädagogin', 'Special needs teacher', ['Förderschullehrer', 'Sonderschullehrer', 'Sonderpädagoge', 'Special education teacher', 'SEN teacher'], { kldb: '84134', regulatedInDe: true, note: TEACHER }),
  occ('sprachlehrer', '2353', 'academic', 'Sprachlehrer/in', 'Language teacher', ['DaF-Lehrer', 'Deutschlehrer', 'Deutsch als Fremdsprache', 'Englischlehrer', 'Integrationskurslehrer', 'Language teacher', 'German teacher', 'ESL teacher'], { kldb: '84454' }),
  occ('musiklehrer', '2354', 'academic', 'Musiklehrer/in', 'Music teacher', ['Musikpädagoge', 'Instrumentallehrer', 'Klavierlehrer', 'Music teacher'], { kldb: '84414' }),
  occ('kunstpaedagoge', '2355', 'academic', 'Kunstpädagoge/-pädagogin', 'Art teacher', ['Kunstlehrer', 'Theaterpädagoge', 'Art teacher', 'Drama teacher'], { kldb: '84434' }),
  occ('tanzlehrer', '2355', 'academic', 'Tanzlehrer/in', 'Dance teacher', ['Tanzpädagoge', 'Dance teacher'], { kldb: '84533' }),
  occ('it-trainer', '2356', 'academic', 'IT-Trainer/in', 'IT trainer', ['EDV-Trainer', 'EDV-Dozent', 'IT-Dozent', 'Software-Trainer', 'IT trainer', 'Computer trainer'], { kldb: '84444' }),
  occ('dozent-erwachsenenbildung', '2359', 'academic', 'Dozent/in in der Erwachsenenbildung', 'Adult education teacher', ['Kursleiter', 'Nachhilfelehrer', 'Trainer Erwachsenenbildung', 'Adult educator', 'Tutor']),

  // ---------------------------------------------------------------- 25 ICT professionals
  occ('it-systemanalytiker', '2511', 'academic', 'IT-Systemanalytiker/in', 'Systems analyst', ['Systemanalytiker', 'IT-Analyst', 'Business Analyst IT', 'Requirements Engineer', 'Systems Analyst', 'IT-Architekt', 'Solution Architect'], { kldb: '43214' }),
  occ('informatiker', '2511', 'academic', 'Informatiker/in', 'Computer scientist', ['Informatiker', 'Informatikerin', 'Diplom-Informatiker', 'Computer Scientist', 'Informatik (Studium)'], { kldb: '43104' }),
  occ('wirtschaftsinformatiker', '2511', 'academic', 'Wirtschaftsinformatiker/in', 'Business informatics specialist', ['Wirtschaftsinformatiker', 'Business informatics', 'Information systems specialist'], { kldb: '43114' }),
  occ('it-berater', '2511', 'academic', 'IT-Berater/in', 'IT consultant', ['IT-Consultant', 'IT-Berater', 'Technology Consultant', 'IT consultant'], { kldb: '43224' }),
  occ('sap-berater', '2511', 'academic', 'SAP-Berater/in', 'SAP consultant', ['SAP-Berater', 'SAP Consultant', 'SAP-Consultant', 'ERP-Berater', 'ERP Consultant', 'SAP-Entwickler', 'ABAP-Entwickler'], { kldb: '43224' }),
  occ('data-scientist', '2511', 'academic', 'Data Scientist', 'Data scientist', ['Datenwissenschaftler', 'Datenwissenschaftlerin', 'Data Analyst', 'Datenanalyst', 'Machine Learning Engineer', 'ML Engineer', 'KI-Entwickler', 'AI Engineer', 'Data Science'], {
    note: {
      de: 'Data Scientists werden meist ISCO 2511 zugeordnet (wie in der ESCO-Klassifikation); mit Schwerpunkt Statistik kann 2120 passen.',
      en: 'Data scientists are usually placed in ISCO 2511 (as in the ESCO classification); with a focus on statistics 2120 may fit.',
    },
  }),
  occ('softwareentwickler', '2512', 'academic', 'Softwareentwickler/in', 'Software developer', ['Softwareentwickler', 'Software-Entwickler', 'Softwareentwicklerin', 'Software Engineer', 'Software Developer', 'Softwareingenieur', 'Backend-Entwickler', 'Fullstack-Entwickler', 'Full-Stack-Entwickler', 'Java-Entwickler', 'Python-Entwickler', 'C++-Entwickler', 'C#-Entwickler', '.NET-Entwickler', 'Embedded-Software-Entwickler', 'Entwickler', 'Developer'], { kldb: '43414' }),
  occ('devops-engineer', '2512', 'academic', 'DevOps-Engineer', 'DevOps engineer', ['DevOps', 'DevOps Engineer', 'DevOps-Ingenieur', 'Site Reliability Engineer', 'SRE', 'Platform Engineer', 'Cloud Engineer', 'Cloud-Entwickler']),
  occ('bioinformatiker', '2512', 'academic', 'Bioinformatiker/in', 'Bioinformatician', ['Medizininformatiker', 'Bioinformatics', 'Bioinformatician', 'Health informatics specialist'], { kldb: '43134' }),
  occ('geoinformatiker', '2512', 'academic', 'Geoinformatiker/in', 'Geoinformatics specialist', ['GIS-Entwickler', 'GIS-Spezialist', 'Geoinformatics', 'GIS developer'], { kldb: '43144' }),
  occ('webentwickler', '2513', 'academic', 'Webentwickler/in', 'Web developer', ['Webentwickler', 'Web-Entwickler', 'Frontend-Entwickler', 'Front-End-Developer', 'Frontend Developer', 'JavaScript-Entwickler', 'Web Developer', 'Webprogrammierer', 'PHP-Entwickler']),
  occ('medieninformatiker', '2513', 'academic', 'Medieninformatiker/in', 'Media informatics specialist', ['Multimedia-Entwickler', 'Spieleentwickler', 'Game Developer', 'Games-Programmierer', 'Multimedia developer'], { kldb: '43154' }),
  occ('anwendungsprogrammierer', '2514', 'academic', 'Anwendungsprogrammierer/in', 'Applications programmer', ['Programmierer', 'Programmiererin', 'Anwendungsentwickler', 'App-Entwickler', 'Mobile Developer', 'iOS-Entwickler', 'Android-Entwickler', 'Programmer', 'Coder', 'Applications programmer'], { kldb: '43423' }),
  occ('fachinformatiker-anwendungsentwicklung', '2514', 'vocational', 'Fachinformatiker/in für Anwendungsentwicklung', 'IT specialist for application development (apprenticeship)', ['Fachinformatiker Anwendungsentwicklung', 'Fachinformatikerin Anwendungsentwicklung', 'Fachinformatiker Fachrichtung Anwendungsentwicklung', 'FIAE', 'FiAE', 'IT specialist application development'], { kldb: '43412', chamber: 'IHK' }),
  occ('softwaretester', '2519', 'academic', 'Softwaretester/in', 'Software tester', ['Softwaretester', 'Tester', 'QA Engineer', 'Testautomatisierer', 'Test Engineer', 'Quality Assurance Engineer', 'Software tester']),
  occ('it-koordinator', '2519', 'academic', 'IT-Projektkoordinator/in', 'IT project coordinator', ['IT-Koordinator', 'IT-Projektleiter', 'Scrum Master', 'Product Owner', 'IT project manager'], { kldb: '43323' }),
  occ('datenbankadministrator', '2521', 'academic', 'Datenbankadministrator/in', 'Database administrator', ['Datenbankentwickler', 'DBA', 'Database Administrator', 'Database Developer', 'Datenbankspezialist', 'Data Engineer', 'SQL-Entwickler'], { kldb: '43353' }),
  occ('systemadministrator', '2522', 'academic', 'Systemadministrator/in', 'Systems administrator', ['Systemadministrator', 'Sysadmin', 'IT-Administrator', 'Linux-Administrator', 'Windows-Administrator', 'Systems Administrator', 'System engineer'], { kldb: '43343' }),
  occ('netzwerkingenieur', '2523', 'academic', 'Netzwerkingenieur/in', 'Network engineer', ['Netzwerkspezialist', 'Netzwerkarchitekt', 'Network Engineer', 'Network architect', 'Computer network professional'], { kldb: '43314' }),
  occ('it-sicherheitsexperte', '2529', 'academic', 'IT-Sicherheitsexperte/-expertin', 'IT security specialist', ['IT-Security', 'IT-Sicherheitsberater', 'Cybersecurity', 'Cyber Security Analyst', 'Informationssicherheitsbeauftragter', 'Penetrationstester', 'Pentester', 'Security Engineer', 'ISB', 'CISO']),

  // ---------------------------------------------------------------- 31 science and engineering associate professionals
  occ('chemielaborant', '3111', 'vocational', 'Chemielaborant/in', 'Chemical laboratory technician', ['Chemielaborant', 'Chemielaborantin', 'Laborant', 'Laborantin', 'CTA', 'Chemisch-technischer Assistent', 'Lab technician', 'Chemistry technician'], { kldb: '41322', chamber: 'IHK' }),
  occ('physiklaborant', '3111', 'vocational', 'Physiklaborant/in', 'Physics laboratory technician', ['Physiklaborant', 'PTA Physik', 'Physikalisch-technischer Assistent', 'Physics technician'], { kldb: '41412', chamber: 'IHK' }),
  occ('bautechniker', '3112', 'technician', 'Bautechniker/in', 'Civil engineering technician', ['Staatlich geprüfter Bautechniker', 'Hochbautechniker', 'Tiefbautechniker', 'Civil engineering technician', 'Construction technician'], { kldb: '31103' }),
  occ('vermessungstechniker', '3112', 'vocational', 'Vermessungstechniker/in', 'Surveying technician', ['Vermessungstechniker', 'Geomatiker', 'Surveying technician', 'Survey technician'], { kldb: '31212' }),
  occ('baustoffpruefer', '3112', 'vocational', 'Baustoffprüfer/in', 'Construction materials tester', ['Baustoffprüfer', 'Materials testing technician', 'Baustofflaborant'], { kldb: '41432', chamber: 'IHK' }),
  occ('elektrotechniker', '3113', 'technician', 'Elektrotechniker/in (staatlich geprüft)', 'Electrical engineering technician', ['Elektrotechniker', 'Techniker Elektrotechnik', 'Staatlich geprüfter Elektrotechniker', 'Electrical technician', 'Electrical engineering technician'], { kldb: '26303' }),
  occ('elektrotechnikermeister', '3113', 'technician', 'Elektrotechnikermeister/in', 'Master electrician', ['Elektromeister', 'Meister Elektrotechnik', 'Elektroinstallateurmeister', 'Master electrician'], { kldb: '26213', chamber: 'HWK' }),
  occ('mechatroniktechniker', '3113', 'technician', 'Techniker/in Mechatronik', 'State-certified mechatronics technician', ['Mechatroniktechniker', 'Staatlich geprüfter Techniker Mechatronik', 'Mechatronics engineering technician'], { kldb: '26113' }),
  occ('elektroniktechniker', '3114', 'technician', 'Elektroniktechniker/in', 'Electronics engineering technician', ['Techniker Elektronik', 'Techniker Automatisierungstechnik', 'Automatisierungstechniker', 'Electronics technician', 'Electronics engineering technician']),
  occ('maschinenbautechniker', '3115', 'technician', 'Maschinenbautechniker/in', 'Mechanical engineering technician', ['Techniker Maschinenbau', 'Staatlich geprüfter Maschinenbautechniker', 'Mechanical technician', 'Mechanical engineering technician'], { kldb: '25103' }),
  occ('kfz-techniker', '3115', 'technician', 'Kfz-Techniker/in', 'Automotive technician', ['Kfz-Meister', 'Kraftfahrzeugtechnikermeister', 'Fahrzeugtechniker', 'Automotive engineering technician'], { kldb: '25213' }),
  occ('kaeltetechniker', '3115', 'technician', 'Kältetechniker/in', 'Refrigeration technician', ['Techniker Kälte- und Klimatechnik', 'Kälteanlagenbaumeister', 'Refrigeration engineering technician'], { kldb: '34233' }),
  occ('chemietechniker', '3116', 'technician', 'Chemietechniker/in', 'Chemical engineering technician', ['Staatlich geprüfter Chemietechniker', 'Techniker Chemietechnik', 'Pharmatechniker', 'Chemical engineering technician'], { kldb: '41313' }),
  occ('werkstoffpruefer', '3117', 'vocational', 'Werkstoffprüfer/in', 'Materials testing technician', ['Werkstoffprüfer', 'Materialprüfer', 'Werkstofftechniker', 'Metallurgical technician', 'Materials tester'], { kldb: '41422', chamber: 'IHK' }),
  occ('bergbautechniker', '3117', 'technician', 'Bergbautechniker/in', 'Mining technician', ['Techniker Bergbau', 'Mining technician'], { kldb: '21113' }),
  occ('technischer-produktdesigner', '3118', 'vocational', 'Technische/r Produktdesigner/in', 'Technical product designer', ['Technischer Zeichner', 'Technische Zeichnerin', 'Technischer Produktdesigner', 'CAD-Zeichner', 'Maschinenbauzeichner', 'Draughtsman', 'Draftsman', 'Draughtsperson', 'CAD technician'], { kldb: '27212', chamber: 'IHK' }),
  occ('technischer-systemplaner', '3118', 'vocational', 'Technische/r Systemplaner/in', 'Technical systems planner', ['Technischer Systemplaner', 'Bauzeichner', 'Bauzeichnerin', 'Elektrozeichner', 'Architectural draughtsperson', 'Building services draughtsperson']),
  occ('qualitaetstechniker', '3119', 'technician', 'Qualitätstechniker/in', 'Quality technician', ['Qualitätsprüfer', 'QS-Techniker', 'Qualitätssicherung', 'Quality inspector', 'Quality control technician'], { kldb: '27313' }),
  occ('produktionstechnologe', '3119', 'vocational', 'Produktionstechnologe/-technologin', 'Production technologist', ['Produktionstechnologe', 'Produktionsplaner', 'Arbeitsvorbereiter', 'Production planner', 'Production technologist'], { chamber: 'IHK' }),
  occ('medizintechniker', '3119', 'technician', 'Medizintechniker/in', 'Medical engineering technician', ['Techniker Medizintechnik', 'Medical technician', 'Biomedical technician'], { kldb: '82503' }),
  occ('steiger', '3121', 'technician', 'Steiger/in', 'Mining supervisor', ['Grubensteiger', 'Schichtsteiger', 'Mining supervisor', 'Mine foreman'], { kldb: '21193' }),
  occ('industriemeister-metall', '3122', 'technician', 'Industriemeister/in Metall', 'Industrial foreman (metal)', ['Industriemeister', 'Meister Metall', 'Fertigungsmeister', 'Schichtleiter Produktion', 'Production supervisor', 'Manufacturing supervisor', 'Shift supervisor'], { kldb: '24293', chamber: 'IHK' }),
  occ('industriemeister-elektrotechnik', '3122', 'technician', 'Industriemeister/in Elektrotechnik', 'Industrial foreman (electrical)', ['Meister Elektrotechnik Industrie', 'Elektro-Industriemeister', 'Electrical production supervisor'], { kldb: '26393', chamber: 'IHK' }),
  occ('polier', '3123', 'technician', 'Polier/in', 'Site foreman', ['Polier', 'Werkpolier', 'Geprüfter Polier', 'Bauvorarbeiter', 'Vorarbeiter Bau', 'Site foreman', 'Construction supervisor', 'Foreman construction'], { kldb: '32193' }),
  occ('kraftwerker', '3131', 'technician', 'Kraftwerker/in', 'Power plant operator', ['Kraftwerksfahrer', 'Anlagenfahrer Kraftwerk', 'Kraftwerksmeister', 'Power plant operator'], { kldb: '26233' }),
  occ('fachkraft-abwassertechnik', '3132', 'vocational', 'Fachkraft für Abwassertechnik', 'Wastewater technician', ['Abwassertechniker', 'Fachkraft für Wasserversorgungstechnik', 'Klärwerker', 'Water treatment plant operator', 'Wastewater plant operator'], { kldb: '34312' }),
  occ('chemikant', '3133', 'vocational', 'Chemikant/in', 'Chemical process operator', ['Chemikant', 'Chemikantin', 'Anlagenfahrer Chemie', 'Chemical plant operator', 'Chemical process operator'], { chamber: 'IHK' }),
  occ('raffinerie-anlagenfahrer', '3134', 'technician', 'Anlagenfahrer/in Raffinerie', 'Refinery operator', ['Raffineriefacharbeiter', 'Raffinerietechniker', 'Refinery operator', 'Refinery process technician'], { kldb: '41343' }),
  occ('huettentechniker', '3135', 'technician', 'Hüttentechniker/in', 'Metal production process controller', ['Steuerer Hüttenwerk', 'Metallurgietechniker', 'Steel plant operator', 'Metal production controller'], { kldb: '24113' }),
  occ('prozesstechniker', '3139', 'technician', 'Prozesstechniker/in', 'Process control technician', ['Leitstandfahrer', 'Prozessleittechniker', 'Anlagenfahrer Leitstand', 'Process control technician', 'Control room operator']),
  occ('biologielaborant', '3141', 'vocational', 'Biologielaborant/in', 'Biology laboratory technician', ['Biologielaborant', 'BTA', 'Biologisch-technischer Assistent', 'Biolaborant', 'Biology technician', 'Life science technician'], { kldb: '41212', chamber: 'IHK' }),
  occ('agrartechnischer-assistent', '3142', 'technician', 'Landwirtschaftlich-technische/r Assistent/in', 'Agricultural technician', ['LTA', 'Agrartechniker', 'Agrarlaborant', 'Agricultural laboratory technician', 'Agricultural technician'], { kldb: '11132' }),
  occ('forsttechniker', '3143', 'technician', 'Förster/in', 'Forester', ['Förster', 'Revierförster', 'Forsttechniker', 'Forester', 'Forestry technician'], { kldb: '11713' }),
  occ('schiffsingenieur', '3151', 'technician', 'Technische/r Schiffsoffizier/in', "Ship's engineer", ['Schiffsingenieur', 'Schiffsmaschinist', 'Leitender Ingenieur Schiff', 'Marine engineer officer', "Ship's engineer"], { kldb: '51133', regulatedInDe: true, note: LICENCE }),
  occ('nautischer-offizier', '3152', 'technician', 'Nautische/r Schiffsoffizier/in', "Ship's deck officer", ['Kapitän', 'Steuermann', 'Schiffsoffizier', 'Lotse', 'Deck officer', 'Ship captain', 'Marine pilot'], { kldb: '52413', regulatedInDe: true, note: LICENCE }),
  occ('pilot', '3153', 'technician', 'Pilot/in', 'Aircraft pilot', ['Pilot', 'Pilotin', 'Verkehrspilot', 'Flugzeugführer', 'Hubschrauberpilot', 'Airline pilot', 'Aircraft pilot', 'Helicopter pilot'], { kldb: '52313', regulatedInDe: true, note: LICENCE }),
  occ('fluglotse', '3154', 'technician', 'Fluglotse/Fluglotsin', 'Air traffic controller', ['Fluglotse', 'Fluglotsin', 'Flugverkehrsleiter', 'Air traffic controller'], { kldb: '51533', regulatedInDe: true, note: LICENCE }),
  occ('flugsicherungstechniker', '3155', 'technician', 'Flugsicherungstechniker/in', 'Air traffic safety electronics technician', ['Flugsicherungselektroniker', 'Elektroniker Flugsicherung', 'Air traffic safety electronics technician', 'ATSEP'], { kldb: '51233' }),

  // ---------------------------------------------------------------- 35 ICT technicians
  occ('it-operator', '3511', 'technician', 'IT-Operator/in', 'ICT operations technician', ['Rechenzentrumstechniker', 'IT-Betriebstechniker', 'Operator Rechenzentrum', 'Data centre technician', 'ICT operations technician', 'Computer operator']),
  occ('it-support', '3512', 'technician', 'IT-Supporter/in', 'IT support technician', ['IT-Support', 'Helpdesk', 'Service Desk', 'First-Level-Support', 'Second-Level-Support', 'IT-Servicetechniker', 'EDV-Techniker', 'Help desk technician', 'IT support specialist']),
  occ('fachinformatiker-systemintegration', '3513', 'vocational', 'Fachinformatiker/in für Systemintegration', 'IT specialist for system integration (apprenticeship)', ['Fachinformatiker Systemintegration', 'Fachinformatikerin Systemintegration', 'Fachinformatiker Fachrichtung Systemintegration', 'FISI', 'FiSi', 'IT specialist system integration'], { chamber: 'IHK' }),
  occ('fachinformatiker-digitale-vernetzung', '3513', 'vocational', 'Fachinformatiker/in für digitale Vernetzung', 'IT specialist for digital networking (apprenticeship)', ['Fachinformatiker Digitale Vernetzung', 'Fachinformatiker Fachrichtung Digitale Vernetzung', 'IT specialist digital networking'], { chamber: 'IHK' }),
  occ('netzwerktechniker', '3513', 'technician', 'Netzwerktechniker/in', 'Network technician', ['Netzwerkadministrator', 'Netzwerktechniker', 'Network technician', 'Network administrator', 'Computer systems technician'], { kldb: '43312' }),
  occ('webadministrator', '3514', 'technician', 'Webadministrator/in', 'Web technician', ['Webmaster', 'Webadmin', 'Web administrator', 'Web technician'], { kldb: '43363' }),
  occ('tontechniker', '3521', 'technician', 'Ton- und Bildtechniker/in', 'Sound and video technician', ['Tontechniker', 'Bildtechniker', 'Mediengestalter Bild und Ton', 'Veranstaltungstechniker', 'Audio engineer', 'Sound engineer', 'Broadcast technician'], { kldb: '94532' }),
  occ('kameramann', '3521', 'technician', 'Kameramann/-frau', 'Camera operator', ['Kameramann', 'Kamerafrau', 'Kameraassistent', 'Camera operator', 'Cameraman'], { kldb: '94522' }),
  occ('telekommunikationstechniker', '3522', 'technician', 'Telekommunikationstechniker/in', 'Telecommunications technician', ['Nachrichtentechniker', 'Fernmeldetechniker', 'Funktechniker', 'Telecommunications technician', 'Telecom technician'], { kldb: '26313' }),

  // ---------------------------------------------------------------- 71 building trades
  occ('hochbaufacharbeiter', '7111', 'vocational', 'Hochbaufacharbeiter/in', 'Building construction worker (skilled)', ['Hochbaufacharbeiter', 'Bauarbeiter', 'Hausbauer', 'Rohbauer', 'House builder', 'Construction worker'], { kldb: '32102' }),
  occ('maurer', '7112', 'vocational', 'Maurer/in', 'Bricklayer', ['Maurer', 'Maurerin', 'Bricklayer', 'Mason'], { kldb: '32122' }),
  occ('ofen-und-luftheizungsbauer', '7112', 'vocational', 'Ofen- und Luftheizungsbauer/in', 'Stove and air heating builder', ['Ofenbauer', 'Kachelofenbauer', 'Stove fitter'], { kldb: '34222', chamber: 'HWK' }),
  occ('pflasterer', '7112', 'vocational', 'Pflasterer/Pflasterin', 'Paver', ['Pflasterer', 'Steinsetzer', 'Pflasterin', 'Paviour', 'Paver', 'Sett layer'], { kldb: '32212' }),
  occ('steinmetz', '7113', 'vocational', 'Steinmetz/in und Steinbildhauer/in', 'Stonemason', ['Steinmetz', 'Steinmetzin', 'Steinbildhauer', 'Stonemason', 'Stone carver'], { kldb: '21232', chamber: 'HWK' }),
  occ('betonbauer', '7114', 'vocational', 'Beton- und Stahlbetonbauer/in', 'Concrete worker', ['Betonbauer', 'Stahlbetonbauer', 'Betonierer', 'Concrete finisher', 'Concrete placer', 'Concrete worker'], { kldb: '32112' }),
  occ('estrichleger', '7114', 'vocational', 'Estrichleger/in', 'Screed layer', ['Estrichleger', 'Screed layer', 'Floor screeder'], { kldb: '33122' }),
  occ('zimmerer', '7115', 'vocational', 'Zimmerer/Zimmerin', 'Carpenter', ['Zimmerer', 'Zimmerin', 'Zimmermann', 'Holzbauer', 'Carpenter', 'Timber framer'], { kldb: '33322' }),
  occ('bautischler', '7115', 'vocational', 'Bautischler/in', 'Joiner (building)', ['Bauschreiner', 'Fenstermonteur', 'Türenmonteur', 'Joiner', 'Building joiner'], { kldb: '33332' }),
  occ('geruestbauer', '7119', 'vocational', 'Gerüstbauer/in', 'Scaffolder', ['Gerüstbauer', 'Scaffolder'], { kldb: '32162' }),
  occ('abbruch', '7119', 'vocational', 'Bauwerksmechaniker/in für Abbruch und Betontrenntechnik', 'Demolition worker', ['Abbrucharbeiter', 'Betontrenntechnik', 'Demolition worker'], { kldb: '32172' }),
  occ('dachdecker', '7121', 'vocational', 'Dachdecker/in', 'Roofer', ['Dachdecker', 'Dachdeckerin', 'Roofer', 'Roof tiler'], { kldb: '32142', chamber: 'HWK' }),
  occ('bauwerksabdichter', '7121', 'vocational', 'Bauwerksabdichter/in', 'Waterproofer', ['Abdichter', 'Waterproofing worker', 'Dachabdichter'], { kldb: '33232' }),
  occ('fliesenleger', '7122', 'vocational', 'Fliesen-, Platten- und Mosaikleger/in', 'Tile setter', ['Fliesenleger', 'Fliesenlegerin', 'Plattenleger', 'Tiler', 'Tile setter', 'Tile layer'], { kldb: '33112' }),
  occ('bodenleger', '7122', 'vocational', 'Bodenleger/in', 'Floor layer', ['Bodenleger', 'Fußbodenleger', 'Floor layer', 'Flooring installer'], { kldb: '33102' }),
  occ('parkettleger', '7122', 'vocational', 'Parkettleger/in', 'Parquet layer', ['Parkettleger', 'Parquet layer', 'Wood floor installer'], { kldb: '33132', chamber: 'HWK' }),
  occ('stuckateur', '7123', 'vocational', 'Stuckateur/in', 'Plasterer', ['Stuckateur', 'Stukkateur', 'Verputzer', 'Gipser', 'Plasterer'], { kldb: '33222' }),
  occ('trockenbaumonteur', '7123', 'vocational', 'Trockenbaumonteur/in', 'Drywall installer', ['Trockenbauer', 'Trockenbaumonteur', 'Ausbaufacharbeiter', 'Drywaller', 'Drywall installer'], { kldb: '33302' }),
  occ('isolierer', '7124', 'vocational', 'Wärme-, Kälte- und Schallschutzisolierer/in', 'Insulation worker', ['Isolierer', 'Isolierfacharbeiter', 'Dämmer', 'Insulation worker', 'Insulator'], { kldb: '33312' }),
  occ('glaser', '7125', 'vocational', 'Glaser/in', 'Glazier', ['Glaser', 'Glaserin', 'Fensterbauer', 'Glazier'], { kldb: '33342', chamber: 'HWK' }),
  occ('anlagenmechaniker-shk', '7126', 'vocational', 'Anlagenmechaniker/in für Sanitär-, Heizungs- und Klimatechnik', 'Plumbing, heating and air-conditioning installer', ['Anlagenmechaniker SHK', 'Anlagenmechanikerin SHK', 'SHK-Anlagenmechaniker', 'Installateur', 'Gas- und Wasserinstallateur', 'Heizungsbauer', 'Sanitärinstallateur', 'Heizungsinstallateur', 'Plumber', 'Heating engineer', 'Pipe fitter'], { kldb: '34212', chamber: 'HWK' }),
  occ('rohrleitungsbauer', '7126', 'vocational', 'Rohrleitungsbauer/in', 'Pipeline builder', ['Rohrleitungsbauer', 'Rohrleger', 'Pipeline fitter', 'Pipelayer'], { kldb: '34322' }),
  occ('mechatroniker-kaeltetechnik', '7127', 'vocational', 'Mechatroniker/in für Kältetechnik', 'Refrigeration mechatronics technician', ['Mechatroniker Kältetechnik', 'Kälteanlagenbauer', 'Kältetechniker (Ausbildung)', 'Klimatechniker', 'Klimaanlagenmonteur', 'Refrigeration mechanic', 'HVAC technician', 'Air conditioning technician'], { kldb: '34232' }),
  occ('maler-und-lackierer', '7131', 'vocational', 'Maler/in und Lackierer/in', 'Painter and decorator', ['Maler', 'Malerin', 'Lackierer', 'Maler und Lackierer', 'Anstreicher', 'Painter', 'Decorator', 'House painter'], { kldb: '33212', chamber: 'HWK' }),
  occ('fahrzeuglackierer', '7132', 'vocational', 'Fahrzeuglackierer/in', 'Vehicle painter', ['Fahrzeuglackierer', 'Autolackierer', 'Car painter', 'Spray painter'], { chamber: 'HWK' }),
  occ('verfahrensmechaniker-beschichtung', '7132', 'vocational', 'Verfahrensmechaniker/in für Beschichtungstechnik', 'Coating technician', ['Industrielackierer', 'Beschichter', 'Pulverbeschichter', 'Coating operator', 'Varnisher'], { kldb: '22202', chamber: 'IHK' }),
  occ('gebaeudereiniger', '7133', 'vocational', 'Gebäudereiniger/in', 'Building cleaner', ['Gebäudereiniger', 'Fassadenreiniger', 'Glasreiniger', 'Building cleaner', 'Facade cleaner'], { kldb: '54112', chamber: 'HWK' }),
  occ('schornsteinfeger', '7133', 'vocational', 'Schornsteinfeger/in', 'Chimney sweep', ['Schornsteinfeger', 'Kaminkehrer', 'Chimney sweep'], { kldb: '42212', chamber: 'HWK' }),

  // ---------------------------------------------------------------- 72 metal and machinery trades
  occ('metall-und-glockengiesser', '7211', 'vocational', 'Metall- und Glockengießer/in', 'Metal and bell founder', ['Glockengießer', 'Metallgießer', 'Former', 'Kernmacher', 'Metal moulder', 'Coremaker'], { kldb: '24142', chamber: 'HWK' }),
  occ('giessereimechaniker', '7211', 'vocational', 'Gießereimechaniker/in', 'Foundry mechanic', ['Gießereimechaniker', 'Giesser', 'Foundry worker', 'Foundry mechanic'], { chamber: 'IHK' }),
  occ('schweisser', '7212', 'vocational', 'Schweißer/in', 'Welder', ['Schweißer', 'Schweisser', 'Schweißerin', 'Schweißfachmann', 'MAG-Schweißer', 'WIG-Schweißer', 'Brennschneider', 'Welder', 'TIG welder', 'MIG welder', 'Flame cutter'], { kldb: '24422' }),
  occ('klempner', '7213', 'vocational', 'Klempner/in', 'Sheet-metal worker', ['Klempner', 'Spengler', 'Flaschner', 'Blechner', 'Bauklempner', 'Sheet metal worker', 'Tinsmith'], { kldb: '34202', chamber: 'HWK' }),
  occ('konstruktionsmechaniker', '7214', 'vocational', 'Konstruktionsmechaniker/in', 'Structural metal mechanic', ['Konstruktionsmechaniker', 'Stahlbauschlosser', 'Stahlbauer', 'Schiffbauer', 'Structural steel worker', 'Steel fabricator', 'Metal fabricator'], { kldb: '24412', chamber: 'IHK' }),
  occ('metallbauer', '7214', 'vocational', 'Metallbauer/in', 'Metal builder', ['Metallbauer', 'Schlosser', 'Bauschlosser', 'Stahlbauer (Handwerk)', 'Metalworker', 'Steel erector'], { kldb: '24412', chamber: 'HWK' }),
  occ('rigger', '7215', 'vocational', 'Rigger/in', 'Rigger', ['Industriekletterer', 'Seilspleißer', 'Takler', 'Rigger', 'Cable splicer']),
  occ('schmied', '7221', 'vocational', 'Metallgestalter/in (Schmied/in)', 'Blacksmith', ['Schmied', 'Kunstschmied', 'Metallgestalter', 'Blacksmith', 'Forger'], { kldb: '93512', chamber: 'HWK' }),
  occ('hufschmied', '7221', 'vocational', 'Hufbeschlagschmied/in', 'Farrier', ['Hufschmied', 'Farrier'], { kldb: '11333' }),
  occ('werkzeugmechaniker', '7222', 'vocational', 'Werkzeugmechaniker/in', 'Toolmaker', ['Werkzeugmechaniker', 'Werkzeugmacher', 'Formenbauer', 'Stanzwerkzeugbauer', 'Toolmaker', 'Tool and die maker', 'Mould maker'], { kldb: '24522' }),
  occ('modellbauer', '7222', 'vocational', 'Technische/r Modellbauer/in', 'Pattern maker', ['Modellbauer', 'Pattern maker', 'Model maker'], { kldb: '27232' }),
  occ('zerspanungsmechaniker', '7223', 'vocational', 'Zerspanungsmechaniker/in', 'Machinist', ['Zerspanungsmechaniker', 'Zerspaner', 'CNC-Fräser', 'CNC-Dreher', 'Dreher', 'Fräser', 'CNC-Maschinenbediener', 'Machinist', 'CNC machinist', 'CNC operator', 'Turner', 'Milling machine operator'], { kldb: '24232', chamber: 'IHK' }),
  occ('stanz-und-umformmechaniker', '7223', 'vocational', 'Stanz- und Umformmechaniker/in', 'Press and forming machine setter', ['Umformmechaniker', 'Stanzer', 'Press operator', 'Metal forming operator'], { kldb: '24212', chamber: 'IHK' }),
  occ('metallschleifer', '7224', 'vocational', 'Metallschleifer/in', 'Metal grinder', ['Schleifer', 'Metallpolierer', 'Werkzeugschleifer', 'Schneidwerkzeugmechaniker', 'Grinder', 'Metal polisher', 'Tool sharpener'], { kldb: '24222' }),
  occ('kfz-mechatroniker', '7231', 'vocational', 'Kfz-Mechatroniker/in', 'Automotive mechatronics technician', ['Kfz-Mechatroniker', 'Kfz-Mechaniker', 'Automechaniker', 'Kraftfahrzeugmechatroniker', 'Kfz-Elektriker', 'Nutzfahrzeugmechatroniker', 'Car mechanic', 'Auto mechanic', 'Motor vehicle mechanic', 'Automotive technician'], { kldb: '25212' }),
  occ('karosseriebauer', '7231', 'vocational', 'Karosserie- und Fahrzeugbaumechaniker/in', 'Vehicle body builder', ['Karosseriebauer', 'Karosseriemechaniker', 'Fahrzeugbauer', 'Panel beater', 'Body repairer']),
  occ('fluggeraetmechaniker', '7232', 'vocational', 'Fluggerätmechaniker/in', 'Aircraft mechanic', ['Fluggerätmechaniker', 'Flugzeugmechaniker', 'Fluggerätemechaniker', 'Triebwerksmechaniker', 'Aircraft mechanic', 'Aircraft engine mechanic', 'Aviation mechanic'], { kldb: '25232', chamber: 'IHK' }),
  occ('industriemechaniker', '7233', 'vocational', 'Industriemechaniker/in', 'Industrial mechanic', ['Industriemechaniker', 'Industriemechanikerin', 'Betriebsschlosser', 'Maschinenschlosser', 'Instandhaltungsmechaniker', 'Schlosser (Industrie)', 'Industrial mechanic', 'Maintenance mechanic', 'Millwright', 'Machinery mechanic'], { kldb: '25102', chamber: 'IHK' }),
  occ('land-und-baumaschinenmechatroniker', '7233', 'vocational', 'Land- und Baumaschinenmechatroniker/in', 'Agricultural and construction machinery mechatronics technician', ['Landmaschinenmechaniker', 'Baumaschinenmechaniker', 'Landmaschinenmechatroniker', 'Baumaschinenmechatroniker', 'Agricultural machinery mechanic', 'Heavy equipment mechanic'], { kldb: '25222' }),
  occ('anlagenmechaniker', '7233', 'vocational', 'Anlagenmechaniker/in', 'Plant mechanic', ['Anlagenmechaniker', 'Anlagenbauer', 'Apparatebauer', 'Behälterbauer', 'Plant mechanic', 'Boilermaker'], { kldb: '34342', chamber: 'IHK' }),
  occ('zweiradmechatroniker', '7234', 'vocational', 'Zweiradmechatroniker/in', 'Bicycle and motorcycle mechatronics technician', ['Zweiradmechaniker', 'Fahrradmechaniker', 'Fahrradmonteur', 'Motorradmechaniker', 'Bicycle mechanic', 'Motorcycle mechanic'], { kldb: '25252', chamber: 'HWK' }),

  // ---------------------------------------------------------------- 74 electrical and electronics trades
  occ('elektroniker-energie-gebaeudetechnik', '7411', 'vocational', 'Elektroniker/in für Energie- und Gebäudetechnik', 'Electronics technician for energy and building technology', ['Elektroniker Energie- und Gebäudetechnik', 'Elektroniker für Energie- und Gebäudetechnik', 'Elektroniker EGT', 'Elektriker', 'Elektrikerin', 'Elektroinstallateur', 'Elektroinstallateurin', 'Gebäudeelektriker', 'Electrician', 'Building electrician', 'Electrical installer'], { kldb: '26212', chamber: 'HWK' }),
  occ('mechatroniker', '7412', 'vocational', 'Mechatroniker/in', 'Mechatronics technician', ['Mechatroniker', 'Mechatronikerin', 'Industriemechatroniker', 'Mechatronic', 'Mechatronics technician', 'Mechatronics fitter'], {
    kldb: '26112',
    note: {
      de: 'Die amtliche Zuordnung KldB→ISCO führt Mechatroniker/innen unter ISCO 7412 (Elektromechaniker und -monteure).',
      en: 'The official German KldB-to-ISCO crosswalk puts mechatronics technicians in ISCO 7412 (electrical mechanics and fitters).',
    },
  }),
  occ('elektroniker-betriebstechnik', '7412', 'vocational', 'Elektroniker/in für Betriebstechnik', 'Industrial electronics technician (plant engineering)', ['Elektroniker Betriebstechnik', 'Elektroniker für Betriebstechnik', 'Betriebselektriker', 'Betriebselektroniker', 'Industrieelektriker', 'Energieelektroniker', 'Industrial electrician', 'Maintenance electrician'], { kldb: '26252', chamber: 'IHK' }),
  occ('elektroniker-maschinen-antriebstechnik', '7412', 'vocational', 'Elektroniker/in für Maschinen und Antriebstechnik', 'Electronics technician for machines and drive systems', ['Elektroniker Maschinen und Antriebstechnik', 'Elektromaschinenbauer', 'Motorenwickler', 'Elektromechaniker', 'Electric motor mechanic', 'Electrical mechanic'], { kldb: '26222' }),
  occ('industrieelektriker', '7412', 'vocational', 'Industrieelektriker/in', 'Industrial electrician (two-year training)', ['Industrieelektriker Betriebstechnik', 'Industrieelektriker Geräte und Systeme', 'Elektroanlagenmonteur', 'Electrical fitter'], { chamber: 'IHK' }),
  occ('solarteur', '7412', 'vocational', 'Solarteur/in', 'Solar installer', ['Photovoltaik-Monteur', 'PV-Monteur', 'Solartechniker', 'Windkraftmonteur', 'Servicetechniker Windenergie', 'Solar installer', 'PV installer', 'Wind turbine technician'], { kldb: '26242' }),
  occ('servicetechniker', '7412', 'vocational', 'Servicetechniker/in (Wartung und Instandhaltung)', 'Field service technician', ['Servicetechniker', 'Kundendiensttechniker', 'Wartungstechniker', 'Instandhaltungstechniker', 'Field service technician', 'Service engineer', 'Maintenance technician'], { kldb: '25132' }),
  occ('freileitungsmonteur', '7413', 'vocational', 'Freileitungsmonteur/in', 'Electrical line installer', ['Freileitungsmonteur', 'Kabelmonteur', 'Netzmonteur', 'Netzelektriker', 'Leitungsmonteur', 'Lineman', 'Power line technician', 'Cable jointer'], { kldb: '26262' }),
  occ('elektroniker', '7421', 'vocational', 'Elektroniker/in', 'Electronics technician', ['Elektroniker', 'Elektronikerin', 'Elektroniktechniker (Ausbildung)', 'Elektronikfacharbeiter', 'Electronics technician', 'Electronics mechanic'], {
    kldb: '26302',
    note: {
      de: 'Allgemeiner Eintrag; die Fachrichtungen (Energie- und Gebäudetechnik 7411, Betriebstechnik 7412, Geräte und Systeme 7421, Informations- und Telekommunikationstechnik 7422) haben eigene Einträge.',
      en: 'General entry; the specialisations (energy and building technology 7411, plant engineering 7412, devices and systems 7421, information and telecommunications technology 7422) have entries of their own.',
    },
  }),
  occ('elektroniker-geraete-systeme', '7421', 'vocational', 'Elektroniker/in für Geräte und Systeme', 'Electronics technician for devices and systems', ['Elektroniker Geräte und Systeme', 'Elektroniker für Geräte und Systeme', 'Geräteelektroniker', 'Electronics technician devices and systems'], { chamber: 'IHK' }),
  occ('elektroniker-automatisierungstechnik', '7421', 'vocational', 'Elektroniker/in für Automatisierungstechnik', 'Electronics technician for automation technology', ['Elektroniker Automatisierungstechnik', 'Elektroniker für Automatisierungstechnik', 'Automatisierungselektroniker', 'SPS-Programmierer', 'Automation technician', 'PLC technician'], { kldb: '26122', chamber: 'IHK' }),
  occ('fluggeraetelektroniker', '7421', 'vocational', 'Fluggerätelektroniker/in', 'Avionics technician', ['Fluggerätelektroniker', 'Avioniker', 'Avionics technician', 'Aircraft electrician'], { kldb: '26332', chamber: 'IHK' }),
  occ('informationselektroniker', '7421', 'vocational', 'Informationselektroniker/in', 'Information electronics technician', ['Informationselektroniker', 'Radio- und Fernsehtechniker', 'Büroinformationselektroniker', 'Consumer electronics technician'], { chamber: 'HWK' }),
  occ('medizingeraete-servicetechniker', '7421', 'vocational', 'Servicetechniker/in Medizintechnik', 'Medical equipment service technician', ['Medizingerätetechniker', 'Medizintechnik-Servicetechniker', 'Biomedical equipment technician'], { kldb: '82502' }),
  occ('elektroniker-itk', '7422', 'vocational', 'Elektroniker/in für Informations- und Telekommunikationstechnik', 'Electronics technician for information and telecommunications technology', ['Elektroniker Informations- und Telekommunikationstechnik', 'Elektroniker ITK', 'Kommunikationselektroniker', 'Telekommunikationsinstallateur', 'Telecommunications installer'], { kldb: '26312', chamber: 'HWK' }),
  occ('it-systemelektroniker', '7422', 'vocational', 'IT-Systemelektroniker/in', 'IT systems electronics technician', ['IT-Systemelektroniker', 'IT-System-Elektroniker', 'Systemelektroniker', 'IT systems electronics technician', 'ICT installer']),
  occ('glasfasermonteur', '7422', 'vocational', 'Glasfasermonteur/in', 'Fibre optic technician', ['Glasfasertechniker', 'Spleißer', 'LWL-Monteur', 'FTTH-Monteur', 'Fibre optic technician', 'Fiber optic installer', 'Fibre splicer']),
]);
