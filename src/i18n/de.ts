// German message catalogue: the reference. Every other catalogue is typed against
// `Messages` (derived from this object), so a missing or extra key fails `tsc`.
// Plain strings only where possible; functions where a value is inserted.

export const de = {
  meta: {
    /** the language's own name, used in the language switch */
    languageName: 'Deutsch',
    productName: 'Lotse',
    tagline: 'Internationale Fachkräfte einstellen',
    description:
      'Lotse hilft kleinen und mittleren Unternehmen, internationale MINT-Fachkräfte einzustellen: Aufenthaltswege prüfen, den Ablauf planen, Beratung durch das IQ-Service MINT Kaiserslautern.',
    /** `<title>` of a page: page title and product name */
    pageTitle: (title: string): string => `${title} – Lotse`,
  },
  layout: {
    skipLink: 'Zum Inhalt springen',
    mainNavLabel: 'Hauptnavigation',
    nav: {
      home: 'Start',
      check: 'Prüfung',
      recognition: 'Anerkennung',
      about: 'Über Lotse',
    },
    languageNavLabel: 'Sprache',
    signedInAs: (name: string): string => `Angemeldet als ${name}`,
    logout: 'Abmelden',
    footerProduct: 'Lotse – eine Anwendung für das IQ-Service MINT Kaiserslautern',
    openSource: 'Open Source',
    footerAbout: 'Über Lotse und Datenschutz',
    footerLawStatus: 'Stand der Rechtsgrundlagen',
    disclaimer: 'Lotse gibt Informationen, keine Rechtsberatung; es entscheiden die Behörden.',
  },
  home: {
    title: 'Internationale Fachkräfte einstellen',
    heading: 'Internationale Fachkräfte einstellen – Schritt für Schritt',
    lead:
      'Sie möchten eine Fachkraft aus dem Ausland in Ihrem Unternehmen beschäftigen? Lotse zeigt Ihnen, welche Aufenthaltswege für die Person in Frage kommen, welche Voraussetzungen schon erfüllt sind und was noch fehlt – verständlich und ohne juristisches Vorwissen. Für Ihren konkreten Fall berät Sie das IQ-Service MINT Kaiserslautern persönlich.',
    entriesHeading: 'Womit möchten Sie beginnen?',
    cards: {
      check: {
        title: 'Aufenthaltswege prüfen',
        text: 'Beantworten Sie Fragen zu Abschluss, Stelle und Gehalt. Lotse zeigt, welche Wege – etwa die Blaue Karte EU – in Frage kommen und welche Voraussetzungen noch offen sind.',
        link: 'Prüfung starten',
      },
      recognition: {
        title: 'Anerkennung finden',
        text: 'Muss der ausländische Abschluss anerkannt werden? Lotse nennt zu Beruf und Arbeitsort die zuständige Stelle, Kosten, Dauer und was das Ergebnis für den Aufenthalt bedeutet.',
        link: 'Anerkennung finden',
      },
      plan: {
        title: 'Ablauf planen',
        text: 'Der Ablaufplan baut auf der Prüfung auf: Er ordnet die Schritte von der Anerkennung des Abschlusses über das Visum bis zur Einreise und nennt die zuständigen Stellen.',
        link: 'Mit der Prüfung beginnen',
      },
      advice: {
        title: 'Beratung durch die Servicestelle',
        text: 'Das IQ-Service MINT Kaiserslautern begleitet Unternehmen aus der Region bei der Einstellung internationaler Fachkräfte aus Mathematik, Informatik, Naturwissenschaft und Technik.',
        link: 'Mehr über die Servicestelle',
      },
    },
    howHeading: 'So funktioniert es',
    steps: [
      {
        title: 'Angaben machen',
        text: 'Sie beantworten Fragen zur Person, zu ihrem Abschluss und zur geplanten Stelle. Rechtskenntnisse brauchen Sie dafür nicht.',
      },
      {
        title: 'Ergebnis lesen',
        text: 'Lotse zeigt, welche Aufenthaltswege in Frage kommen, welche Voraussetzungen erfüllt sind und was noch fehlt – jeweils mit der Vorschrift, auf der es beruht.',
      },
      {
        title: 'Ablauf planen und beraten lassen',
        text: 'Aus dem Ergebnis entsteht ein Plan mit den nächsten Schritten. Offene Fragen klären Sie mit der Servicestelle; entscheiden wird die zuständige Behörde.',
      },
    ] as { title: string; text: string }[],
    advisersHeading: 'Für Beraterinnen und Berater',
    advisersText: 'Sie arbeiten für die Servicestelle? Melden Sie sich an, um Fälle anzulegen und zu begleiten.',
    advisersLink: 'Anmelden',
  },
  about: {
    title: 'Über Lotse',
    heading: 'Über Lotse',
    lead:
      'Ein Lotse bringt Schiffe sicher durch schwierige Gewässer in den Hafen. Diese Anwendung soll dasselbe für Unternehmen leisten, die eine internationale Fachkraft einstellen möchten: den Weg durch Aufenthaltsrecht, Anerkennung und Behörden zeigen.',
    whatHeading: 'Was Lotse kann',
    whatItems: [
      'prüfen, welche Aufenthaltswege für eine Fachkraft in Frage kommen, und zeigen, welche Voraussetzungen erfüllt sind und welche noch fehlen,',
      'den Ablauf von der Anerkennung bis zur Einreise als Plan mit den nächsten Schritten darstellen,',
      'den Beraterinnen und Beratern der Servicestelle helfen, Fälle zu begleiten.',
    ] as string[],
    officeHeading: 'Die Servicestelle',
    officeText:
      'Lotse wurde für das IQ-Service MINT Kaiserslautern entwickelt. Die Servicestelle berät kleine und mittlere Unternehmen in der Region, die Fachkräfte aus Mathematik, Informatik, Naturwissenschaft und Technik (MINT) aus dem Ausland einstellen möchten, und begleitet sie durch das Verfahren. Für eine persönliche Beratung wenden Sie sich direkt an die Servicestelle.',
    openSourceHeading: 'Open Source',
    openSourceText:
      'Lotse ist freie Software unter der GNU Affero General Public License (AGPL-3.0-or-later). Jede und jeder darf den Quellcode einsehen, prüfen und weiterverwenden; andere Beratungsstellen können Lotse selbst betreiben.',
    privacyHeading: 'Datenschutz in Kürze',
    privacyItems: [
      'Lotse lädt keine Inhalte von fremden Servern: keine externen Schriften, keine Analyse- und keine Werbedienste.',
      'Ein Cookie speichert nur Ihre Sprachwahl, wenn Sie die Sprache wechseln. Es enthält keine Angaben zu Ihrer Person.',
      'Angaben zu Personen und Fällen sind nur für angemeldete Beraterinnen und Berater der Servicestelle zugänglich.',
    ] as string[],
    privacyMore: 'Die vollständige Datenschutzerklärung stellt der Betreiber dieser Installation bereit.',
    disclaimerHeading: 'Keine Rechtsberatung',
    disclaimerText:
      'Lotse gibt Informationen, keine Rechtsberatung; es entscheiden die Behörden. Die Ergebnisse beruhen auf Ihren Angaben und auf dem Stand der Vorschriften, den Lotse jeweils nennt. Verbindlich entscheiden die Ausländerbehörde, die deutsche Auslandsvertretung (Botschaft oder Konsulat), die Bundesagentur für Arbeit und die Anerkennungsstellen.',
  },
  errors: {
    backHome: 'Zur Startseite',
    requestIdLabel: 'Fehlernummer',
    requestIdHelp: 'Wenn Sie sich an die Servicestelle wenden, nennen Sie bitte diese Fehlernummer. Damit lässt sich der Vorgang nachvollziehen.',
    notFound: {
      title: 'Seite nicht gefunden',
      text: 'Unter dieser Adresse gibt es keine Seite. Vielleicht ist die Adresse falsch geschrieben, oder die Seite wurde verschoben.',
      hint: 'Prüfen Sie die Adresse oder beginnen Sie auf der Startseite.',
    },
    badRequest: {
      title: 'Die Anfrage konnte nicht verarbeitet werden',
      text: 'Die übermittelten Angaben waren unvollständig oder nicht lesbar.',
      hint: 'Gehen Sie bitte zurück und versuchen Sie es noch einmal.',
    },
    forbidden: {
      title: 'Kein Zugriff',
      text: 'Für diese Seite fehlt Ihnen die Berechtigung, oder Ihre Sitzung ist abgelaufen.',
      hint: 'Laden Sie die vorige Seite neu oder melden Sie sich erneut an.',
    },
    tooLarge: {
      title: 'Die Daten sind zu groß',
      text: 'Die übermittelte Datei oder Eingabe überschreitet die erlaubte Größe.',
      hint: 'Verkleinern Sie die Datei und versuchen Sie es noch einmal.',
    },
    tooManyRequests: {
      title: 'Zu viele Anfragen',
      text: 'In kurzer Zeit sind zu viele Anfragen eingegangen.',
      hint: 'Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
    },
    serverError: {
      title: 'Es ist ein Fehler aufgetreten',
      text: 'Die Seite konnte wegen eines Fehlers in Lotse nicht angezeigt werden. Das liegt nicht an Ihren Angaben.',
      hint: 'Versuchen Sie es bitte in einigen Minuten noch einmal.',
    },
  },
  /** the input check of every request (src/web/textGuard.ts): the field is named, its value never shown */
  inputErrors: {
    summaryTitle: 'Bitte korrigieren Sie diese Angaben',
    malformedText: (field: string) =>
      `Das Feld „${field}“ enthält ein unzulässiges Zeichen (ein Nullzeichen oder ein unvollständiges Unicode-Zeichen).`,
    invalidEncoding: (field: string) => `Das Feld „${field}“ ist in der Adresse nicht als gültiges UTF-8 kodiert.`,
  },
};

export type Messages = typeof de;
