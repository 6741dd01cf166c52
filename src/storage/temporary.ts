// A document storage in a temporary directory of its own, made at the first put and deleted by dispose(): for an
// application built without a storage (tests, benches), so that nothing they upload lands in a data directory.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesystemStorage } from './filesystem.ts';
import type { DocumentStorage } from './index.ts';

export function temporaryStorage(): DocumentStorage & { dispose(): Promise<void> } {
  let inner: ReturnType<typeof filesystemStorage> | null = null;
  const get = () => (inner ??= filesystemStorage(fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-documents-'))));
  return {
    put: (content) => get().put(content),
    open: (key) => get().open(key),
    remove: (key) => get().remove(key),
    async dispose() {
      if (inner !== null) await fs.promises.rm(inner.root, { recursive: true, force: true });
      inner = null;
    },
  };
}
