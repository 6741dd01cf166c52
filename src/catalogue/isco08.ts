// ISCO-08 unit groups (4-digit) that the occupation catalogue covers, with their titles.
//
// English: the official unit-group titles of ISCO-08 as published by the International Labour
// Organization (International Standard Classification of Occupations 2008, structure and group
// definitions). Codes and titles are public.
// German: a faithful German rendering in the style of the German ISCO-08 translation; it is not
// guaranteed to be the verbatim wording of the Statistisches Bundesamt. Where the catalogue shows
// a unit group to a person it shows these titles; the legal check only uses the code.
//
// Scope: every unit group of the sub-major groups 13, 21, 22, 23, 25, 31 and 35, and of the minor
// groups 711-713 (construction), 721-723 (metal and machinery) and 741-742 (electrical and
// electronics trades) of major group 7; and 3221 (see there).

export interface IscoUnitGroup {
  /** 4-digit ISCO-08 unit group code */
  code: string;
  title: { de: string; en: string };
}

type Row = readonly [code: string, en: string, de: string];

const ROWS: readonly Row[] = [
  // 13 Production and specialised services managers
  ['1311', 'Agricultural and forestry production managers', 'Produktionsleiter/innen in der Land- und Forstwirtschaft'],
  ['1312', 'Aquaculture and fisheries production managers', 'Produktionsleiter/innen in der Aquakultur und Fischerei'],
  ['1321', 'Manufacturing managers', 'Produktionsleiter/innen im verarbeitenden Gewerbe'],
  ['1322', 'Mining managers', 'Produktionsleiter/innen im Bergbau'],
  ['1323', 'Construction managers', 'Produktionsleiter/innen im Bau'],
  ['1324', 'Supply, distribution and related managers', 'Führungskräfte in Beschaffung, Logistik und verwandten Bereichen'],
  ['1330', 'Information and communications technology service managers', 'Führungskräfte in der Erbringung von Dienstleistungen der Informations- und Kommunikationstechnologie'],
  ['1341', 'Child care services managers', 'Führungskräfte in der Kinderbetreuung'],
  ['1342', 'Health services managers', 'Führungskräfte im Gesundheitswesen'],
  ['1343', 'Aged care services managers', 'Führungskräfte in der Altenbetreuung'],
  ['1344', 'Social welfare managers', 'Führungskräfte im Sozialwesen'],
  ['1345', 'Education managers', 'Führungskräfte im Bildungswesen'],
  ['1346', 'Financial and insurance services branch managers', 'Filialleiter/innen bei Banken und Versicherungen'],
  ['1349', 'Professional services managers not elsewhere classified', 'Führungskräfte in der Erbringung von speziellen Dienstleistungen, anderweitig nicht genannt'],

  // 21 Science and engineering professionals
  ['2111', 'Physicists and astronomers', 'Physiker/innen und Astronom/innen'],
  ['2112', 'Meteorologists', 'Meteorolog/innen'],
  ['2113', 'Chemists', 'Chemiker/innen'],
  ['2114', 'Geologists and geophysicists', 'Geolog/innen und Geophysiker/innen'],
  ['2120', 'Mathematicians, actuaries and statisticians', 'Mathematiker/innen, Versicherungsmathematiker/innen und Statistiker/innen'],
  ['2131', 'Biologists, botanists, zoologists and related professionals', 'Biolog/innen, Botaniker/innen, Zoolog/innen und verwandte Berufe'],
  ['2132', 'Farming, forestry and fisheries advisers', 'Berater/innen für Landwirtschaft, Forstwirtschaft und Fischerei'],
  ['2133', 'Environmental protection professionals', 'Akademische Fachkräfte im Umweltschutz'],
  ['2141', 'Industrial and production engineers', 'Wirtschafts- und Produktionsingenieur/innen'],
  ['2142', 'Civil engineers', 'Bauingenieur/innen'],
  ['2143', 'Environmental engineers', 'Umweltingenieur/innen'],
  ['2144', 'Mechanical engineers', 'Maschinenbauingenieur/innen'],
  ['2145', 'Chemical engineers', 'Chemieingenieur/innen'],
  ['2146', 'Mining engineers, metallurgists and related professionals', 'Bergbauingenieur/innen, Metallurg/innen und verwandte Berufe'],
  ['2149', 'Engineering professionals not elsewhere classified', 'Ingenieur/innen, anderweitig nicht genannt'],
  ['2151', 'Electrical engineers', 'Elektroingenieur/innen'],
  ['2152', 'Electronics engineers', 'Elektronikingenieur/innen'],
  ['2153', 'Telecommunications engineers', 'Telekommunikationsingenieur/innen'],
  ['2161', 'Building architects', 'Architekt/innen (Hochbau)'],
  ['2162', 'Landscape architects', 'Landschaftsarchitekt/innen'],
  ['2163', 'Product and garment designers', 'Produkt- und Modedesigner/innen'],
  ['2164', 'Town and traffic planners', 'Stadt- und Verkehrsplaner/innen'],
  ['2165', 'Cartographers and surveyors', 'Kartograf/innen und Vermessungsingenieur/innen'],
  ['2166', 'Graphic and multimedia designers', 'Grafik- und Multimediadesigner/innen'],

  // 22 Health professionals
  ['2211', 'Generalist medical practitioners', 'Allgemeinärzt/innen'],
  ['2212', 'Specialist medical practitioners', 'Fachärzt/innen'],
  ['2221', 'Nursing professionals', 'Akademische und vergleichbare Krankenpflegefachkräfte'],
  ['2222', 'Midwifery professionals', 'Akademische und vergleichbare Fachkräfte in der Geburtshilfe'],
  ['2230', 'Traditional and complementary medicine professionals', 'Akademische und vergleichbare Fachkräfte in der traditionellen und komplementären Medizin'],
  ['2240', 'Paramedical practitioners', 'Akademische und vergleichbare paramedizinische Praktiker/innen'],
  ['2250', 'Veterinarians', 'Tierärzt/innen'],
  ['2261', 'Dentists', 'Zahnärzt/innen'],
  ['2262', 'Pharmacists', 'Apotheker/innen'],
  ['2263', 'Environmental and occupational health and hygiene professionals', 'Akademische Fachkräfte für Umwelt- und Arbeitsschutz und Hygiene'],
  ['2264', 'Physiotherapists', 'Physiotherapeut/innen'],
  ['2265', 'Dieticians and nutritionists', 'Diätolog/innen und Ernährungswissenschaftler/innen'],
  ['2266', 'Audiologists and speech therapists', 'Audiolog/innen und Sprachtherapeut/innen'],
  ['2267', 'Optometrists and ophthalmic opticians', 'Optometrist/innen und Augenoptiker/innen'],
  ['2269', 'Health professionals not elsewhere classified', 'Akademische und vergleichbare Gesundheitsberufe, anderweitig nicht genannt'],

  // 23 Teaching professionals
  ['2310', 'University and higher education teachers', 'Universitäts- und Hochschullehrer/innen'],
  ['2320', 'Vocational education teachers', 'Lehrkräfte im Bereich Berufsbildung'],
  ['2330', 'Secondary education teachers', 'Lehrkräfte im Sekundarbereich'],
  ['2341', 'Primary school teachers', 'Lehrkräfte im Primarbereich'],
  ['2342', 'Early childhood educators', 'Lehrkräfte im Vorschulbereich'],
  ['2351', 'Education methods specialists', 'Fachkräfte für Bildungsmethoden'],
  ['2352', 'Special needs teachers', 'Sonderpädagog/innen'],
  ['2353', 'Other language teachers', 'Sonstige Sprachlehrer/innen'],
  ['2354', 'Other music teachers', 'Sonstige Musiklehrer/innen'],
  ['2355', 'Other arts teachers', 'Sonstige Kunstlehrer/innen'],
  ['2356', 'Information technology trainers', 'IT-Trainer/innen'],
  ['2359', 'Teaching professionals not elsewhere classified', 'Lehrkräfte, anderweitig nicht genannt'],

  // 25 Information and communications technology professionals
  ['2511', 'Systems analysts', 'Systemanalytiker/innen'],
  ['2512', 'Software developers', 'Softwareentwickler/innen'],
  ['2513', 'Web and multimedia developers', 'Web- und Multimediaentwickler/innen'],
  ['2514', 'Applications programmers', 'Anwendungsprogrammierer/innen'],
  ['2519', 'Software and applications developers and analysts not elsewhere classified', 'Entwickler/innen und Analytiker/innen von Software und Anwendungen, anderweitig nicht genannt'],
  ['2521', 'Database designers and administrators', 'Datenbankentwickler/innen und -administrator/innen'],
  ['2522', 'Systems administrators', 'Systemadministrator/innen'],
  ['2523', 'Computer network professionals', 'Akademische Fachkräfte für Computernetzwerke'],
  ['2529', 'Database and network professionals not elsewhere classified', 'Akademische Fachkräfte für Datenbanken und Netzwerke, anderweitig nicht genannt'],

  // 31 Science and engineering associate professionals
  ['3111', 'Chemical and physical science technicians', 'Chemie- und Physiktechniker/innen'],
  ['3112', 'Civil engineering technicians', 'Bautechniker/innen'],
  ['3113', 'Electrical engineering technicians', 'Elektrotechniker/innen'],
  ['3114', 'Electronics engineering technicians', 'Elektroniktechniker/innen'],
  ['3115', 'Mechanical engineering technicians', 'Maschinenbautechniker/innen'],
  ['3116', 'Chemical engineering technicians', 'Chemiebetriebstechniker/innen'],
  ['3117', 'Mining and metallurgical technicians', 'Bergbau- und Hüttentechniker/innen'],
  ['3118', 'Draughtspersons', 'Technische Zeichner/innen'],
  ['3119', 'Physical and engineering science technicians not elsewhere classified', 'Material- und ingenieurtechnische Fachkräfte, anderweitig nicht genannt'],
  ['3121', 'Mining supervisors', 'Aufsichtskräfte im Bergbau'],
  ['3122', 'Manufacturing supervisors', 'Aufsichtskräfte in der Herstellung von Waren'],
  ['3123', 'Construction supervisors', 'Aufsichtskräfte im Bau'],
  ['3131', 'Power production plant operators', 'Steuerer/innen von Kraftwerksanlagen'],
  ['3132', 'Incinerator and water treatment plant operators', 'Steuerer/innen von Verbrennungs- und Wasseraufbereitungsanlagen'],
  ['3133', 'Chemical processing plant controllers', 'Steuerer/innen von chemischen Verfahrensanlagen'],
  ['3134', 'Petroleum and natural gas refining plant operators', 'Steuerer/innen von Erdöl- und Erdgasraffinerieanlagen'],
  ['3135', 'Metal production process controllers', 'Steuerer/innen von Anlagen der Metallerzeugung'],
  ['3139', 'Process control technicians not elsewhere classified', 'Prozesssteuerungstechniker/innen, anderweitig nicht genannt'],
  ['3141', 'Life science technicians (excluding medical)', 'Biowissenschaftlich-technische Fachkräfte (ohne Medizin)'],
  ['3142', 'Agricultural technicians', 'Agrartechniker/innen'],
  ['3143', 'Forestry technicians', 'Forsttechniker/innen'],
  ['3151', "Ships' engineers", 'Schiffsingenieur/innen'],
  ['3152', "Ships' deck officers and pilots", 'Decksoffizier/innen und Lots/innen'],
  ['3153', 'Aircraft pilots and related associate professionals', 'Flugzeugführer/innen und verwandte Berufe'],
  ['3154', 'Air traffic controllers', 'Fluglots/innen'],
  ['3155', 'Air traffic safety electronics technicians', 'Techniker/innen für Flugsicherungselektronik'],

  // 322 Nursing associate professionals: only 3221, because the German crosswalk (KldB 2010 to
  // ISCO-08) puts vocationally trained nurses there, and people type "Pflegefachkraft".
  ['3221', 'Nursing associate professionals', 'Nicht akademische Krankenpflegefachkräfte'],

  // 35 Information and communications technicians
  ['3511', 'Information and communications technology operations technicians', 'Techniker/innen für den Betrieb von Informations- und Kommunikationstechnologie'],
  ['3512', 'Information and communications technology user support technicians', 'Techniker/innen für die Anwenderbetreuung in der Informations- und Kommunikationstechnologie'],
  ['3513', 'Computer network and systems technicians', 'Techniker/innen für Computernetzwerke und -systeme'],
  ['3514', 'Web technicians', 'Webtechniker/innen'],
  ['3521', 'Broadcasting and audiovisual technicians', 'Rundfunk- und audiovisuelle Techniker/innen'],
  ['3522', 'Telecommunications engineering technicians', 'Telekommunikationstechniker/innen'],

  // 711-713 Building and related trades workers, excluding electricians
  ['7111', 'House builders', 'Hausbauer/innen'],
  ['7112', 'Bricklayers and related workers', 'Maurer/innen und verwandte Berufe'],
  ['7113', 'Stonemasons, stone cutters, splitters and carvers', 'Steinmetz/innen, Steinspalter/innen und Steinbildhauer/innen'],
  ['7114', 'Concrete placers, concrete finishers and related workers', 'Betonbauer/innen, Betonoberflächenfertiger/innen und verwandte Berufe'],
  ['7115', 'Carpenters and joiners', 'Zimmerer/Zimmerinnen und Bautischler/innen'],
  ['7119', 'Building frame and related trades workers not elsewhere classified', 'Bauhauptgewerbe und verwandte Berufe, anderweitig nicht genannt'],
  ['7121', 'Roofers', 'Dachdecker/innen'],
  ['7122', 'Floor layers and tile setters', 'Fußbodenleger/innen und Fliesenleger/innen'],
  ['7123', 'Plasterers', 'Stuckateur/innen und Verputzer/innen'],
  ['7124', 'Insulation workers', 'Isolierer/innen'],
  ['7125', 'Glaziers', 'Glaser/innen'],
  ['7126', 'Plumbers and pipe fitters', 'Installateur/innen und Rohrleitungsbauer/innen'],
  ['7127', 'Air conditioning and refrigeration mechanics', 'Klima- und Kälteanlagenmechaniker/innen'],
  ['7131', 'Painters and related workers', 'Maler/innen und verwandte Berufe'],
  ['7132', 'Spray painters and varnishers', 'Lackierer/innen'],
  ['7133', 'Building structure cleaners', 'Gebäudereiniger/innen (Fassaden) und Schornsteinfeger/innen'],

  // 721-723 Metal, machinery and related trades workers
  ['7211', 'Metal moulders and coremakers', 'Former/innen und Kernmacher/innen (Metallguss)'],
  ['7212', 'Welders and flamecutters', 'Schweißer/innen und Brennschneider/innen'],
  ['7213', 'Sheet-metal workers', 'Blechkaltverformer/innen und Klempner/innen'],
  ['7214', 'Structural-metal preparers and erectors', 'Baumetallverformer/innen und Metallbaumonteur/innen'],
  ['7215', 'Riggers and cable splicers', 'Seilspleißer/innen und Takler/innen'],
  ['7221', 'Blacksmiths, hammersmiths and forging press workers', 'Grob- und Hammerschmied/innen, Schmiedepresser/innen'],
  ['7222', 'Toolmakers and related workers', 'Werkzeugmacher/innen und verwandte Berufe'],
  ['7223', 'Metal working machine tool setters and operators', 'Einrichter/innen und Bediener/innen von Werkzeugmaschinen'],
  ['7224', 'Metal polishers, wheel grinders and tool sharpeners', 'Metallpolierer/innen, Metallschleifer/innen und Werkzeugschärfer/innen'],
  ['7231', 'Motor vehicle mechanics and repairers', 'Kraftfahrzeugmechaniker/innen und -schlosser/innen'],
  ['7232', 'Aircraft engine mechanics and repairers', 'Flugmotorenmechaniker/innen und -schlosser/innen'],
  ['7233', 'Agricultural and industrial machinery mechanics and repairers', 'Landmaschinen- und Industriemaschinenmechaniker/innen'],
  ['7234', 'Bicycle and related repairers', 'Fahrradmechaniker/innen und verwandte Berufe'],

  // 741-742 Electrical and electronic trades workers
  ['7411', 'Building and related electricians', 'Elektroinstallateur/innen und verwandte Berufe'],
  ['7412', 'Electrical mechanics and fitters', 'Elektromechaniker/innen und Elektromonteur/innen'],
  ['7413', 'Electrical line installers and repairers', 'Elektrische Leitungsinstallateur/innen und -mechaniker/innen'],
  ['7421', 'Electronics mechanics and servicers', 'Elektroniker/innen und Elektronikservicetechniker/innen'],
  ['7422', 'Information and communications technology installers and servicers', 'Installateur/innen und Servicetechniker/innen für Informations- und Kommunikationstechnik'],
];

/** The unit groups in code order. */
export const ISCO08_UNIT_GROUPS: readonly IscoUnitGroup[] = Object.freeze(ROWS.map(([code, en, de]) => Object.freeze({ code, title: Object.freeze({ de, en }) })));

const BY_CODE: ReadonlyMap<string, IscoUnitGroup> = new Map(ISCO08_UNIT_GROUPS.map((g) => [g.code, g]));

/** The unit group with this 4-digit code, or undefined if the catalogue does not cover it. */
export function iscoUnitGroup(code: string): IscoUnitGroup | undefined {
  return BY_CODE.get(code);
}

/**
 * The unit groups the catalogue must cover with at least one occupation: every unit group above.
 * (Kept as a separate export so that a future wider ISCO list does not silently widen the duty.)
 */
export const REQUIRED_ISCO_CODES: readonly string[] = ISCO08_UNIT_GROUPS.map((g) => g.code);
