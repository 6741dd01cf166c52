// Outgoing mail: invitations and password resets. Through SMTP (nodemailer) when SMTP_URL is set; otherwise the
// mail, link included, is written to the log at info level, so that someone running Lotse locally can follow it.
// Mails are bilingual (German first, English second): the recipient's language is not known yet.

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** how mails leave: "smtp" or "log" */
  readonly kind: 'smtp' | 'log';
  send(mail: Mail): Promise<void>;
}

/** The part of a logger that the log mailer needs (pino and Fastify's logger have it). */
export interface InfoLogger {
  info(obj: object, msg: string): void;
}

export function logMailer(log: InfoLogger): Mailer {
  return {
    kind: 'log',
    async send(mail) {
      log.info({ mail: { to: mail.to, subject: mail.subject, text: mail.text } }, `mail (not sent, SMTP_URL is not set) to ${mail.to}: ${mail.subject}`);
    },
  };
}

export async function smtpMailer(smtpUrl: string, from: string): Promise<Mailer> {
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    kind: 'smtp',
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

/** A link under the public base URL (which has no trailing slash). */
export function publicLink(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}

function formatDate(d: Date, lang: 'de' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(d);
}

export function invitationMail(to: string, opts: { link: string; tenantName: string; expiresAt: Date }): Mail {
  return {
    to,
    subject: `Einladung zu Lotse – ${opts.tenantName} / Invitation to Lotse`,
    text: [
      'Guten Tag,',
      '',
      `Sie wurden eingeladen, Lotse für „${opts.tenantName}“ zu nutzen. Über diesen Link legen Sie Ihren Namen und Ihr Passwort fest:`,
      '',
      opts.link,
      '',
      `Der Link gilt einmal und bis ${formatDate(opts.expiresAt, 'de')} (Uhrzeit in Deutschland). Wenn Sie keine Einladung erwartet haben, ignorieren Sie diese E-Mail.`,
      '',
      '---',
      '',
      `You have been invited to use Lotse for "${opts.tenantName}". Open the link above to set your name and password.`,
      `It works once and until ${formatDate(opts.expiresAt, 'en')} (German time). If you did not expect an invitation, ignore this e-mail.`,
    ].join('\n'),
  };
}

export function passwordResetMail(to: string, opts: { link: string; expiresAt: Date }): Mail {
  return {
    to,
    subject: 'Passwort zurücksetzen / Reset your password – Lotse',
    text: [
      'Guten Tag,',
      '',
      'für Ihr Konto bei Lotse wurde ein neues Passwort angefordert. Über diesen Link legen Sie es fest:',
      '',
      opts.link,
      '',
      `Der Link gilt einmal und bis ${formatDate(opts.expiresAt, 'de')} (Uhrzeit in Deutschland). Wenn Sie nichts angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt dann unverändert.`,
      '',
      '---',
      '',
      'Someone asked for a new password for your Lotse account. Open the link above to set it.',
      `It works once and until ${formatDate(opts.expiresAt, 'en')} (German time). If it was not you, ignore this e-mail; your password stays as it is.`,
    ].join('\n'),
  };
}
