// German texts of the public page /recht/stand (the legal figures Lotse uses, their sources and status).

export const de = {
  title: 'Stand der Rechtsgrundlagen',
  heading: 'Stand der Rechtsgrundlagen',
  lead: (today: string): string =>
    `Jede Zahl, mit der Lotse prüft und plant: ab wann und bis wann sie gilt, woher sie stammt und wann sie zuletzt an der Quelle geprüft wurde. Stand: ${today}.`,
  explain:
    'Ein Entwurf ist veröffentlicht, aber nicht in Kraft: Lotse entscheidet nicht damit und nennt ihn nur als erwarteten Wert. Bei einem nicht bestätigten Wert antwortet Lotse mit „unklar“ und bittet, ihn prüfen zu lassen.',
  contentsLabel: 'Themen',
  columns: { id: 'Kennung', valid: 'Gültig', value: 'Wert', status: 'Status', verified: 'Zuletzt geprüft', source: 'Quelle' },
  from: (d: string): string => `ab ${d}`,
  fromTo: (a: string, b: string): string => `${a} bis ${b}`,
  alsoSee: 'Siehe auch:',
  counts: (n: number): string => `${n} Werte`,
};

export type LawMessages = {
  title: string;
  heading: string;
  lead: (today: string) => string;
  explain: string;
  contentsLabel: string;
  columns: { id: string; valid: string; value: string; status: string; verified: string; source: string };
  from: (d: string) => string;
  fromTo: (a: string, b: string) => string;
  alsoSee: string;
  counts: (n: number) => string;
};
