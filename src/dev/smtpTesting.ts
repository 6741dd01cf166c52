// A real SMTP server for tests (the smtp-server package, on a free local port): Lotse's SMTP mailer (nodemailer)
// talks to it over TCP as to any mail server, and the test reads what arrived. No mock of nodemailer.

import { SMTPServer } from 'smtp-server';
import type { Mailer } from '../app/accounts/mail.ts';
import { smtpMailer } from '../app/accounts/mail.ts';

export interface ReceivedMail {
  to: string[];
  /** the raw message (headers and body) */
  raw: string;
  subject: string;
  /** the body, quoted-printable decoded */
  text: string;
}

function decodeQuotedPrintable(s: string): string {
  const bytes = Buffer.from(s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  return bytes.toString('utf8');
}

function decodeHeader(v: string): string {
  return v.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}

function parse(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1] ?? '';
  const cte = header('Content-Transfer-Encoding').toLowerCase();
  const text = cte === 'quoted-printable' ? decodeQuotedPrintable(body) : cte === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : body;
  return { to, raw, subject: decodeHeader(header('Subject')), text: text.replace(/\r\n/g, '\n') };
}

export interface TestSmtp {
  url: string;
  received: ReceivedMail[];
  /** resolves once `n` mails in all have arrived */
  waitFor(n: number): Promise<void>;
  mailer(): Promise<Mailer>;
  close(): Promise<void>;
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(parse(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
        for (const w of waiters.filter((x) => received.length >= x.n)) w.resolve();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  const url = `smtp://127.0.0.1:${port}`;
  return {
    url,
    received,
    waitFor: (n) => (received.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve }))),
    mailer: () => smtpMailer(url, 'Lotse <lotse@test.example>'),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
