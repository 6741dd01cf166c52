// Texts of the account pages (login, invitations, password reset, account, user administration). German is the
// reference; the English catalogue is typed against it, so a missing key fails `tsc`.
// The German texts (the reference; en.ts is typed against them).

import type { FieldErrorCode } from '../../../app/accounts/accounts.ts';
import { PASSWORD_MIN_LENGTH } from '../../../app/accounts/accounts.ts';
import type { ThrottleScope } from '../../../app/accounts/login.ts';

const minutesDe = (n: number) => `${n} ${n === 1 ? 'Minute' : 'Minuten'}`;

export const de = {
  errorSummaryTitle: 'Bitte korrigieren Sie die folgenden Angaben',
  errorPrefix: 'Fehler:',
  optional: '(optional)',
  fields: {
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    passwordRepeat: 'Passwort wiederholen',
    name: 'Ihr Name',
    currentPassword: 'Aktuelles Passwort',
    newPassword: 'Neues Passwort',
    newPasswordRepeat: 'Neues Passwort wiederholen',
    tokenName: 'Wofür ist der Schlüssel?',
    inviteEmail: 'E-Mail-Adresse der Person',
    inviteName: 'Name der Person',
    role: 'Rolle',
    companyId: 'Unternehmen',
    frequency: 'Erinnerungen',
  },
  fieldErrors: {
    required: (label: string) => `Füllen Sie das Feld „${label}“ aus.`,
    email: () => 'Geben Sie eine E-Mail-Adresse im Format name@beispiel.de an.',
    tooLong: (label: string) => `${label} ist zu lang.`,
    characters: (label: string) => `${label} enthält ein unzulässiges Zeichen (ein Nullzeichen oder ein unvollständiges Unicode-Zeichen).`,
    passwordTooShort: () => `Das Passwort muss mindestens ${PASSWORD_MIN_LENGTH} Zeichen lang sein.`,
    passwordTooLong: () => 'Das Passwort ist zu lang.',
    passwordIsEmail: () => 'Das Passwort darf nicht die E-Mail-Adresse sein.',
    passwordMismatch: () => 'Die beiden Passwörter stimmen nicht überein.',
    passwordWrong: () => 'Das aktuelle Passwort ist nicht richtig.',
    emailTaken: () => 'Zu dieser E-Mail-Adresse gibt es schon ein Konto.',
    role: () => 'Wählen Sie eine Rolle.',
    companyRequired: () => 'Wählen Sie für die Rolle „Unternehmen“ das Unternehmen.',
    companyNotAllowed: () => 'Ein Unternehmen wählen Sie nur für die Rolle „Unternehmen“.',
    companyUnknown: () => 'Wählen Sie ein Unternehmen aus der Liste.',
    selfDisable: () => 'Ihr eigenes Konto können Sie nicht sperren.',
  } satisfies Record<FieldErrorCode, (label: string) => string>,
  passwordHint: `Mindestens ${PASSWORD_MIN_LENGTH} Zeichen, nicht Ihre E-Mail-Adresse. Ein Satz aus mehreren Wörtern ist gut zu merken und sicher.`,
  login: {
    title: 'Anmelden',
    lead: 'Für Beraterinnen und Berater der Servicestelle und für Unternehmen mit Zugang.',
    submit: 'Anmelden',
    invalid: 'E-Mail-Adresse oder Passwort ist nicht richtig.',
    /** by the limit that refused the attempt (src/app/accounts/login.ts, ThrottleScope) */
    throttled: {
      account: (minutes: number) =>
        `Zu viele Anmeldeversuche. Versuchen Sie es in ${minutesDe(minutes)} noch einmal, oder setzen Sie Ihr Passwort zurück.`,
      address: (minutes: number) =>
        `Zu viele fehlgeschlagene Anmeldeversuche von Ihrer Internetverbindung aus. Versuchen Sie es in ${minutesDe(minutes)} noch einmal.`,
      unknownDevices: (minutes: number) =>
        `Für dieses Konto gab es zu viele fehlgeschlagene Anmeldeversuche von anderen Geräten. Melden Sie sich auf einem Gerät an, auf dem Sie sich hier schon angemeldet haben, versuchen Sie es in ${minutesDe(minutes)} noch einmal, oder setzen Sie Ihr Passwort zurück.`,
    } satisfies Record<ThrottleScope, (minutes: number) => string>,
    forgot: 'Passwort vergessen?',
    loggedOut: 'Sie haben sich abgemeldet.',
    passwordChanged: 'Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen Passwort an.',
  },
  invitation: {
    title: 'Einladung annehmen',
    lead: (tenant: string) => `Sie wurden eingeladen, Lotse für „${tenant}“ zu nutzen. Legen Sie Ihren Namen und Ihr Passwort fest.`,
    emailLabel: 'Ihr Konto',
    roleLabel: 'Rolle',
    submit: 'Konto anlegen',
  },
  invalidLink: {
    title: 'Dieser Link funktioniert nicht',
    unknown: 'Der Link ist ungültig oder wurde zurückgezogen.',
    used: 'Der Link wurde schon verwendet. Jeder Link gilt nur einmal.',
    expired: 'Der Link ist abgelaufen.',
    invitationHint: 'Bitten Sie die Administration Ihrer Servicestelle um eine neue Einladung.',
    resetHint: 'Fordern Sie einen neuen Link an.',
    resetAgain: 'Neuen Link anfordern',
  },
  resetRequest: {
    title: 'Passwort zurücksetzen',
    lead: 'Geben Sie die E-Mail-Adresse Ihres Kontos an. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.',
    submit: 'Link anfordern',
    sentTitle: 'Bitte sehen Sie in Ihr Postfach',
    sent: 'Wenn es zu dieser Adresse ein Konto gibt, haben wir einen Link geschickt. Er gilt eine Stunde und nur einmal.',
    backToLogin: 'Zur Anmeldung',
  },
  reset: {
    title: 'Neues Passwort festlegen',
    lead: (email: string) => `Neues Passwort für ${email}. Danach sind Sie überall abgemeldet und melden sich mit dem neuen Passwort an.`,
    submit: 'Passwort speichern',
  },
  account: {
    title: 'Mein Konto',
    signedInAs: 'Angemeldet als',
    office: 'Servicestelle',
    role: 'Rolle',
    passwordHeading: 'Passwort ändern',
    passwordLead: 'Nach der Änderung sind Sie auf allen anderen Geräten abgemeldet.',
    passwordSubmit: 'Passwort ändern',
    passwordChanged: 'Ihr Passwort wurde geändert. Alle anderen Sitzungen sind beendet.',
    tokensHeading: 'API-Schlüssel',
    tokensLead: 'Mit einem API-Schlüssel greifen Programme mit Ihren Rechten auf die Schnittstelle zu (Kopfzeile „Authorization: Bearer …“).',
    tokensCaption: 'Ihre API-Schlüssel',
    tokensNone: 'Sie haben noch keinen API-Schlüssel.',
    tokenColumns: { name: 'Name', prefix: 'Beginnt mit', created: 'Angelegt', lastUsed: 'Zuletzt benutzt', status: 'Status' },
    tokenActive: 'aktiv',
    tokenRevoked: 'widerrufen',
    tokenNeverUsed: 'nie',
    tokenRevoke: 'Widerrufen',
    tokenRevokeLabel: (name: string) => `API-Schlüssel „${name}“ widerrufen`,
    tokenCreate: 'Schlüssel anlegen',
    tokenCreatedTitle: 'Ihr neuer API-Schlüssel',
    tokenCreated: 'Kopieren Sie den Schlüssel jetzt. Er wird nur dieses eine Mal angezeigt.',
    tokenRevokedDone: 'Der API-Schlüssel wurde widerrufen.',
    // issue 15: reminder digests
    remindersHeading: 'Erinnerungen per E-Mail',
    remindersLead:
      'Lotse schickt Ihnen um 6 Uhr eine Übersicht: überfällige und demnächst fällige Aufgaben, für Beraterinnen und Berater auch Fälle ohne Bewegung. Wenn nichts fällig ist, kommt keine E-Mail.',
    frequencies: { daily: 'Täglich (montags bis freitags)', weekly: 'Wöchentlich (montags)', off: 'Keine Erinnerungen' } as Record<'daily' | 'weekly' | 'off', string>,
    remindersDefault: 'Das ist die Voreinstellung für Ihre Rolle.',
    remindersSubmit: 'Einstellung speichern',
    remindersSaved: 'Ihre Einstellung für Erinnerungen ist gespeichert.',
  },
  users: {
    title: 'Benutzer',
    caption: 'Konten dieser Servicestelle',
    columns: { name: 'Name', email: 'E-Mail-Adresse', role: 'Rolle', company: 'Unternehmen', status: 'Status', actions: 'Aktion' },
    active: 'aktiv',
    disabled: 'gesperrt',
    you: '(Sie)',
    disable: 'Sperren',
    disableLabel: (name: string) => `Konto von ${name} sperren`,
    disabledDone: 'Das Konto wurde gesperrt; seine Sitzungen sind beendet.',
    invitationsCaption: 'Offene Einladungen',
    invitationsNone: 'Es gibt keine offenen Einladungen.',
    invitationColumns: { email: 'E-Mail-Adresse', role: 'Rolle', company: 'Unternehmen', expires: 'Gültig bis', actions: 'Aktion' },
    revoke: 'Zurückziehen',
    revokeLabel: (email: string) => `Einladung an ${email} zurückziehen`,
    revokedDone: 'Die Einladung wurde zurückgezogen.',
    inviteHeading: 'Person einladen',
    inviteLead: 'Die Person erhält eine E-Mail mit einem Link, der sieben Tage und nur einmal gilt.',
    companyNone: '– kein Unternehmen –',
    companyHint: 'Nur für die Rolle „Unternehmen“: die Firma, deren Daten die Person sehen darf.',
    inviteSubmit: 'Einladung senden',
    invited: (email: string) => `Die Einladung an ${email} wurde gesendet.`,
    inviteNotMailed: (email: string) =>
      `Die Einladung an ${email} ist gespeichert, aber die E-Mail konnte nicht gesendet werden. Geben Sie der Person diesen Link (er gilt einmal):`,
  },
};

export type AuthMessages = typeof de;
