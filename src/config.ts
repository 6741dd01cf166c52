// All configuration comes from environment variables, validated once at start.
// A wrong value ends the process with one line naming the variable and the fix (exit code 2).

import path from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface Config {
  host: string;
  port: number;
  /** postgres://… for a PostgreSQL server; absent: embedded PGlite in dataDir */
  databaseUrl: string | null;
  /** absolute path of the embedded database's directory */
  dataDir: string;
  logLevel: LogLevel;
  production: boolean;
  /** Fastify trustProxy: true, false, a hop count or a list of addresses */
  trustProxy: boolean | number | string;
  /** load the demo data on the first start of an empty embedded database */
  demoOnFirstStart: boolean;
  /** request body limit in bytes (JSON and forms; uploads have their own limits) */
  bodyLimit: number;
  /** base URL of links in mails and CLI output (no trailing slash); default http://HOST:PORT */
  publicUrl: string;
  /** smtp:// or smtps:// URL of the mail server; absent: mails are written to the log */
  smtpUrl: string | null;
  /** sender of mails, `address` or `Name <address>` */
  mailFrom: string;
  /** requests per minute and client address, for requests without a signed-in user */
  rateLimitPerAddress: number;
  /** requests per minute and signed-in user (session or API token), whatever their address */
  rateLimitPerUser: number;
  /** the largest document a user may upload, in bytes (uploaded documents live in dataDir/documents) */
  uploadMaxBytes: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function nonEmpty(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function parseBool(env: Env, name: string, dflt: boolean): boolean {
  const v = nonEmpty(env, name);
  if (v === undefined) return dflt;
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  throw new ConfigError(name, `${name}="${v}" is not a yes/no value: use 1 or 0 (true/false).`);
}

function parsePort(env: Env): number {
  const v = nonEmpty(env, 'PORT');
  if (v === undefined) return 3000;
  if (!/^\d{1,5}$/.test(v) || Number(v) < 1 || Number(v) > 65535) {
    throw new ConfigError('PORT', `PORT="${v}" is not a TCP port: use a whole number from 1 to 65535, e.g. PORT=3000.`);
  }
  return Number(v);
}

function parseDatabaseUrl(env: Env): string | null {
  const v = nonEmpty(env, 'DATABASE_URL');
  if (v === undefined) return null;
  const fix = 'use postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE, or unset it to use the embedded database';
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new ConfigError('DATABASE_URL', `DATABASE_URL is not a valid URL: ${fix}.`);
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `DATABASE_URL has the scheme "${u.protocol}": ${fix}.`);
  }
  if (!u.hostname && !u.searchParams.get('host')) {
    throw new ConfigError('DATABASE_URL', `DATABASE_URL names no host: ${fix}.`);
  }
  if (u.pathname.replace(/^\//, '') === '') {
    throw new ConfigError('DATABASE_URL', `DATABASE_URL names no database: ${fix}.`);
  }
  return v;
}

function parseTrustProxy(env: Env): boolean | number | string {
  const v = nonEmpty(env, 'TRUST_PROXY');
  if (v === undefined) return false;
  if (/^(1|true|yes)$/i.test(v)) return true;
  if (/^(0|false|no)$/i.test(v)) return false;
  if (/^hops:\d+$/.test(v)) return Number(v.slice(5));
  if (/^[0-9a-fA-F.:/,\s]+$/.test(v)) return v;
  throw new ConfigError('TRUST_PROXY', `TRUST_PROXY="${v}" is not understood: use true, false, hops:N or a comma-separated list of proxy addresses.`);
}

function parseBodyLimit(env: Env): number {
  const v = nonEmpty(env, 'BODY_LIMIT_KB');
  if (v === undefined) return 1024 * 1024;
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 102400) {
    throw new ConfigError('BODY_LIMIT_KB', `BODY_LIMIT_KB="${v}" must be a whole number of kilobytes from 1 to 102400.`);
  }
  return Number(v) * 1024;
}

function parsePublicUrl(env: Env, host: string, port: number): string {
  const v = nonEmpty(env, 'PUBLIC_URL');
  if (v === undefined) {
    // A wildcard listen address is no address a browser can open: links then point at this machine.
    const linkHost = host === '0.0.0.0' || host === '::' || host === '[::]' ? 'localhost' : host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
    return `http://${linkHost}:${port}`;
  }
  const fix = 'use the address users open in their browser, e.g. PUBLIC_URL=https://lotse.example.org';
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new ConfigError('PUBLIC_URL', `PUBLIC_URL="${v}" is not a URL: ${fix}.`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new ConfigError('PUBLIC_URL', `PUBLIC_URL has the scheme "${u.protocol}": ${fix}.`);
  }
  if (u.username || u.password || u.search || u.hash) {
    throw new ConfigError('PUBLIC_URL', `PUBLIC_URL must not contain credentials, a query or a fragment: ${fix}.`);
  }
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

function parseSmtpUrl(env: Env): string | null {
  const v = nonEmpty(env, 'SMTP_URL');
  if (v === undefined) return null;
  const fix = 'use smtp://USER:PASSWORD@HOST:587 or smtps://USER:PASSWORD@HOST:465, or unset it to write mails to the log';
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new ConfigError('SMTP_URL', `SMTP_URL is not a valid URL: ${fix}.`);
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') {
    throw new ConfigError('SMTP_URL', `SMTP_URL has the scheme "${u.protocol}": ${fix}.`);
  }
  if (!u.hostname) throw new ConfigError('SMTP_URL', `SMTP_URL names no host: ${fix}.`);
  return v;
}

const RATE_LIMIT_MAX = 1_000_000;

function parseRateLimit(env: Env, name: string, dflt: number): number {
  const v = nonEmpty(env, name);
  if (v === undefined) return dflt;
  if (!/^\d{1,7}$/.test(v) || Number(v) < 1 || Number(v) > RATE_LIMIT_MAX) {
    throw new ConfigError(name, `${name}="${v}" must be a whole number of requests per minute from 1 to ${RATE_LIMIT_MAX}, e.g. ${name}=${dflt}.`);
  }
  return Number(v);
}

/** 20 MiB: a scanned certificate of several pages; the default of LOTSE_UPLOAD_MAX_BYTES. */
export const UPLOAD_MAX_BYTES_DEFAULT = 20 * 1024 * 1024;
const UPLOAD_MAX_BYTES_MAX = 1024 * 1024 * 1024;

function parseUploadMaxBytes(env: Env): number {
  const v = nonEmpty(env, 'LOTSE_UPLOAD_MAX_BYTES');
  if (v === undefined) return UPLOAD_MAX_BYTES_DEFAULT;
  if (!/^\d{1,10}$/.test(v) || Number(v) < 1024 || Number(v) > UPLOAD_MAX_BYTES_MAX) {
    throw new ConfigError(
      'LOTSE_UPLOAD_MAX_BYTES',
      `LOTSE_UPLOAD_MAX_BYTES="${v}" must be a whole number of bytes from 1024 to ${UPLOAD_MAX_BYTES_MAX} (1 GiB), e.g. LOTSE_UPLOAD_MAX_BYTES=${UPLOAD_MAX_BYTES_DEFAULT} (20 MiB).`,
    );
  }
  return Number(v);
}

const MAIL_ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

function parseMailFrom(env: Env, publicUrl: string): string {
  const v = nonEmpty(env, 'MAIL_FROM');
  if (v === undefined) {
    const host = new URL(publicUrl).hostname.replace(/^\[|\]$/g, '');
    return `Lotse <lotse@${/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host) && !/^[\d.]+$/.test(host) ? host : 'localhost.localdomain'}>`;
  }
  const m = /^(?:[^<>\r\n]*<([^<>\s]+)>|([^<>\s]+))$/.exec(v);
  const address = m?.[1] ?? m?.[2];
  if (address === undefined || !MAIL_ADDRESS.test(address)) {
    throw new ConfigError('MAIL_FROM', `MAIL_FROM="${v}" is not a sender address: use e.g. MAIL_FROM="Lotse <lotse@example.org>".`);
  }
  return v;
}

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const logLevel = (nonEmpty(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel as LogLevel)) {
    throw new ConfigError('LOG_LEVEL', `LOG_LEVEL="${env.LOG_LEVEL}" is not a level: use one of ${LOG_LEVELS.join(', ')}.`);
  }
  const host = nonEmpty(env, 'HOST') ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:\-[\]]+$/.test(host)) {
    throw new ConfigError('HOST', `HOST="${host}" is not a host name or address: use e.g. HOST=127.0.0.1 or HOST=0.0.0.0.`);
  }
  const nodeEnv = nonEmpty(env, 'NODE_ENV');
  const port = parsePort(env);
  const publicUrl = parsePublicUrl(env, host, port);
  return {
    host,
    port,
    databaseUrl: parseDatabaseUrl(env),
    dataDir: path.resolve(cwd, nonEmpty(env, 'LOTSE_DATA_DIR') ?? 'data'),
    logLevel: logLevel as LogLevel,
    production: nodeEnv === 'production',
    trustProxy: parseTrustProxy(env),
    demoOnFirstStart: parseBool(env, 'LOTSE_DEMO', true),
    bodyLimit: parseBodyLimit(env),
    publicUrl,
    smtpUrl: parseSmtpUrl(env),
    mailFrom: parseMailFrom(env, publicUrl),
    rateLimitPerAddress: parseRateLimit(env, 'RATE_LIMIT_PER_ADDRESS', 600),
    rateLimitPerUser: parseRateLimit(env, 'RATE_LIMIT_PER_USER', 600),
    uploadMaxBytes: parseUploadMaxBytes(env),
  };
}
