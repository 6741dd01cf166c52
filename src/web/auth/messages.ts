// Texts of the account pages (login, invitations, password reset, account, user administration). German is the
// reference; the English catalogue is typed against it, so a missing key fails `tsc`.

import type { FieldErrorCode } from '../../app/accounts.ts';
import { PASSWORD_MIN_LENGTH } from '../../app/accounts.ts';
import type { ThrottleScope } from '../../app/login.ts';
import type { Lang } from '../../i18n/index.ts';

const minutesDe = (n: number) => `${n} ${n === 1 ? 'Minute' : 'Minuten'}`;
const minutesEn = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;

const de = {
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
    /** by the limit that refused the attempt (src/app/login.ts, ThrottleScope) */
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

const en: AuthMessages = {
  errorSummaryTitle: 'Please correct the following',
  errorPrefix: 'Error:',
  optional: '(optional)',
  fields: {
    email: 'E-mail address',
    password: 'Password',
    passwordRepeat: 'Repeat the password',
    name: 'Your name',
    currentPassword: 'Current password',
    newPassword: 'New password',
    newPasswordRepeat: 'Repeat the new password',
    tokenName: 'What is the key for?',
    inviteEmail: 'Their e-mail address',
    inviteName: 'Their name',
    role: 'Role',
    companyId: 'Company',
  },
  fieldErrors: {
    required: (label: string) => `Fill in "${label}".`,
    email: () => 'Enter an e-mail address in the format name@example.com.',
    tooLong: (label: string) => `${label} is too long.`,
    characters: (label: string) => `${label} contains a character that is not allowed (a NUL character or an incomplete Unicode character).`,
    passwordTooShort: () => `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`,
    passwordTooLong: () => 'The password is too long.',
    passwordIsEmail: () => 'The password must not be the e-mail address.',
    passwordMismatch: () => 'The two passwords do not match.',
    passwordWrong: () => 'The current password is not right.',
    emailTaken: () => 'There is already an account with this e-mail address.',
    role: () => 'Choose a role.',
    companyRequired: () => 'For the role "Company", choose the company.',
    companyNotAllowed: () => 'Choose a company only for the role "Company".',
    companyUnknown: () => 'Choose a company from the list.',
    selfDisable: () => 'You cannot disable your own account.',
  },
  passwordHint: `At least ${PASSWORD_MIN_LENGTH} characters, not your e-mail address. A sentence of several words is easy to remember and safe.`,
  login: {
    title: 'Sign in',
    lead: 'For the advisers of the service office and for companies with access.',
    submit: 'Sign in',
    invalid: 'The e-mail address or the password is not right.',
    throttled: {
      account: (minutes: number) => `Too many sign-in attempts. Try again in ${minutesEn(minutes)}, or reset your password.`,
      address: (minutes: number) => `Too many failed sign-in attempts from your internet connection. Try again in ${minutesEn(minutes)}.`,
      unknownDevices: (minutes: number) =>
        `Too many failed sign-in attempts for this account from other devices. Sign in on a device where you have signed in here before, try again in ${minutesEn(minutes)}, or reset your password.`,
    },
    forgot: 'Forgot your password?',
    loggedOut: 'You have signed out.',
    passwordChanged: 'Your password has been changed. Sign in with the new password.',
  },
  invitation: {
    title: 'Accept the invitation',
    lead: (tenant: string) => `You have been invited to use Lotse for "${tenant}". Choose your name and password.`,
    emailLabel: 'Your account',
    roleLabel: 'Role',
    submit: 'Create account',
  },
  invalidLink: {
    title: 'This link does not work',
    unknown: 'The link is not valid or has been withdrawn.',
    used: 'The link has already been used. Each link works only once.',
    expired: 'The link has expired.',
    invitationHint: 'Ask the administration of your service office for a new invitation.',
    resetHint: 'Ask for a new link.',
    resetAgain: 'Ask for a new link',
  },
  resetRequest: {
    title: 'Reset your password',
    lead: 'Enter the e-mail address of your account. We will send you a link to choose a new password.',
    submit: 'Send the link',
    sentTitle: 'Please check your inbox',
    sent: 'If there is an account for this address, we have sent a link. It works for one hour and only once.',
    backToLogin: 'Back to sign-in',
  },
  reset: {
    title: 'Choose a new password',
    lead: (email: string) => `New password for ${email}. Afterwards you are signed out everywhere and sign in with the new password.`,
    submit: 'Save the password',
  },
  account: {
    title: 'My account',
    signedInAs: 'Signed in as',
    office: 'Service office',
    role: 'Role',
    passwordHeading: 'Change your password',
    passwordLead: 'After the change you are signed out on all other devices.',
    passwordSubmit: 'Change password',
    passwordChanged: 'Your password has been changed. All other sessions have ended.',
    tokensHeading: 'API keys',
    tokensLead: 'With an API key, programs use the API with your permissions (header "Authorization: Bearer …").',
    tokensCaption: 'Your API keys',
    tokensNone: 'You have no API key yet.',
    tokenColumns: { name: 'Name', prefix: 'Starts with', created: 'Created', lastUsed: 'Last used', status: 'Status' },
    tokenActive: 'active',
    tokenRevoked: 'revoked',
    tokenNeverUsed: 'never',
    tokenRevoke: 'Revoke',
    tokenRevokeLabel: (name: string) => `Revoke the API key "${name}"`,
    tokenCreate: 'Create key',
    tokenCreatedTitle: 'Your new API key',
    tokenCreated: 'Copy the key now. It is shown only this once.',
    tokenRevokedDone: 'The API key has been revoked.',
  },
  users: {
    title: 'Users',
    caption: 'Accounts of this service office',
    columns: { name: 'Name', email: 'E-mail address', role: 'Role', company: 'Company', status: 'Status', actions: 'Action' },
    active: 'active',
    disabled: 'disabled',
    you: '(you)',
    disable: 'Disable',
    disableLabel: (name: string) => `Disable the account of ${name}`,
    disabledDone: 'The account has been disabled; its sessions have ended.',
    invitationsCaption: 'Open invitations',
    invitationsNone: 'There are no open invitations.',
    invitationColumns: { email: 'E-mail address', role: 'Role', company: 'Company', expires: 'Valid until', actions: 'Action' },
    revoke: 'Withdraw',
    revokeLabel: (email: string) => `Withdraw the invitation to ${email}`,
    revokedDone: 'The invitation has been withdrawn.',
    inviteHeading: 'Invite someone',
    inviteLead: 'They receive an e-mail with a link that works for seven days and only once.',
    companyNone: '– no company –',
    companyHint: 'Only for the role "Company": the firm whose data the person may see.',
    inviteSubmit: 'Send invitation',
    invited: (email: string) => `The invitation to ${email} has been sent.`,
    inviteNotMailed: (email: string) =>
      `The invitation to ${email} is saved, but the e-mail could not be sent. Give them this link (it works once):`,
  },
};

const CATALOGUES: Record<Lang, AuthMessages> = { de, en };

export function am(lang: Lang): AuthMessages {
  return CATALOGUES[lang];
}

/** The text of a field error, with the field's label where the message needs it. */
export function fieldErrorText(lang: Lang, code: FieldErrorCode, field: string): string {
  const m = am(lang);
  const label = (m.fields as Record<string, string>)[field] ?? field;
  return m.fieldErrors[code](label);
}

export function formatDateTime(lang: Lang, d: Date): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(d);
}
