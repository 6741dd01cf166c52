// The filesystem adapter of the document storage: files under `<root>/<first two characters of the key>/<key>`, root
// by default `<data directory>/documents` (outside anything the web server serves). A put writes to a temporary file
// in the same directory and renames it into place once complete and flushed, so that a key's file is either absent
// or whole, also after a crash; a failed put removes its temporary file. Several instances need one shared directory
// (docs/decisions/017-document-storage.md).

import { createHash, randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StoredObjectMissingError } from './errors.ts';
import type { DocumentStorage, StoredObject } from './index.ts';

/** A key: 32 hex characters of randomness. Anything else is refused before it comes near a path. */
const KEY = /^[0-9a-f]{32}$/;

/** The default root of the documents under a data directory. */
export function documentsDir(dataDir: string): string {
  return path.join(dataDir, 'documents');
}

export function filesystemStorage(root: string): DocumentStorage & { root: string; pathOf(key: string): string } {
  const pathOf = (key: string): string => {
    if (!KEY.test(key)) throw new StoredObjectMissingError(key);
    return path.join(root, key.slice(0, 2), key);
  };

  return {
    root,
    pathOf,

    async put(content: AsyncIterable<Uint8Array> | Readable): Promise<StoredObject> {
      const key = randomBytes(16).toString('hex');
      const final = pathOf(key);
      await fsp.mkdir(path.dirname(final), { recursive: true, mode: 0o700 });
      // starts with a dot and carries its own randomness: never mistaken for a key, never shared by two puts
      const temp = path.join(path.dirname(final), `.${key}.${randomBytes(4).toString('hex')}.part`);
      const hash = createHash('sha256');
      let size = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      const file = await fsp.open(temp, 'wx', 0o600);
      try {
        // flush: the bytes reach the disk before the rename makes them visible under the key
        await pipeline(content, tap, file.createWriteStream({ flush: true }));
        await fsp.rename(temp, final);
      } catch (err) {
        await file.close().catch(() => {});
        await fsp.rm(temp, { force: true });
        throw err;
      }
      return { key, sha256: hash.digest('hex'), size };
    },

    async open(key: string): Promise<Readable> {
      const file = pathOf(key);
      try {
        const handle = await fsp.open(file, 'r');
        return handle.createReadStream();
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredObjectMissingError(key);
        throw err;
      }
    },

    async remove(key: string): Promise<void> {
      if (!KEY.test(key)) return;
      await fsp.rm(pathOf(key), { force: true });
    },
  };
}
