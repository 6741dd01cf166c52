// The README tells a newcomer what they need after the two commands of its first screen: the demo logins (printed
// only at the first start), how to stop Lotse, what the commands it names are. These tests keep it true.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_LOGINS } from '../src/dev/seedDemo.ts';
import { ROOT } from './lotse-process.ts';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

test('the first screen has exactly the two set-up commands', () => {
  const firstScreen = README.split('\n---\n')[0]!;
  const blocks = [...firstScreen.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
  assert.deepEqual(blocks, ['npm ci && npm start', 'npm test']);
});

test('the README lists every demo login the first start creates, with its password', () => {
  for (const login of DEMO_LOGINS) {
    assert.match(README, new RegExp(`\`${login.email.replace(/\./g, '\\.')}\` \\| \`${login.password}\``), `${login.role} login in the README`);
  }
});

test('the README says how to stop Lotse, and the command it names for a process manager exists', () => {
  assert.match(README, /SIGTERM/);
  assert.match(README, /node dist\/main\.js/);
  assert.match(scripts.start ?? '', /exec node dist\/main\.js/);
  assert.ok(scripts.build, 'npm run build exists');
});

test('every `npm run X` the README names is a script of package.json', () => {
  const named = new Set([...README.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]!));
  for (const name of named) assert.ok(scripts[name], `npm run ${name} is named in the README but not in package.json`);
});

test('the README gives the time of the first start and of the tests', () => {
  assert.match(README, /first start\*\* [^\n]*\n?[^\n]*about \d+ s/i);
  assert.match(README, /`npm test`\*\* takes about \d+ min/);
});
