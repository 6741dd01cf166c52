// The prepared image of the embedded database: a first start copies it and then migrates as usual, so an image of this
// version's migrations leaves the migrator nothing to do and an older image gets the migrations it lacks.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { MIGRATIONS_FOLDER, openDb } from './index.ts';
import type { Database } from './index.ts';
import { buildPgliteImage } from './buildPgliteImage.ts';
import { copyPgliteImage, IMAGE_MANIFEST, installedPgliteVersion, MEMORY_DUMP, memoryDumpOf, usablePgliteImage } from './pgliteImage.ts';
import { hasPgliteCluster, initPgliteCluster } from './pgliteInit.ts';

const JOURNAL = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string; when: number }[];
};
const LAST = JOURNAL.entries.at(-1)!;

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-image-'));
}

/** The migrations recorded in the database, oldest first (their creation times, as the migrator compares them). */
async function applied(database: Database): Promise<number[]> {
  const rows = await database.db.execute<{ created_at: string }>(sql`select created_at from drizzle.__drizzle_migrations order by id`);
  return (rows as unknown as { rows: { created_at: string }[] }).rows.map((r) => Number(r.created_at));
}

/** The schema's tables, columns, indexes and functions, so that an older image can be told from a migrated one
 * whatever the last migration adds. */
async function schemaOf(database: Database): Promise<string> {
  const rows = await database.db.execute(sql`
    select string_agg(x, ',' order by x) as schema from (
      select table_name || '.' || column_name as x from information_schema.columns where table_schema = 'public'
      union all select indexname from pg_indexes where schemaname = 'public'
      union all select proname from pg_proc where pronamespace = 'public'::regnamespace) s`);
  return String((rows as unknown as { rows: Array<{ schema: unknown }> }).rows[0]!.schema);
}

async function hasDocumentTicks(database: Database): Promise<boolean> {
  const rows = await database.db.execute(
    sql`select 1 from information_schema.columns where table_name = 'saved_checks' and column_name = 'document_ticks'`,
  );
  return (rows as unknown as { rows: unknown[] }).rows.length === 1;
}

test('an image of this version: the first start copies it, the migrator finds nothing to do, later starts open the plain directory', async () => {
  const root = tmpDir();
  try {
    const image = path.join(root, 'image');
    const manifest = await buildPgliteImage(image);
    assert.deepEqual(manifest.migrations, JOURNAL.entries.map((e) => e.tag));
    assert.ok(usablePgliteImage(image));

    const dir = path.join(root, 'data');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'lotse.lock'), 'held');
    assert.equal(await initPgliteCluster(dir, { image }), 'image');
    assert.equal(fs.readFileSync(path.join(dir, 'lotse.lock'), 'utf8'), 'held', 'the lock file stays');
    assert.ok(!fs.existsSync(path.join(dir, IMAGE_MANIFEST)), 'the manifest stays with the image');

    const before = await openDb(dir, { migrate: false });
    const recorded = await applied(before);
    await before.close();
    assert.deepEqual(recorded, JOURNAL.entries.map((e) => e.when), 'the image holds every migration of this version');

    const migrated = await openDb(dir);
    assert.deepEqual(await applied(migrated), recorded, 'the migrator applied nothing');
    assert.ok(await hasDocumentTicks(migrated));
    await migrated.close();

    assert.equal(await initPgliteCluster(dir, { image }), 'existing', 'a later start opens the directory as it is');
    const again = await openDb(dir);
    assert.deepEqual(await applied(again), recorded);
    await again.close();
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('an image without the last migration: a first start copies it, an in-memory database loads its dump, and the migrator applies the last one to both', async () => {
  const root = tmpDir();
  try {
    const older = path.join(root, 'drizzle');
    fs.cpSync(MIGRATIONS_FOLDER, older, { recursive: true });
    fs.rmSync(path.join(older, `${LAST.tag}.sql`));
    fs.writeFileSync(path.join(older, 'meta', '_journal.json'), JSON.stringify({ ...JOURNAL, entries: JOURNAL.entries.slice(0, -1) }));
    const image = path.join(root, 'image');
    const manifest = await buildPgliteImage(image, { migrationsFolder: older });
    assert.ok(!manifest.migrations.includes(LAST.tag));
    assert.ok(fs.statSync(path.join(image, MEMORY_DUMP)).size > 0, 'the image holds its dump');

    // a data directory
    const dir = path.join(root, 'data');
    assert.equal(await initPgliteCluster(dir, { image }), 'image');
    assert.ok(!fs.existsSync(path.join(dir, MEMORY_DUMP)), 'the dump is not copied into a data directory');
    const before = await openDb(dir, { migrate: false });
    assert.deepEqual(await applied(before), JOURNAL.entries.slice(0, -1).map((e) => e.when));
    const olderSchema = await schemaOf(before);
    await before.close();

    const migrated = await openDb(dir);
    assert.deepEqual(await applied(migrated), JOURNAL.entries.map((e) => e.when));
    assert.notEqual(await schemaOf(migrated), olderSchema, `${LAST.tag} applied`);
    await migrated.close();

    // an in-memory database
    const asDumped = await openDb('memory://', { image, migrate: false });
    assert.deepEqual(await applied(asDumped), JOURNAL.entries.slice(0, -1).map((e) => e.when), 'the dump\'s migrations, no more');
    assert.equal(await schemaOf(asDumped), olderSchema);
    await asDumped.close();

    const inMemory = await openDb('memory://', { image });
    assert.deepEqual(await applied(inMemory), JOURNAL.entries.map((e) => e.when));
    assert.notEqual(await schemaOf(inMemory), olderSchema, `${LAST.tag} applied`);
    await inMemory.close();

    const bare = await openDb('memory://', { image: null, migrate: false });
    assert.deepEqual(await applied(bare).catch(() => []), [], 'without an image: a new cluster, nothing applied');
    await bare.close();

    fs.writeFileSync(path.join(image, IMAGE_MANIFEST), JSON.stringify({ pglite: '0.0.1', migrations: [], builtAt: '' }));
    assert.equal(memoryDumpOf(image), null, 'the dump of another PGlite version is not used');
    const fromScratch = await openDb('memory://', { image });
    assert.deepEqual(await applied(fromScratch), JOURNAL.entries.map((e) => e.when), 'initdb and every migration instead');
    await fromScratch.close();
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

/** A stand-in image: a few files and the manifest (no real cluster; enough for the checks and the copy). */
function fakeImage(root: string, pglite: string): string {
  const image = path.join(root, 'image');
  fs.mkdirSync(path.join(image, 'base', '1'), { recursive: true });
  fs.writeFileSync(path.join(image, 'PG_VERSION'), '17\n');
  fs.writeFileSync(path.join(image, 'base', '1', '1259'), 'pages');
  fs.writeFileSync(path.join(image, IMAGE_MANIFEST), JSON.stringify({ pglite, migrations: [], builtAt: '2026-12-04T00:00:00Z' }));
  return image;
}

test('an image is used only when complete and made by the installed PGlite', () => {
  const root = tmpDir();
  try {
    const image = fakeImage(root, installedPgliteVersion());
    assert.equal(usablePgliteImage(image), true);
    fs.writeFileSync(path.join(image, IMAGE_MANIFEST), JSON.stringify({ pglite: '0.0.1', migrations: [], builtAt: '' }));
    assert.equal(usablePgliteImage(image), false, 'another PGlite version');
    fs.rmSync(path.join(image, IMAGE_MANIFEST));
    assert.equal(usablePgliteImage(image), false, 'no manifest');
    assert.equal(usablePgliteImage(path.join(root, 'missing')), false, 'no image');
    const other = path.join(root, 'other');
    fs.mkdirSync(other);
    const incomplete = fakeImage(other, installedPgliteVersion());
    fs.rmSync(path.join(incomplete, 'PG_VERSION'));
    assert.equal(usablePgliteImage(incomplete), false, 'no PG_VERSION');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a copy cut short leaves no cluster (PG_VERSION comes last) and is redone over what it left', () => {
  const root = tmpDir();
  try {
    const image = fakeImage(root, installedPgliteVersion());
    const dir = path.join(root, 'data');
    fs.mkdirSync(path.join(dir, 'base'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'base', 'partial'), 'left by a copy cut short');
    assert.equal(hasPgliteCluster(dir), false);
    copyPgliteImage(image, dir);
    assert.equal(hasPgliteCluster(dir), true);
    assert.equal(fs.readFileSync(path.join(dir, 'base', '1', '1259'), 'utf8'), 'pages');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['PG_VERSION', 'base']);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
