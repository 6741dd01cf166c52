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
