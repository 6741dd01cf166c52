// What this process keeps in memory of the result pages kept in check_results (issue 13), per database:
//   bytes  the pages it read or wrote lately, by their ETag (a hash of the bytes): content-addressed, so never stale,
//          on any database; a page validated in the database need not come through it again;
//   known  on the embedded database only: which page is valid for a check and key (language, law and code versions),
//          with the check's owner for the policy, as last read from the database. The database tells every change
//          of a check in time (src/db/changes.ts: a trigger of drizzle/0011 notifies; the listener drops the check
//          before the writer's own code continues), so a page known here is the one the database would answer with,
//          and showing it needs no round trip. On PostgreSQL nothing is known: other instances write too.
// At most MAX_PAGES pages' bytes (a page is about 35,000 characters, 70 KB in memory) and MAX_CHECKS checks' known
// pages (a few numbers and strings each); the least recently used go first.

import { listenInProcess } from '../../db/changes.ts';
import type { Db } from '../../db/index.ts';

export const MAX_PAGES = 64;
export const MAX_CHECKS = 1024;

/** The channel of drizzle/0011's trigger: the id of a changed or deleted check, '' for all of them. */
export const CHECK_CHANGES = 'lotse_check_changed';

/** A page known to be valid for a check and key, with the check's owner (for the policy). */
export interface KnownPage {
  tenantId: string | null;
  companyId: string | null;
  etag: string;
  contentStart: number;
  contentEnd: number;
}

/** Least recently used first: a Map keeps insertion order, so a use moves the entry to the end. */
function touch<K, V>(map: Map<K, V>, key: K): V | undefined {
  const v = map.get(key);
  if (v !== undefined) {
    map.delete(key);
    map.set(key, v);
  }
  return v;
}

function bound<K, V>(map: Map<K, V>, max: number): void {
  while (map.size > max) map.delete(map.keys().next().value as K);
}

export class KeptPages {
  private readonly bytes = new Map<string, string>();
  private readonly known = new Map<string, Map<string, KnownPage>>();
  /** how many changes the database told; a reader compares it before and after its read (see remember) */
  private told = 0;

  constructor(
    /** whether the database tells changes in time (the embedded one) */
    readonly inTime: boolean,
  ) {}

  /** Called by the database's notification: the check changed or is gone ('' : every check). */
  changed(checkId: string): void {
    this.told++;
    if (checkId === '') this.known.clear();
    else this.known.delete(checkId);
  }

  /** The number of changes told so far: take it before reading the database, give it to remember(). */
  get changes(): number {
    return this.told;
  }

  /** The page known to be valid for the check and key, if any. */
  knownPage(checkId: string, key: string): KnownPage | undefined {
    return touch(this.known, checkId)?.get(key);
  }

  /**
   * Remembers the page the database answered with, read after `changesBefore` changes had been told. If a change was
   * told since, the answer may predate it (its notification may have been handled before this call): not remembered.
   */
  remember(checkId: string, key: string, page: KnownPage, changesBefore: number): void {
    if (!this.inTime || this.told !== changesBefore) return;
    const pages = touch(this.known, checkId) ?? new Map<string, KnownPage>();
    pages.set(key, page);
    this.known.set(checkId, pages);
    bound(this.known, MAX_CHECKS);
  }

  /** The bytes of the page with this ETag, if held. */
  pageBytes(etag: string): string | undefined {
    return touch(this.bytes, etag);
  }

  /** Holds the bytes of the page with this ETag (read from or written to the database, where the ETag was made). */
  holdBytes(etag: string, html: string): void {
    this.bytes.delete(etag);
    this.bytes.set(etag, html);
    bound(this.bytes, MAX_PAGES);
  }
}

const perDatabase = new WeakMap<Db, Promise<KeptPages>>();

/** The pages kept in memory for this database (on the embedded one, listening to its changes from the first call). */
export function keptPagesOf(db: Db): Promise<KeptPages> {
  let pages = perDatabase.get(db);
  if (pages === undefined) {
    let kept: KeptPages | undefined;
    pages = listenInProcess(db, CHECK_CHANGES, (id) => kept?.changed(id)).then((inTime) => (kept = new KeptPages(inTime)));
    // a database that cannot listen now is asked again by the next read
    pages.catch(() => perDatabase.delete(db));
    perDatabase.set(db, pages);
  }
  return pages;
}
