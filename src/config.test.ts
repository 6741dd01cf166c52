import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from './config.ts';

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, '/srv/lotse');
  } catch (err) {
    assert.ok(err instanceof ConfigError, 'a ConfigError');
    return err;
  }
  assert.fail('expected a ConfigError');
}

test('defaults: 127.0.0.1:3000, embedded database in ./data, info logs', () => {
  const c = loadConfig({}, '/srv/lotse');
  assert.equal(c.host, '127.0.0.1');
  assert.equal(c.port, 3000);
  assert.equal(c.databaseUrl, null);
  assert.equal(c.dataDir, '/srv/lotse/data');
  assert.equal(c.logLevel, 'info');
  assert.equal(c.production, false);
});

test('PORT, HOST, LOTSE_DATA_DIR, DATABASE_URL and LOG_LEVEL are read', () => {
  const c = loadConfig(
    { PORT: '8080', HOST: '0.0.0.0', LOTSE_DATA_DIR: '/var/lib/lotse', DATABASE_URL: 'postgres://u:p@db:5432/lotse', LOG_LEVEL: 'WARN' },
    '/srv',
  );
  assert.equal(c.port, 8080);
  assert.equal(c.host, '0.0.0.0');
  assert.equal(c.dataDir, '/var/lib/lotse');
  assert.equal(c.databaseUrl, 'postgres://u:p@db:5432/lotse');
  assert.equal(c.logLevel, 'warn');
});

const bad: Array<[string, Record<string, string>, RegExp]> = [
  ['a port that is not a number', { PORT: 'abc' }, /PORT="abc".*1 to 65535/],
  ['a port above 65535', { PORT: '70000' }, /PORT/],
  ['port 0', { PORT: '0' }, /PORT/],
  ['a DATABASE_URL that is no URL', { DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL.*postgres:\/\//],
  ['a DATABASE_URL for MySQL', { DATABASE_URL: 'mysql://root@localhost/db' }, /DATABASE_URL has the scheme "mysql:"/],
  ['a DATABASE_URL without a database', { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432' }, /names no database/],
  ['an unknown LOG_LEVEL', { LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud".*fatal, error, warn, info/],
  ['a LOTSE_DEMO that is not yes or no', { LOTSE_DEMO: 'maybe' }, /LOTSE_DEMO/],
  ['a HOST with a space', { HOST: 'my host' }, /HOST/],
  ['an unreadable TRUST_PROXY', { TRUST_PROXY: 'sometimes' }, /TRUST_PROXY/],
  ['a body limit of zero', { BODY_LIMIT_KB: '0' }, /BODY_LIMIT_KB/],
  ['a PUBLIC_URL that is no URL', { PUBLIC_URL: 'lotse.example.org' }, /PUBLIC_URL="lotse.example.org" is not a URL/],
  ['a PUBLIC_URL with another scheme', { PUBLIC_URL: 'ftp://lotse.example.org' }, /PUBLIC_URL has the scheme "ftp:"/],
  ['a PUBLIC_URL with a query', { PUBLIC_URL: 'https://lotse.example.org/?a=1' }, /PUBLIC_URL must not contain/],
  ['an SMTP_URL that is no URL', { SMTP_URL: 'mail server' }, /SMTP_URL is not a valid URL.*smtp:\/\//],
  ['an SMTP_URL with another scheme', { SMTP_URL: 'http://mail.example.org' }, /SMTP_URL has the scheme "http:"/],
  ['a MAIL_FROM without an address', { MAIL_FROM: 'Lotse' }, /MAIL_FROM="Lotse" is not a sender address/],
  ['a RATE_LIMIT_PER_ADDRESS that is not a number', { RATE_LIMIT_PER_ADDRESS: 'many' }, /RATE_LIMIT_PER_ADDRESS="many" must be a whole number of requests per minute/],
  ['a RATE_LIMIT_PER_ADDRESS of zero', { RATE_LIMIT_PER_ADDRESS: '0' }, /RATE_LIMIT_PER_ADDRESS="0"/],
  ['a RATE_LIMIT_PER_USER with a fraction', { RATE_LIMIT_PER_USER: '10.5' }, /RATE_LIMIT_PER_USER="10.5"/],
  ['a negative RATE_LIMIT_PER_USER', { RATE_LIMIT_PER_USER: '-1' }, /RATE_LIMIT_PER_USER="-1"/],
  ['a RATE_LIMIT_PER_USER above a million', { RATE_LIMIT_PER_USER: '1000001' }, /RATE_LIMIT_PER_USER="1000001".*1 to 1000000/],
  ['a LOTSE_UPLOAD_MAX_BYTES with a unit', { LOTSE_UPLOAD_MAX_BYTES: '20MB' }, /LOTSE_UPLOAD_MAX_BYTES="20MB" must be a whole number of bytes/],
  ['a LOTSE_UPLOAD_MAX_BYTES below 1024', { LOTSE_UPLOAD_MAX_BYTES: '1023' }, /LOTSE_UPLOAD_MAX_BYTES="1023"/],
  ['a LOTSE_UPLOAD_MAX_BYTES above 1 GiB', { LOTSE_UPLOAD_MAX_BYTES: '1073741825' }, /LOTSE_UPLOAD_MAX_BYTES="1073741825"/],
];
for (const [name, env, message] of bad) {
  test(`${name} is refused with a message naming the variable`, () => {
    const e = errorOf(env);
    const variable = Object.keys(env)[0]!;
    assert.equal(e.variable, variable);
    assert.match(e.message, message);
    assert.ok(!e.message.includes('\n'), 'one line');
  });
}

test('mail and link settings: PUBLIC_URL (trailing slash dropped), SMTP_URL and MAIL_FROM are read', () => {
  const c = loadConfig(
    { PUBLIC_URL: 'https://lotse.example.org/office/', SMTP_URL: 'smtps://u:p@mail.example.org:465', MAIL_FROM: 'Servicestelle <lotse@example.org>' },
    '/srv',
  );
  assert.equal(c.publicUrl, 'https://lotse.example.org/office');
  assert.equal(c.smtpUrl, 'smtps://u:p@mail.example.org:465');
  assert.equal(c.mailFrom, 'Servicestelle <lotse@example.org>');
});

test('mail and link defaults: links to http://HOST:PORT (localhost for a wildcard address), mails to the log', () => {
  const c = loadConfig({}, '/srv');
  assert.equal(c.publicUrl, 'http://127.0.0.1:3000');
  assert.equal(c.smtpUrl, null);
  assert.match(c.mailFrom, /^Lotse <lotse@[^>]+>$/);
  assert.equal(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }, '/srv').publicUrl, 'http://localhost:8080');
  assert.equal(loadConfig({ HOST: '::1' }, '/srv').publicUrl, 'http://[::1]:3000');
  assert.equal(loadConfig({ MAIL_FROM: 'lotse@example.org' }, '/srv').mailFrom, 'lotse@example.org');
});

test('rate limits: 600 requests per minute per address and per signed-in user by default; RATE_LIMIT_PER_ADDRESS and RATE_LIMIT_PER_USER are read', () => {
  const d = loadConfig({}, '/srv');
  assert.equal(d.rateLimitPerAddress, 600);
  assert.equal(d.rateLimitPerUser, 600);
  const c = loadConfig({ RATE_LIMIT_PER_ADDRESS: '120', RATE_LIMIT_PER_USER: ' 2000 ' }, '/srv');
  assert.equal(c.rateLimitPerAddress, 120);
  assert.equal(c.rateLimitPerUser, 2000);
});

test('upload limit: 20 MiB by default; LOTSE_UPLOAD_MAX_BYTES is read, from 1024 bytes to 1 GiB', () => {
  assert.equal(loadConfig({}, '/srv').uploadMaxBytes, 20 * 1024 * 1024);
  assert.equal(loadConfig({ LOTSE_UPLOAD_MAX_BYTES: '1024' }, '/srv').uploadMaxBytes, 1024);
  assert.equal(loadConfig({ LOTSE_UPLOAD_MAX_BYTES: '1073741824' }, '/srv').uploadMaxBytes, 1073741824);
});
