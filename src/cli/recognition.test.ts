// `lotse recognition export|import FILE` as an operator runs it: the real CLI in a child process against a fresh
// database (embedded, or PostgreSQL with DATABASE_URL). The export imports back unchanged; a changed row is stored and
// audited as the operator; a bad file names row and column and saves nothing; the office must be clear.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { auditLog, referenceOccupationOverrides } from '../db/schema/index.ts';
import type { CliTarget } from './cliTesting.ts';
import { cliTarget, runLotse, withDb } from './cliTesting.ts';
import { makeTenant } from '../dev/accountsTesting.ts';

let target: CliTarget;
let tenantId: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-cli-recognition-files-'));
before(async () => {
  target = await cliTarget('recognition');
  tenantId = await withDb(target, async (d) => (await makeTenant(d.db, 'Servicestelle Pfalz')).tenantId);
});
after(async () => {
  await target.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

const lotse = (args: string[]) => runLotse(target, args);

test('export, import the export unchanged (nothing changes), import a change (stored, audited as the operator)', async () => {
  const file = path.join(dir, 'daten.csv');
  const e = await lotse(['recognition', 'export', file]);
  assert.equal(e.code, 0, e.stderr);
  assert.match(e.stderr, /^Exported \d+ rows of "Servicestelle Pfalz" from .+ to .+daten\.csv\.\n$/);
  const csv = fs.readFileSync(file, 'utf8');
  assert.ok(csv.startsWith('\uFEFFsatz;id;land;'));
  const same = await lotse(['recognition', 'import', file]);
  assert.equal(same.code, 0, same.stderr);
  assert.match(same.stdout, /^Imported into "Servicestelle Pfalz": 0 added, 0 changed, 0 reset, \d+ unchanged\.\n$/);

  const own = path.join(dir, 'eigene.csv');
  fs.writeFileSync(own, 'satz;id;art;bezeichnung;ort;quelle_titel;quelle_url;zuletzt_geprueft;zu_pruefen\r\nstelle;iq-kl;other;IQ Kaiserslautern;Kaiserslautern;Eigene Recherche;https://example.org/iq;2026-12-05;ja\r\n');
  const r = await lotse(['recognition', 'import', own, '--tenant', tenantId]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /1 added, 0 changed/);
  await withDb(target, async (d) => {
    const rows = await d.db.select().from(referenceOccupationOverrides).where(eq(referenceOccupationOverrides.tenantId, tenantId));
    assert.deepEqual(rows.map((x) => [x.kind, x.key, x.updatedBy]), [['body', 'iq-kl', null]]);
    const audit = await d.db.select().from(auditLog).where(eq(auditLog.entity, 'recognition_body'));
    assert.deepEqual(audit.map((a) => [a.action, a.actor, a.entityId]), [['create', 'cli:recognition', 'iq-kl']]);
  });
  const out = await lotse(['recognition', 'export', '-']);
  assert.equal(out.code, 0, out.stderr);
  assert.match(out.stdout, /\r\nstelle;iq-kl;;;other;IQ Kaiserslautern;/);
});

test('a bad file: exit 1, each error as row and column, nothing saved; bad arguments: exit 2', async () => {
  const bad = path.join(dir, 'bad.csv');
  fs.writeFileSync(bad, 'satz;id;art;bezeichnung;ort;quelle_titel;quelle_url;zuletzt_geprueft;zu_pruefen\r\nstelle;x;amt;X;Mainz;Q;https://example.org;2026-12-32;nein\r\n');
  const r = await lotse(['recognition', 'import', bad]);
  assert.equal(r.code, 1);
  assert.equal(
    r.stderr,
    'lotse recognition import: Row 2, column “art”: is not one of the allowed values (“amt”)\n' +
      'lotse recognition import: Row 2, column “zuletzt_geprueft”: is not a date (YYYY-MM-DD)\n' +
      'lotse recognition import: 2 error(s); nothing was saved.\n',
  );
  await withDb(target, async (d) => assert.equal((await d.db.select().from(referenceOccupationOverrides).where(eq(referenceOccupationOverrides.key, 'x'))).length, 0));
  assert.equal((await lotse(['recognition', 'import'])).code, 2);
  const unknown = await lotse(['recognition', 'export', '-', '--tenant', '00000000-0000-4000-8000-000000000000']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /no service office has the id/);
  assert.equal((await lotse(['recognition', 'import', path.join(dir, 'fehlt.csv')])).code, 2);
});
