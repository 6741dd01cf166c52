// Where the bytes of uploaded documents live (issue 14), behind one small interface so that another backend (an
// object store) can replace the filesystem without touching the use cases. The database keeps only the key a put
// returned, with the hash and the size; the storage decides where a key's bytes are. Keys are made by the storage
// (random), never taken from a request: nothing a user sends becomes part of a path.

import type { Readable } from 'node:stream';

export { StoredObjectMissingError } from './errors.ts';

export interface StoredObject {
  /** opaque to everyone but the storage */
  key: string;
  /** hex SHA-256 of the bytes written */
  sha256: string;
  /** bytes written */
  size: number;
}

export interface DocumentStorage {
  /**
   * Writes the bytes of `content` under a new key. Either the whole content is stored and its key returned, or (the
   * source fails, e.g. a check refuses it midway) nothing is left behind and the error is passed on.
   */
  put(content: AsyncIterable<Uint8Array> | Readable): Promise<StoredObject>;
  /** The bytes of a key; StoredObjectMissingError when there are none. */
  open(key: string): Promise<Readable>;
  /** Deletes a key's bytes; a key without bytes is no error (removing twice is fine). */
  remove(key: string): Promise<void>;
}

/**
 * Removes the bytes of the given keys (e.g. a candidate's files on erasure, after the rows are gone). Tries every key
 * and returns those that could not be removed, so that the caller can log them; a missing key counts as removed.
 */
export async function removeStoredFiles(storage: Pick<DocumentStorage, 'remove'>, keys: readonly string[]): Promise<string[]> {
  const failed: string[] = [];
  for (const key of keys) {
    try {
      await storage.remove(key);
    } catch {
      failed.push(key);
    }
  }
  return failed;
}

export { filesystemStorage, documentsDir } from './filesystem.ts';
export { temporaryStorage } from './temporary.ts';
